using Microsoft.ML;

namespace AvisIngest.Sections.Classification;

/// <summary>The trained section classifier (models/section-classifier.zip), read from a heading and its first sentence.</summary>
public sealed class ModelHeadingClassifier : IHeadingClassifier, IDisposable
{
    /// <summary>Where the CLI finds the committed model: next to the program (copied from models/ at build).</summary>
    public static string DefaultPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "models", "section-classifier.zip");

    private readonly SectionKindModel model;

    public ModelHeadingClassifier(string path) => model = new SectionKindModel(path);

    /// <summary>A model trained in this process, not read from a file (to measure a document with a model that never saw it).</summary>
    public ModelHeadingClassifier(ITransformer trained) => model = new SectionKindModel(trained);

    /// <summary>The model's file; empty for a model trained in this process.</summary>
    public string Path => model.Path;

    /// <summary>Whether the model has been loaded (for tests of the lazy loading).</summary>
    public bool IsLoaded => model.IsLoaded;

    public HeadingPrediction? Classify(string heading, string firstSentence) => model.Predict(SectionExample.TextOf(heading, firstSentence));

    public void Dispose() => model.Dispose();
}
