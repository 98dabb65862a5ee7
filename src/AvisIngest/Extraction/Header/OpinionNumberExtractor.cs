using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>The opinion number ("N° 2026 CE 02" → "2026CE02", "2026CEO1" from a scan → "2026CE01"), from the header.</summary>
public sealed partial class OpinionNumberExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.TextOf(SectionKind.Header);
        var match = Number().Match(header.Length > 0 ? header : context.Document.Text);
        if (match.Success)
            record.Number = Digits(match.Groups["year"].Value) + match.Groups["series"].Value.ToUpperInvariant() + Digits(match.Groups["seq"].Value);
    }

    // Scans give "2026 CE 01" or "2026CEO1": spaces are dropped, an O among digits is a 0.
    private static string Digits(string text) => text.Replace(" ", "").Replace('O', '0').Replace('o', '0');

    [GeneratedRegex(@"\b(?:N|n)\s?(?:°|o\b|º)\s*(?<year>(?:19|20)[\dOo]{2})\s*(?<series>[A-Za-z]{1,4}?)\s*(?<seq>[\dOo]{1,3})\b")]
    private static partial Regex Number();
}
