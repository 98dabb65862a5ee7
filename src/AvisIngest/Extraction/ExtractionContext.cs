using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction;

/// <summary>What extractors read: the normalised text and its sections.</summary>
public sealed class ExtractionContext(NormalisedDocument document, IReadOnlyList<Section> sections)
{
    // The section each paragraph starts in (-1 for none), found once by walking both in text order:
    // asking every section for every paragraph made extraction quadratic in the heading count.
    private readonly int[] sectionOfParagraph = SectionOfEachParagraph(document.Paragraphs, sections);

    public NormalisedDocument Document => document;

    public IReadOnlyList<Section> Sections => sections;

    public bool Has(SectionKind kind) => sections.Any(s => s.Kind == kind);

    /// <summary>The paragraphs of the sections of these kinds, in document order, headings included.</summary>
    public IReadOnlyList<string> ParagraphsOf(params SectionKind[] kinds) => Paragraphs(kinds, withHeadings: true);

    /// <summary>The paragraphs of the sections of these kinds, without each section's heading line.</summary>
    public IReadOnlyList<string> BodyParagraphsOf(params SectionKind[] kinds) => Paragraphs(kinds, withHeadings: false);

    private List<string> Paragraphs(SectionKind[] kinds, bool withHeadings)
    {
        var result = new List<string>();
        var paragraphs = document.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var s = sectionOfParagraph[i];
            if (s < 0 || !kinds.Contains(sections[s].Kind))
                continue;
            if (!withHeadings && sections[s].Heading is not null && paragraphs[i].Start == sections[s].Start)
                continue;
            result.Add(document.TextOf(paragraphs[i]));
        }
        return result;
    }

    private static int[] SectionOfEachParagraph(IReadOnlyList<Paragraph> paragraphs, IReadOnlyList<Section> sections)
    {
        var result = new int[paragraphs.Count];
        var s = 0;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var start = paragraphs[i].Start;
            while (s < sections.Count && sections[s].End <= start)
                s++;
            result[i] = s < sections.Count && sections[s].Start <= start ? s : -1;
        }
        return result;
    }

    /// <summary>The text of the sections of these kinds, paragraphs separated by '\n'.</summary>
    public string TextOf(params SectionKind[] kinds) => string.Join('\n', ParagraphsOf(kinds));

    /// <summary>
    /// The text of every section but the header, headings left out, with the header's sentences
    /// ("Vu le dossier transmis par la Région et le rectorat de Lille ;", an opening paragraph): the
    /// letterhead and the title are lines, not sentences. The whole text when no heading was found.
    /// </summary>
    public string BodyText()
    {
        var kinds = sections.Where(s => s.Kind != SectionKind.Header).Select(s => s.Kind).Distinct().ToArray();
        if (kinds.Length == 0)
            return document.Text;
        // One list, so that the join sizes the text once: joining a lazy sequence grows a buffer by
        // doubling, and a 50 MB opinion peaked at 630 MB instead of 410.
        var paragraphs = BodyParagraphsOf(SectionKind.Header).Where(IsSentence).ToList();
        paragraphs.AddRange(BodyParagraphsOf(kinds));
        return string.Join('\n', paragraphs);
    }

    // A sentence ends with a full stop or a semicolon and has a few words: a title or a letterhead has neither.
    private static bool IsSentence(string paragraph) =>
        paragraph.TrimEnd() is { Length: > 0 } text && text[^1] is '.' or ';' && text.Count(c => c == ' ') >= 5;

    /// <summary>The heading lines of the sections of this kind.</summary>
    public IEnumerable<string> HeadingsOf(SectionKind kind) =>
        sections.Where(s => s.Kind == kind && s.Heading is not null).Select(s => s.Heading!);

    /// <summary>
    /// Whether the opinion is about a campus of trades and qualifications: its title (or, without
    /// one, its opening) names a campus or a CMQ. Campus fields are read only then.
    /// </summary>
    public bool IsAboutCampus(OpinionRecord record) =>
        Campus.CampusSubject.IsNamedIn(record.Title.Length > 0 ? record.Title : Campus.CampusSubject.OpeningOf(document.Text));

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
