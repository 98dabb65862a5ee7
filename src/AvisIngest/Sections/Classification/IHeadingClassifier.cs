using AvisIngest.Records;

namespace AvisIngest.Sections.Classification;

/// <summary>A section kind guessed for a heading no rule knows, with the classifier's confidence (0 to 1).</summary>
public readonly record struct HeadingPrediction(SectionKind Kind, double Confidence)
{
    /// <summary>
    /// The probability of every kind the classifier knows (the best one included), for reading the
    /// sections together (<see cref="SectionOrderDecoder"/>); empty when the classifier gives only its best guess.
    /// </summary>
    public IReadOnlyDictionary<SectionKind, double> Probabilities { get; init; } = Empty;

    private static readonly IReadOnlyDictionary<SectionKind, double> Empty = new Dictionary<SectionKind, double>();

    /// <summary>The probability of a kind: its own when given, else the best guess's for that kind alone.</summary>
    public double ProbabilityOf(SectionKind kind) =>
        Probabilities.TryGetValue(kind, out var p) ? p : kind == Kind ? Confidence : 0;
}

/// <summary>Guesses the kind of a section from its heading (without numbering) and its first sentence.</summary>
public interface IHeadingClassifier
{
    /// <summary>Null when no guess can be made (no model available).</summary>
    HeadingPrediction? Classify(string heading, string firstSentence);
}
