using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The regional council named by its institution alone: "la Région" with its capital, "le conseil
/// régional". In an opinion of a regional body it is that region's council ("Région Hauts-de-France");
/// "la région" in lower case is the territory, and "la Région académique" another body.
/// </summary>
public sealed partial class RegionalCouncilFinder
{
    public IEnumerable<OrganizationMention> Find(string text, string? region)
    {
        if (region is null)
            yield break;
        foreach (Match match in Council().Matches(text))
            yield return new OrganizationMention("Région " + region, null, OrganizationCategory.Institution, match.Index, match.Length);
    }

    // Not when a name follows: "Région Hauts-de-France" and "Conseil régional des Hauts-de-France" are known names.
    [GeneratedRegex(@"(?<![\p{L}])(?:Région|[Cc]onseil[ \u00A0]+régional)(?![\p{L}]|[ \u00A0]+(?:académique|[\p{Lu}]|de[ \u00A0]|des[ \u00A0]|du[ \u00A0]|d['’]))", RegexOptions.CultureInvariant)]
    private static partial Regex Council();
}
