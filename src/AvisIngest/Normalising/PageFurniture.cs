using System.Text.RegularExpressions;

namespace AvisIngest.Normalising;

/// <summary>
/// A page's number or running footer printed between two pages' text ("Page 2/5", "Page 2 sur 5",
/// "- 2 -", "CoRE Hauts-de-France – Avis 2027CE09    Page 1/2"): dropped from the text, so that
/// a sentence or a section running on to the next page is not cut by it.
/// </summary>
public static partial class PageFurniture
{
    public static bool IsPageFurniture(string line) => line.Length <= 160 && Footer().IsMatch(line);

    /// <summary>
    /// A raw line that opens or closes a page and ends with a page counter after a wide gap, as
    /// <c>pdftotext -layout</c> leaves a footer ("CRHH Hauts-de-France – avis du 14 juin 2027        1/1"):
    /// without the word "Page", only its place and its gap tell it from a sentence ending on a fraction.
    /// </summary>
    public static bool IsLayoutPageCounter(string rawLine)
    {
        if (rawLine.Length > 200 || LayoutCounter().Match(rawLine) is not { Success: true } counter)
            return false;
        var page = int.Parse(counter.Groups["page"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
        return page >= 1 && page <= int.Parse(counter.Groups["pages"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?:.*\S)?[ \u00A0\t]{3,}(?<page>\d{1,3}) ?/ ?(?<pages>\d{1,3})[ \u00A0\t]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LayoutCounter();

    [GeneratedRegex(@"^(?:.*\s)?[Pp]age\s+\d{1,3}\s*(?:/|sur)\s*\d{1,3}\s*$|^\s*[-–]\s*\d{1,3}\s*[-–]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Footer();
}
