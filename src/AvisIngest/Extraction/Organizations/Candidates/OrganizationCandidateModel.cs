using AvisIngest.Learning;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace AvisIngest.Extraction.Organizations.Candidates;

/// <summary>One candidate name as the classifier learns it: its features, and whether a reader labelled it an organisation.</summary>
public sealed class OrganizationCandidateExample
{
    public bool Label { get; set; }

    [VectorType(OrganizationCandidateFinder.FeatureCount)]
    public float[] Features { get; set; } = [];
}

/// <summary>The classifier's answer for one candidate: the probability that it is an organisation.</summary>
public sealed class OrganizationCandidatePrediction
{
    public float Probability { get; set; }
}

/// <summary>
/// Trains the candidate-name classifier: FastTree on <see cref="OrganizationCandidateFinder"/>'s
/// features, small trees, one thread and a fixed seed, so the same labels give the same model.
/// </summary>
public static class OrganizationCandidateModel
{
    public const int Seed = 20261124;

    /// <summary>
    /// The probability from which a candidate is an organisation: chosen on documents neither trained
    /// on nor held out (docs/accuracy.md), where lower thresholds took projects and programmes.
    /// </summary>
    public const float Threshold = 0.9f;

    public static ITransformer Train(IReadOnlyList<OrganizationCandidateExample> examples) => SmallTreeClassifier.Train(examples, Seed);

    /// <summary>Writes a model where the program loads it (<see cref="OrganizationCandidateClassifier"/>).</summary>
    public static void Save(ITransformer model, string path)
    {
        var ml = new MLContext(seed: Seed);
        ml.Model.Save(model, ml.Data.LoadFromEnumerable(Array.Empty<OrganizationCandidateExample>()).Schema, path);
    }

    /// <summary>A prediction function over one model; not thread-safe, as ML.NET's engines are not.</summary>
    public static PredictionEngine<OrganizationCandidateExample, OrganizationCandidatePrediction> Engine(ITransformer model) =>
        new MLContext(seed: Seed).Model.CreatePredictionEngine<OrganizationCandidateExample, OrganizationCandidatePrediction>(model);
}
