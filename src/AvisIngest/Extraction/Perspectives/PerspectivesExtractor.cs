using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;
using AvisIngest.Sections;

namespace AvisIngest.Extraction.Perspectives;

/// <summary>
/// The perspectives' period (from the heading, "Perspectives 2025-2030") and the listed actions:
/// numbered or bulleted items of the section, sub-headings in capitals ("1- COURT TERME") left out.
/// </summary>
public sealed partial class PerspectivesExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var period = context.HeadingsOf(SectionKind.Perspectives).Select(h => Period().Match(h)).FirstOrDefault(m => m.Success);
        if (period is not null)
            record.Perspectives.Period = $"{period.Groups["from"].Value}-{period.Groups["to"].Value}";

        foreach (var paragraph in context.BodyParagraphsOf(SectionKind.Perspectives))
        {
            if (!ListItem.IsBullet(paragraph) && !ListItem.TryParseNumbered(paragraph, out _, out _))
                continue;
            var item = ListItem.WithoutMarker(paragraph);
            if (Heading.Parse(item) is { IsAllCapitals: true })
                continue;
            item = item.TrimEnd(',', ';', ' ');
            if (item.EndsWith('.') && !item.EndsWith("..", StringComparison.Ordinal))
                item = item[..^1];
            if (item.Length > 0)
                record.Perspectives.Items.Add(item);
        }
    }

    [GeneratedRegex(@"(?<from>(?:19|20)\d{2})\s*[-–/]\s*(?<to>(?:19|20)\d{2})")]
    private static partial Regex Period();
}
