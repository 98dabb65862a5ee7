using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// Cuts the normalised text into sections at the headings the rules recognise. What precedes the
/// first heading is the header. A numbered or capitalised heading that no rule knows opens an
/// <see cref="SectionKind.Other"/> section with a warning; no text is ever left out of a section.
/// </summary>
public sealed class SectionSegmenter(IReadOnlyList<IHeadingRule> rules)
{
    public IReadOnlyList<Section> Segment(NormalisedDocument document, ICollection<string> warnings)
    {
        var starts = new List<(SectionKind Kind, string? Heading, Paragraph At)>();
        foreach (var paragraph in document.Paragraphs)
        {
            var heading = Heading.Parse(document.TextOf(paragraph));
            if (heading is null)
                continue;
            var kind = Classify(heading);
            if (kind is not null)
            {
                starts.Add((kind.Value, heading.Paragraph, paragraph));
            }
            else if (IsUnknownHeading(heading))
            {
                starts.Add((SectionKind.Other, heading.Paragraph, paragraph));
                warnings.Add($"titre de section non reconnu, classé « other » : « {heading.Paragraph} »");
            }
        }

        var sections = new List<Section>();
        var firstStart = starts.Count > 0 ? starts[0].At.Start : document.Text.Length;
        if (firstStart > 0 && document.Paragraphs.Count > 0)
            sections.Add(new Section(SectionKind.Header, null, document.Paragraphs[0].Page, 0, firstStart));
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].At.Start : document.Text.Length;
            sections.Add(new Section(starts[i].Kind, starts[i].Heading, starts[i].At.Page, starts[i].At.Start, end));
        }
        return sections;
    }

    /// <summary>Whether the line opens a section: a heading some rule knows, or an unknown numbered or capitalised one.</summary>
    public bool IsHeading(string line) =>
        Heading.Parse(line) is { } heading && (Classify(heading) is not null || IsUnknownHeading(heading));

    private SectionKind? Classify(Heading heading)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(heading) is { } kind)
                return kind;
        }
        return null;
    }

    // Arabic-numbered lines are list items unless a rule knows them; Roman or letter numbering,
    // or a short line in capitals, is a heading even when its wording is new.
    private static bool IsUnknownHeading(Heading heading) =>
        heading.Numbering is HeadingNumbering.Roman or HeadingNumbering.Letter
        || (heading.Numbering == HeadingNumbering.None && heading.IsAllCapitals && heading.Paragraph.Length <= 80);
}
