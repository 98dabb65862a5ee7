using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A département's prefect stands for its prefecture, as the region's prefect stands for the regional
/// prefecture (known.tsv): "saisie par le préfet de l'Aisne" names the Préfecture de l'Aisne. Only the
/// region's départements (Gazetteer.HautsDeFranceDepartements); "le préfet" alone names no one.
/// </summary>
public sealed class PrefectFinder : IOrganizationMentionFinder
{
    private static readonly Regex PrefectOf = new(
        @"(?<![\p{L}\-])[Pp]réf(?:et|ète)[ \u00A0]+(?<prep>du|de[ \u00A0]+la|de[ \u00A0]+l['’])[ \u00A0]*(?<place>"
        + string.Join('|', Gazetteer.HautsDeFranceDepartements.Select(Regex.Escape)) + @")(?![\p{L}\-])",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in PrefectOf.Matches(text))
        {
            var prep = Regex.Replace(match.Groups["prep"].Value.Replace('’', '\''), @"[ \u00A0]+", " ");
            var name = "Préfecture " + prep + (prep.EndsWith('\'') ? "" : " ") + match.Groups["place"].Value;
            yield return new OrganizationMention(name, null, OrganizationCategory.Institution, match.Index, match.Length);
        }
    }
}
