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

    [GeneratedRegex(@"^(?:.*\s)?[Pp]age\s+\d{1,3}\s*(?:/|sur)\s*\d{1,3}\s*$|^\s*[-–]\s*\d{1,3}\s*[-–]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Footer();
}
