using System.Globalization;
using System.Text.Json;
using AvisIngest.Corpus;
using AvisIngest.Extraction.Organizations;
using AvisIngest.Extraction.Organizations.Candidates;
using AvisIngest.Sections.Classification;
using AvisIngest.Sections.Evaluation;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis train [--data FICHIER.tsv] [--out FICHIER.zip] [--headings FICHIER.tsv] [--evaluate]`: trains
/// the section classifier from the labelled headings and writes the model and its metadata, then
/// the heading-line classifier from the labelled documents (models/heading-lines.zip), and prints how
/// rules, classifier and both find headings on documents held out one at a time, and the section-text
/// classifier read with the section classifier (models/section-texts.zip, trained on the labelled
/// documents' sections but the held-out ones); then how the rules
/// and the candidate-name classifier find organisations (each document measured by a classifier
/// that never saw it) and the candidate classifier that ships (models/organization-candidates.zip,
/// trained on every labelled document but the held-out ones); --evaluate also prints the section
/// classifier's cross-validated confusion matrix.
/// </summary>
public sealed class TrainCommand : ICommand
{
    public const string DefaultData = "corpus/labels/sections.tsv";
    public const string DefaultModel = "models/section-classifier.zip";
    public const string DefaultHeadingData = "corpus/labels/headings.tsv";
    public const string DefaultHeadingModel = "models/heading-lines.zip";
    public const string DefaultOrganizationData = "corpus/labels/organizations.tsv";
    public const string DefaultHeldOut = "corpus/labels/held-out-organizations.txt";
    public const string DefaultHeldOutKinds = "corpus/labels/held-out-kinds.txt";

    public CommandSyntax Syntax { get; } = new("train", "", "entraîne les classifieurs de sections et de titres (depuis la racine du dépôt)",
        [
            new("--data", "FICHIER.tsv", $"titres étiquetés ({DefaultData})"),
            new("--out", "FICHIER.zip", $"modèle écrit ({DefaultModel})"),
            new("--headings", "FICHIER.tsv", $"lignes de titres étiquetées ({DefaultHeadingData})"),
            new("--organisations", "FICHIER.tsv", $"organisations étiquetées ({DefaultOrganizationData})"),
            new("--evaluate", null, "matrice de confusion et chiffres par document"),
        ],
        ["avis train", "avis train --evaluate"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        var data = parsed.Value("--data") ?? DefaultData;
        var modelPath = parsed.Value("--out") ?? DefaultModel;
        if (!File.Exists(data))
            throw new UsageException($"données d'entraînement introuvables : {data} (lancez la commande depuis la racine du dépôt, ou indiquez --data)");
        // Checked before anything is trained or written.
        var organisations = parsed.Value("--organisations") ?? DefaultOrganizationData;
        if (!File.Exists(organisations))
            throw new UsageException($"organisations étiquetées introuvables : {organisations} (lancez la commande depuis la racine du dépôt, ou indiquez --organisations)");
        var headings = parsed.Value("--headings") ?? DefaultHeadingData;
        if (!File.Exists(headings))
            throw new UsageException($"titres étiquetés introuvables : {headings} (lancez la commande depuis la racine du dépôt, ou indiquez --headings)");
        // Documents held out of the kinds or of the organisations are measured, never trained on. Both lists
        // sit beside the labelled headings; a missing one would have its documents trained on, so it stops the training.
        var heldOutOrganisations = Path.Combine(Path.GetDirectoryName(headings) ?? ".", Path.GetFileName(DefaultHeldOut));
        string[] heldOutLists = [Path.Combine(Path.GetDirectoryName(headings) ?? ".", Path.GetFileName(DefaultHeldOutKinds)), heldOutOrganisations];
        if (heldOutLists.FirstOrDefault(f => !File.Exists(f)) is { } absent)
            throw new UsageException($"liste des documents tenus à l'écart introuvable : {absent} (elle doit se trouver à côté de {headings})");

        IReadOnlyList<SectionExample> examples;
        try
        {
            examples = SectionClassifierTrainer.LoadExamples(data);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        var trainer = new SectionClassifierTrainer();
        var evaluation = trainer.Evaluate(examples);
        var model = trainer.Train(examples);
        try
        {
            trainer.Save(model, examples, modelPath, data, evaluation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"impossible d'écrire le modèle {modelPath} : {Pipeline.FileFailure.InputOutput(e)}");
        }

        output.WriteLine($"{examples.Count} exemples, {evaluation.Kinds.Count} types de section ; modèle écrit dans {modelPath}");
        output.WriteLine($"Validation croisée (5 plis) : macro-F1 {evaluation.MacroF1:0.000}, exactitude {evaluation.MicroAccuracy:0.000}");
        if (parsed.Has("--evaluate"))
            WriteConfusion(output, evaluation);
        TrainHeadingLines(headings, heldOutLists, data, Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", Path.GetFileName(DefaultHeadingModel)), parsed.Has("--evaluate"), output);
        TrainOrganizationClassifier(organisations, heldOutOrganisations, Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", OrganizationCandidateClassifier.FileName), output);
        return ExitCode.Ok;
    }

    // The candidate-name classifier ships (docs/accuracy.md): measured first, each document by a
    // classifier that never saw it, then trained on every labelled document but the held-out ones.
    private static void TrainOrganizationClassifier(string data, string heldOutPath, string modelPath, TextWriter output)
    {
        IReadOnlyDictionary<string, IReadOnlyList<Records.Organization>> labels;
        IReadOnlySet<string> heldOutNames;
        try
        {
            labels = OrganizationScores.LoadLabels(data);
            heldOutNames = HeldOutList.Load(heldOutPath);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        if (labels.Keys.FirstOrDefault(path => !File.Exists(path)) is { } missing)
            throw new UsageException($"document étiqueté introuvable : {missing}");
        var heldOut = labels.Keys.Where(path => heldOutNames.Contains(Path.GetFileName(path))).ToHashSet();
        OrganizationClassifierComparison comparison;
        IReadOnlyList<OrganizationComparison> results;
        try
        {
            comparison = new OrganizationClassifierComparison(labels);
            results = comparison.Run(heldOut);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        output.WriteLine();
        output.WriteLine($"Organisations : {labels.Count} documents étiquetés, dont {heldOut.Count} tenus à l'écart ; chaque document mesuré par un classifieur qui ne l'a pas vu :");
        output.WriteLine("documents         méthode                    précision  rappel");
        foreach (var (name, isHeldOut) in new[] { ("étiquetés", false), ("tenus à l'écart", true) })
        {
            var chosen = results.Where(r => heldOut.Contains(r.Path) == isHeldOut).ToList();
            var rules = chosen.Aggregate(OrganizationScores.Zero, (a, r) => a + r.Rules);
            var both = chosen.Aggregate(OrganizationScores.Zero, (a, r) => a + r.WithClassifier);
            output.WriteLine($"{name,-17} {"règles",-26} {rules.Precision,9:P1} {rules.Recall,7:P1}");
            output.WriteLine($"{name,-17} {"règles + classifieur",-26} {both.Precision,9:P1} {both.Recall,7:P1}");
        }
        var (model, examples) = comparison.TrainShipped(heldOut);
        try
        {
            OrganizationCandidateModel.Save(model, modelPath);
            WriteMetadata(modelPath, data, new()
            {
                ["heldOut"] = Path.GetFileName(heldOutPath),
                ["heldOutSha256"] = SectionClassifierTrainer.DataHash(heldOutPath),
                ["heldOutDocuments"] = heldOut.Count,
                ["examples"] = examples,
                ["threshold"] = OrganizationCandidateModel.Threshold,
                ["seed"] = OrganizationCandidateModel.Seed,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"impossible d'écrire le modèle {modelPath} : {Pipeline.FileFailure.InputOutput(e)}");
        }
        output.WriteLine($"Classifieur de noms candidats : {examples} exemples ; modèle écrit dans {modelPath}");
    }

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    // What every model of models/ carries beside it (its .json): what it was trained on and when,
    // with which ML.NET, then its own details; tests compare the data's hash with today's file.
    private static void WriteMetadata(string modelPath, string data, Dictionary<string, object?> details)
    {
        var metadata = new Dictionary<string, object?>
        {
            ["model"] = Path.GetFileName(modelPath),
            ["trainedOn"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            ["mlNetVersion"] = SectionClassifierTrainer.MlNetVersion,
            ["trainingData"] = Path.GetFileName(data),
            ["trainingDataSha256"] = SectionClassifierTrainer.DataHash(data),
        };
        foreach (var (key, value) in details)
            metadata[key] = value;
        File.WriteAllText(Path.ChangeExtension(modelPath, ".json"), JsonSerializer.Serialize(metadata, Indented) + "\n");
    }

    private static void TrainHeadingLines(string data, IReadOnlyList<string> heldOutLists, string sectionData, string modelPath, bool perDocument, TextWriter output)
    {
        IReadOnlyDictionary<string, IReadOnlyList<LabelledHeading>> labels;
        try
        {
            labels = HeadingLabels.Load(data);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
        var missing = labels.Keys.FirstOrDefault(path => !File.Exists(path));
        if (missing is not null)
            throw new UsageException($"document étiqueté introuvable : {missing}");

        var heldOut = heldOutLists.SelectMany(HeldOutList.Load).ToHashSet(StringComparer.Ordinal);
        var comparison = new HeadingDetectorComparison(labels, SectionClassifierTrainer.LoadRows(sectionData), heldOut);
        var scores = comparison.Run();
        var examples = comparison.AllExamples(withRules: true);
        var model = HeadingLineModel.Train(examples);
        try
        {
            HeadingLineModel.Save(model, modelPath);
            WriteMetadata(modelPath, data, new()
            {
                ["documents"] = labels.Count,
                ["examples"] = examples.Count,
                ["seed"] = HeadingLineModel.Seed,
                ["leaveOneDocumentOut"] = scores.ToDictionary(m => m.Key.ToString().ToLowerInvariant(), m => Totals(m.Value)),
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"impossible d'écrire le modèle {modelPath} : {Pipeline.FileFailure.InputOutput(e)}");
        }
        var textsPath = Path.Combine(Path.GetDirectoryName(modelPath) ?? ".", ModelSectionTextClassifier.FileName);
        var texts = comparison.TextExamples();
        var heldOutDocuments = labels.Keys.Count(path => heldOut.Contains(Path.GetFileName(path)));
        try
        {
            SectionClassifierTrainer.SaveModel(new SectionClassifierTrainer(SectionClassifierTrainerOptions.SectionTexts).Train(texts), textsPath);
            WriteMetadata(textsPath, data, new()
            {
                ["heldOut"] = heldOutLists.Select(Path.GetFileName).ToArray(),
                ["heldOutSha256"] = heldOutLists.Select(SectionClassifierTrainer.DataHash).ToArray(),
                ["heldOutDocuments"] = heldOutDocuments,
                ["documents"] = labels.Count - heldOutDocuments,
                ["examples"] = texts.Count,
                ["bodyLength"] = SectionExample.BodyLength,
                ["seed"] = SectionClassifierTrainer.Seed,
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"impossible d'écrire le modèle {textsPath} : {Pipeline.FileFailure.InputOutput(e)}");
        }
        output.WriteLine();
        output.WriteLine($"Titres : {labels.Count} documents étiquetés, {examples.Count} paragraphes ; modèle écrit dans {modelPath}");
        output.WriteLine($"Textes de sections : {texts.Count} sections étiquetées de {labels.Count - heldOutDocuments} documents ({heldOutDocuments} tenus à l'écart exclus) ; modèle écrit dans {textsPath}");
        output.WriteLine("Chaque document mesuré sans avoir servi à l'entraînement (un document laissé de côté à chaque fois ;");
        output.WriteLine("ses types nommés par des classifieurs de titres et de textes de sections entraînés sans lui) :");
        output.WriteLine("méthode       précision  rappel  types justes");
        foreach (var (method, documents) in scores)
        {
            var total = documents.Values.Aggregate(HeadingScores.Zero, (a, b) => a + b);
            output.WriteLine($"{MethodName(method),-13} {total.Precision,9:P1} {total.Recall,7:P1} {total.KindAccuracy,13:P1}");
        }
        if (!perDocument)
            return;
        output.WriteLine();
        output.WriteLine("Par document (titres étiquetés / trouvés / justes / types justes), règles | classifieur | les deux :");
        foreach (var path in scores[HeadingMethod.Rules].Keys.Order(StringComparer.Ordinal))
            output.WriteLine($"  {Path.GetFileName(path),-45} " + string.Join(" | ", scores.Values.Select(s => s[path]).Select(s => $"{s.Labelled}/{s.Found}/{s.Right}/{s.KindsRight}")));
    }

    private static object Totals(IReadOnlyDictionary<string, HeadingScores> perDocument)
    {
        var total = perDocument.Values.Aggregate(HeadingScores.Zero, (a, b) => a + b);
        return new { precision = Math.Round(total.Precision, 4), recall = Math.Round(total.Recall, 4), kindAccuracy = Math.Round(total.KindAccuracy, 4) };
    }

    private static string MethodName(HeadingMethod method) => method switch
    {
        HeadingMethod.Rules => "règles",
        HeadingMethod.Classifier => "classifieur",
        _ => "les deux",
    };

    private static void WriteConfusion(TextWriter output, SectionClassifierEvaluation evaluation)
    {
        output.WriteLine();
        output.WriteLine("Matrice de confusion (lignes : type réel, colonnes : type prédit)");
        var width = Math.Max(12, evaluation.Kinds.Max(k => k.Length) + 1);
        output.WriteLine(new string(' ', width) + string.Concat(evaluation.Kinds.Select(k => k[..Math.Min(5, k.Length)].PadLeft(6))));
        for (var i = 0; i < evaluation.Kinds.Count; i++)
            output.WriteLine(evaluation.Kinds[i].PadRight(width) + string.Concat(Enumerable.Range(0, evaluation.Kinds.Count).Select(j => evaluation.Confusion[i, j].ToString().PadLeft(6))));
    }
}
