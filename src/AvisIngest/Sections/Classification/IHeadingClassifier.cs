using AvisIngest.Records;

namespace AvisIngest.Sections.Classification;

/// <summary>A section kind guessed for a heading no rule knows, with the classifier's confidence (0 to 1).</summary>
public readonly record struct HeadingPrediction(SectionKind Kind, double Confidence);

/// <summary>Guesses the kind of a section from its heading (without numbering) and its first sentence.</summary>
public interface IHeadingClassifier
{
    /// <summary>Null when no guess can be made (no model available).</summary>
    HeadingPrediction? Classify(string heading, string firstSentence);
}
