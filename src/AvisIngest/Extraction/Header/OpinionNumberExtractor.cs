using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>The opinion number ("N° 2026 CE 02" → "2026CE02"), from the header.</summary>
public sealed partial class OpinionNumberExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.TextOf(SectionKind.Header);
        var match = Number().Match(header.Length > 0 ? header : context.Document.Text);
        if (match.Success)
            record.Number = Regex.Replace(match.Groups["n"].Value, @"\s+", "").ToUpperInvariant();
    }

    [GeneratedRegex(@"\b(?:N|n)\s?(?:°|o\b|º)\s*(?<n>(?:19|20)\d{2}\s*[A-Za-z]{1,4}\s*\d{1,3})\b")]
    private static partial Regex Number();
}
