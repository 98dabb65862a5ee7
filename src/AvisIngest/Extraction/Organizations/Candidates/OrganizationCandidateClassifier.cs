using Microsoft.ML;

namespace AvisIngest.Extraction.Organizations.Candidates;

/// <summary>
/// The shipped candidate-name classifier: decides the proper names the rules left undecided. Loaded
/// once, lazily, from models/ next to the program; without the file it accepts nothing (the rules
/// alone). Prediction engines are not thread-safe: each thread of a parallel import gets its own.
/// </summary>
public sealed class OrganizationCandidateClassifier : IDisposable
{
    /// <summary>Where the program finds the committed model (copied from models/ at build).</summary>
    public static string DefaultPath { get; } = Path.Combine(AppContext.BaseDirectory, "models", FileName);

    /// <summary>The model's file name in models/.</summary>
    public const string FileName = "organization-candidates.zip";

    private static readonly Lazy<OrganizationCandidateClassifier> LazyDefault = new(() => new OrganizationCandidateClassifier(DefaultPath));

    /// <summary>The classifier of the committed model.</summary>
    public static OrganizationCandidateClassifier Default => LazyDefault.Value;

    private readonly Lazy<ITransformer?> model;
    private readonly ThreadLocal<PredictionEngine<OrganizationCandidateExample, OrganizationCandidatePrediction>?> engines;

    public OrganizationCandidateClassifier(string path)
        : this(new Lazy<ITransformer?>(() => File.Exists(path) ? new MLContext(seed: OrganizationCandidateModel.Seed).Model.Load(path, out _) : null, LazyThreadSafetyMode.ExecutionAndPublication))
    {
    }

    /// <summary>A model trained in this process (to measure a document with a model that never saw it).</summary>
    public OrganizationCandidateClassifier(ITransformer trained) : this(new Lazy<ITransformer?>(() => trained))
    {
    }

    private OrganizationCandidateClassifier(Lazy<ITransformer?> model)
    {
        this.model = model;
        engines = new ThreadLocal<PredictionEngine<OrganizationCandidateExample, OrganizationCandidatePrediction>?>(() =>
            this.model.Value is { } loaded ? OrganizationCandidateModel.Engine(loaded) : null);
    }

    /// <summary>Whether there is a model to decide with (false: the rules alone).</summary>
    public bool HasModel => model.Value is not null;

    /// <summary>Whether the classifier takes the candidate for an organisation.</summary>
    public bool Accepts(OrganizationCandidate candidate) =>
        engines.Value is { } engine && engine.Predict(new OrganizationCandidateExample { Features = candidate.Features }).Probability >= OrganizationCandidateModel.Threshold;

    public void Dispose() => engines.Dispose();
}
