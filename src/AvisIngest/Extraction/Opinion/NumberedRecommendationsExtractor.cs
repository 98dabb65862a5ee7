using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>
/// A body's own numbered recommendations, wherever its text sets them out, one a paragraph:
/// "Préconisation n° 1 : faire connaître les aides existantes", "Recommandation 2 – négocier dans
/// les branches", "Proposition n°3. Former …": each is one of <see cref="OpinionRecord.Opinion"/>'s
/// recommendations, its title without the number (the text under it explains it).
/// </summary>
public sealed partial class NumberedRecommendationsExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var document = context.Document;
        foreach (var paragraph in document.Paragraphs)
        {
            // Most paragraphs fail on their first letter.
            if (paragraph.Length > MaxLength || document.Text[paragraph.Start] is not ('P' or 'R'))
                continue;
            if (Numbered().Match(document.TextOf(paragraph)) is { Success: true } item)
            {
                var what = item.Groups["what"].Value.Trim().TrimEnd('.', ';', ' ');
                if (what.Length > 0 && !record.Opinion.Recommendations.Contains(what))
                    record.Opinion.Recommendations.Add(what);
            }
        }
    }

    /// <summary>Longest paragraph read as a numbered recommendation's title.</summary>
    private const int MaxLength = 300;

    [GeneratedRegex(@"^(?:Préconisation|Recommandation|Proposition)[ \u00A0]*(?:n[°o][ \u00A0]*)?\d{1,2}[ \u00A0]*[:.–-][ \u00A0]*(?<what>\p{L}.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();
}
