using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace AvisIngest.Sections.Classification;

/// <summary>Cross-validated quality of the classifier: macro-F1 and the confusion matrix (rows: true kind, columns: predicted).</summary>
public sealed record SectionClassifierEvaluation(double MacroF1, double MicroAccuracy, IReadOnlyList<string> Kinds, int[,] Confusion);

/// <summary>Options of <see cref="SectionClassifierTrainer"/>.</summary>
public sealed record SectionClassifierTrainerOptions
{
    /// <summary>
    /// Character 3-grams beside the words: they carry a heading's few words through their variants
    /// ("gouvernance", "gouverner"). A section's text has words enough: its model was chosen without
    /// them (the run with them was not finished; docs/section-classifier.md).
    /// </summary>
    public bool CharacterNgrams { get; init; } = true;

    /// <summary>The section-text classifier's (models/section-texts.zip): words only.</summary>
    public static SectionClassifierTrainerOptions SectionTexts { get; } = new() { CharacterNgrams = false };
}

/// <summary>
/// Trains the section classifier with ML.NET: text featurised into word (1–2) and character (3)
/// n-grams, then SDCA maximum entropy. A fixed seed and one thread make the same data give the
/// same model. Writes the model (.zip) and its metadata (.json: metrics, data hash, date, ML.NET version).
/// </summary>
public sealed class SectionClassifierTrainer(SectionClassifierTrainerOptions? options = null)
{
    private readonly SectionClassifierTrainerOptions options = options ?? new SectionClassifierTrainerOptions();

    public const int Seed = 20261123;

    // Each operation gets a context of its own: a shared one's random state would depend on what ran before.
    private static MLContext NewContext() => new(seed: Seed);

    /// <summary>
    /// Light regularisation: with ~25 examples per kind, SDCA's default leaves every probability under
    /// 0.4 (so under the threshold); 1e-4 gives 0.56–0.99 on wordings absent from the data (docs/section-classifier.md).
    /// </summary>
    public const float L2 = 1e-4f;

    public static IReadOnlyList<SectionExample> LoadExamples(string tsvPath) => LoadRows(tsvPath).Select(r => r.ToExample()).ToList();

    /// <summary>The rows of the training data as written: kind, heading, first sentence, source.</summary>
    public static IReadOnlyList<SectionRow> LoadRows(string tsvPath)
    {
        var rows = new List<SectionRow>();
        foreach (var (line, number) in File.ReadLines(tsvPath).Select((l, i) => (l, i + 1)).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length < 3)
                throw new InvalidDataException($"{tsvPath}, ligne {number} : il faut au moins les colonnes kind, heading, first_sentence");
            rows.Add(new SectionRow(fields[0], fields[1], fields[2], fields.Length > 3 ? fields[3] : ""));
        }
        return rows;
    }

    public ITransformer Train(IReadOnlyList<SectionExample> examples)
    {
        var ml = NewContext();
        return Pipeline(ml).Fit(ml.Data.LoadFromEnumerable(examples));
    }

    public void Save(ITransformer model, IReadOnlyList<SectionExample> examples, string modelPath, string dataPath, SectionClassifierEvaluation evaluation)
    {
        SaveModel(model, modelPath);
        var metadata = new
        {
            model = Path.GetFileName(modelPath),
            trainedOn = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            mlNetVersion = MlNetVersion,
            trainingData = Path.GetFileName(dataPath),
            trainingDataSha256 = DataHash(dataPath),
            examples = examples.Count,
            seed = Seed,
            crossValidation = new { folds = 5, macroF1 = Math.Round(evaluation.MacroF1, 4), microAccuracy = Math.Round(evaluation.MicroAccuracy, 4) },
        };
        File.WriteAllText(Path.ChangeExtension(modelPath, ".json"), JsonSerializer.Serialize(metadata, new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>Writes a trained model alone (its metadata is the caller's).</summary>
    public static void SaveModel(ITransformer model, string modelPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(modelPath))!);
        var ml = NewContext();
        ml.Model.Save(model, ml.Data.LoadFromEnumerable(Array.Empty<SectionExample>()).Schema, modelPath);
    }

    /// <summary>The ML.NET package version ("5.0.1"), not its assembly version.</summary>
    public static string MlNetVersion { get; } =
        (typeof(MLContext).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "?").Split('+')[0];

    public static string DataHash(string dataPath) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(dataPath)));

    /// <summary>5-fold cross-validation: the confusion matrix summed over the folds, and its macro-F1.</summary>
    public SectionClassifierEvaluation Evaluate(IReadOnlyList<SectionExample> examples)
    {
        var kinds = examples.Select(e => e.Kind).Distinct().Order(StringComparer.Ordinal).ToList();
        var confusion = new int[kinds.Count, kinds.Count];
        var ml = NewContext();
        var folds = ml.MulticlassClassification.CrossValidate(ml.Data.LoadFromEnumerable(examples), Pipeline(ml), numberOfFolds: 5, labelColumnName: "Label", seed: Seed);
        foreach (var fold in folds)
        {
            var predictions = ml.Data.CreateEnumerable<KindPair>(fold.ScoredHoldOutSet, reuseRowObject: false);
            foreach (var p in predictions)
                confusion[kinds.IndexOf(p.Kind), kinds.IndexOf(p.PredictedKind)]++;
        }
        var f1 = Enumerable.Range(0, kinds.Count).Select(k =>
        {
            var truePositive = (double)confusion[k, k];
            var predicted = Enumerable.Range(0, kinds.Count).Sum(i => confusion[i, k]);
            var actual = Enumerable.Range(0, kinds.Count).Sum(j => confusion[k, j]);
            var precision = predicted == 0 ? 0 : truePositive / predicted;
            var recall = actual == 0 ? 0 : truePositive / actual;
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).ToList();
        var correct = Enumerable.Range(0, kinds.Count).Sum(k => confusion[k, k]);
        return new SectionClassifierEvaluation(f1.Average(), (double)correct / examples.Count, kinds, confusion);
    }

    private IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label", nameof(SectionExample.Kind))
            .Append(ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
            {
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
                CharFeatureExtractor = options.CharacterNgrams ? new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false } : null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(SectionExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 100,
                L2Regularization = L2,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue(nameof(SectionPrediction.PredictedKind), "PredictedLabel"));

    private sealed class KindPair
    {
        public string Kind { get; set; } = "";

        public string PredictedKind { get; set; } = "";
    }
}
