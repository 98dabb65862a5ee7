using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>A paragraph found to open a section: its index, its reading as a heading, and its kind when a rule knows its wording.</summary>
public sealed record DetectedHeading(int Paragraph, Heading Heading, HeadingStyle? Style, SectionKind? KnownKind);

/// <summary>Finds the paragraphs of a document that open its sections, in document order.</summary>
public interface IHeadingDetector
{
    IReadOnlyList<DetectedHeading> Detect(NormalisedDocument document, CancellationToken cancel = default);
}
