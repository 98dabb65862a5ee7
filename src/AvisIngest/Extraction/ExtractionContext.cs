using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction;

/// <summary>What extractors read: the normalised text and its sections.</summary>
public sealed class ExtractionContext(NormalisedDocument document, IReadOnlyList<Section> sections)
{
    public NormalisedDocument Document => document;

    public IReadOnlyList<Section> Sections => sections;

    public bool Has(SectionKind kind) => sections.Any(s => s.Kind == kind);

    /// <summary>The paragraphs of the sections of these kinds, in document order, headings included.</summary>
    public IReadOnlyList<string> ParagraphsOf(params SectionKind[] kinds) =>
        document.Paragraphs
            .Where(p => sections.Any(s => kinds.Contains(s.Kind) && p.Start >= s.Start && p.Start < s.End))
            .Select(document.TextOf)
            .ToList();

    /// <summary>The paragraphs of the sections of these kinds, without each section's heading line.</summary>
    public IReadOnlyList<string> BodyParagraphsOf(params SectionKind[] kinds) =>
        document.Paragraphs
            .Where(p => sections.Any(s => kinds.Contains(s.Kind) && p.Start >= s.Start && p.Start < s.End
                && !(s.Heading is not null && p.Start == s.Start)))
            .Select(document.TextOf)
            .ToList();

    /// <summary>The text of the sections of these kinds, paragraphs separated by '\n'.</summary>
    public string TextOf(params SectionKind[] kinds) => string.Join('\n', ParagraphsOf(kinds));

    /// <summary>The heading lines of the sections of this kind.</summary>
    public IEnumerable<string> HeadingsOf(SectionKind kind) =>
        sections.Where(s => s.Kind == kind && s.Heading is not null).Select(s => s.Heading!);

    /// <summary>
    /// Where the campus is described: its presentation and perimeter, or, when the document has
    /// neither, everything but the regional context, the perspectives and the opinion.
    /// </summary>
    public string CampusDescription()
    {
        if (Has(SectionKind.Presentation) || Has(SectionKind.Perimeter))
            return TextOf(SectionKind.Presentation, SectionKind.Perimeter);
        return TextOf(SectionKind.Header, SectionKind.Axes, SectionKind.Site, SectionKind.Governance,
            SectionKind.Results, SectionKind.Other);
    }
}
