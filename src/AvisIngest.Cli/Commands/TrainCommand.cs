using AvisIngest.Sections.Classification;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis train [--data FICHIER.tsv] [--out FICHIER.zip] [--evaluate]`: trains the section classifier
/// from the labelled headings and writes the model and its metadata; --evaluate also prints the
/// cross-validated macro-F1 and confusion matrix.
/// </summary>
public sealed class TrainCommand : ICommand
{
    public const string DefaultData = "corpus/labels/sections.tsv";
    public const string DefaultModel = "models/section-classifier.zip";

    public string Name => "train";

    public string Summary => "train [--data corpus/labels/sections.tsv] [--out models/section-classifier.zip] [--evaluate]   entraîne le classifieur de sections";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, flags: ["--evaluate"], valued: ["--data", "--out"]);
        var data = parsed.Value("--data") ?? DefaultData;
        var modelPath = parsed.Value("--out") ?? DefaultModel;
        if (!File.Exists(data))
            throw new UsageException($"données d'entraînement introuvables : {data} (lancez la commande depuis la racine du dépôt, ou indiquez --data)");

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
        return ExitCode.Ok;
    }

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
