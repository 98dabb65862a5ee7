using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Axes;

/// <summary>
/// The campus's structuring axes, whether written "Axe 1 - Title :" or as a numbered list after a
/// sentence announcing the axes ("Ses trois axes structurants sont :" then "1. Title : description"),
/// or as the list that makes up the axes section.
/// The title stops before the description after ':'. A stated count that disagrees gets a warning.
/// </summary>
public sealed partial class AxesExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var paragraphs = context.Has(SectionKind.Axes)
            ? context.BodyParagraphsOf(SectionKind.Axes)
            : context.Document.Paragraphs.Select(context.Document.TextOf).ToList();

        var axes = AxisLines(paragraphs);
        if (axes.Count == 0)
            axes = ListAfterAnnouncement(paragraphs);
        if (axes.Count == 0 && context.Has(SectionKind.Axes))
            axes = ItemsOfTheSection(paragraphs);
        record.Axes.AddRange(axes);

        var announced = Announced().Match(string.Join('\n', paragraphs));
        if (axes.Count > 0 && announced.Success && FrenchNumber.Parse(announced.Groups["n"].Value) is { } count && count != axes.Count)
            record.Warnings.Add($"le texte annonce {count} axes mais en liste {axes.Count}");
    }

    private static List<Axis> AxisLines(IReadOnlyList<string> paragraphs) =>
        paragraphs
            .Select(p => ListItem.TryParseAxis(p, out var number, out var text) ? new Axis(number, TitleOf(text)) : null)
            .OfType<Axis>()
            .Where(a => a.Title.Length > 0)
            .ToList();

    private static List<Axis> ListAfterAnnouncement(IReadOnlyList<string> paragraphs)
    {
        var axes = new List<Axis>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            // "Ses trois axes structurants sont :" then "1. ...": the colon may be lost (OCR), the list from 1 may not.
            var folded = TextFolding.Fold(paragraphs[i]);
            var listFollows = i + 1 < paragraphs.Count && ListItem.TryParseNumbered(paragraphs[i + 1], out var first, out _) && first == 1;
            if (!Regex.IsMatch(folded, @"\baxes?\b") || !(folded.TrimEnd().EndsWith(':') || listFollows))
                continue;
            for (var j = i + 1; j < paragraphs.Count && ListItem.TryParseNumbered(paragraphs[j], out var number, out var text); j++)
                axes.Add(new Axis(number, TitleOf(text)));
            if (axes.Count > 0)
                break;
        }
        return axes;
    }

    // An axes section written as a list, with no sentence announcing it: its items are the axes
    // ("a. Former les salariés …", "- développer les formations …"), numbered in their order.
    private static List<Axis> ItemsOfTheSection(IReadOnlyList<string> paragraphs)
    {
        var items = paragraphs.Where(p => ListItem.IsBullet(p) || ListItem.IsLettered(p) || ListItem.TryParseNumbered(p, out _, out _)).ToList();
        return items.Count < 2 ? []
            : items.Select((item, i) => new Axis(ListItem.TryParseNumbered(item, out var number, out _) ? number : i + 1, TitleOf(ListItem.WithoutMarker(item))))
                .Where(a => a.Title.Length > 0).ToList();
    }

    private static string TitleOf(string item)
    {
        var colon = item.IndexOf(" :", StringComparison.Ordinal);
        if (colon < 0)
            colon = item.IndexOf(": ", StringComparison.Ordinal);
        var title = colon >= 0 ? item[..colon] : item;
        return title.Trim().TrimEnd('.', ',', ';', ':', ' ');
    }

    [GeneratedRegex(@"(?<n>" + FrenchNumber.Pattern + @")\s+axes", RegexOptions.IgnoreCase)]
    private static partial Regex Announced();
}
