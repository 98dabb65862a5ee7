using Microsoft.ML;

namespace AvisIngest.Sections.Classification;

/// <summary>The trained section-text classifier (models/section-texts.zip), read from the text under a heading.</summary>
public sealed class ModelSectionTextClassifier : ISectionTextClassifier, IDisposable
{
    public const string FileName = "section-texts.zip";

    /// <summary>Where the CLI finds the committed model: next to the program (copied from models/ at build).</summary>
    public static string DefaultPath { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "models", FileName);

    private readonly SectionKindModel model;

    public ModelSectionTextClassifier(string path) => model = new SectionKindModel(path);

    /// <summary>A model trained in this process (to measure a document with a model that never saw it).</summary>
    public ModelSectionTextClassifier(ITransformer trained) => model = new SectionKindModel(trained);

    /// <summary>Whether the model has been loaded (for tests of the lazy loading).</summary>
    public bool IsLoaded => model.IsLoaded;

    public HeadingPrediction? Classify(string section) => model.Predict(SectionExample.BodyTextOf(section));

    public void Dispose() => model.Dispose();
}
