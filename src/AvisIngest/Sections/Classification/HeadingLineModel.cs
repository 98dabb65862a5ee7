using AvisIngest.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AvisIngest.Sections.Classification;

/// <summary>The line classifier's answer for one paragraph.</summary>
public sealed class HeadingLinePrediction
{
    [ColumnName("PredictedLabel")]
    public bool IsHeading { get; set; }

    public float Probability { get; set; }
}

/// <summary>
/// Trains and loads the heading-line classifier: FastTree (boosted decision trees) on
/// <see cref="HeadingLineFeatures"/>. Small trees and one thread, with a fixed seed, so the same
/// labelled documents give the same model.
/// </summary>
public static class HeadingLineModel
{
    public const int Seed = 20261123;

    /// <summary>Where the model ships, next to the program (copied from models/ at build).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "heading-lines.zip");

    public static ITransformer Train(IReadOnlyList<HeadingLineExample> examples) => SmallTreeClassifier.Train(examples, Seed);

    public static void Save(ITransformer model, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var ml = new MLContext(seed: Seed);
        ml.Model.Save(model, SchemaOf(ml), path);
    }

    public static ITransformer Load(string path) => new MLContext(seed: Seed).Model.Load(path, out _);

    /// <summary>A prediction function over one model; not thread-safe, as ML.NET's engines are not.</summary>
    public static PredictionEngine<HeadingLineExample, HeadingLinePrediction> Engine(ITransformer model) =>
        new MLContext(seed: Seed).Model.CreatePredictionEngine<HeadingLineExample, HeadingLinePrediction>(model);

    private static DataViewSchema SchemaOf(MLContext ml) =>
        ml.Data.LoadFromEnumerable(Array.Empty<HeadingLineExample>()).Schema;
}
