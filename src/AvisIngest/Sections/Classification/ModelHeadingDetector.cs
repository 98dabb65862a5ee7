using AvisIngest.Normalising;
using Microsoft.ML;

namespace AvisIngest.Sections.Classification;

/// <summary>Options of <see cref="ModelHeadingDetector"/>.</summary>
public sealed record ModelHeadingOptions
{
    /// <summary>The classifier's probability from which a paragraph is a heading.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Whether the model was trained with the rules' verdicts among its features ("both"), or on the form alone.</summary>
    public bool WithRules { get; init; }
}

/// <summary>
/// Finds headings with the trained line classifier (<see cref="HeadingLineModel"/>): every paragraph
/// it gives at least the threshold's probability. Wordings the rules know still name the kind.
/// </summary>
public sealed class ModelHeadingDetector(ITransformer model, FormHeadingDetector rules, ModelHeadingOptions? options = null) : IHeadingDetector
{
    private readonly ModelHeadingOptions options = options ?? new ModelHeadingOptions();
    private readonly ThreadLocal<Microsoft.ML.PredictionEngine<HeadingLineExample, HeadingLinePrediction>> engine = new(() => HeadingLineModel.Engine(model));

    public IReadOnlyList<DetectedHeading> Detect(NormalisedDocument document, CancellationToken cancel = default)
    {
        var found = new List<DetectedHeading>();
        foreach (var (paragraph, features) in HeadingLineFeatures.Of(document, rules, options.WithRules))
        {
            cancel.ThrowIfCancellationRequested();
            var prediction = engine.Value!.Predict(new HeadingLineExample { Features = features });
            if (prediction.Probability < options.Threshold)
                continue;
            var heading = Heading.Parse(document.TextOf(document.Paragraphs[paragraph]))!;
            found.Add(new DetectedHeading(paragraph, heading, null, rules.Known(heading)));
        }
        return found;
    }
}
