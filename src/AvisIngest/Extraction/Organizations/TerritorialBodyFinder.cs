using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A committee's or a council's name written with its capital after an article, its field in lower
/// case, closed by the region or the département it covers: "le Comité régional d'équitation des
/// Hauts-de-France", "le Conseil des chevaux des Hauts-de-France", "la Commission régionale de la
/// forêt de l'Oise", "le Comité régional des pêches maritimes et des élevages marins de Normandie"
/// (ten words of field at most). Alone "Comité" and "Conseil" name plans and meetings as often (cues.tsv takes
/// them only with their acronym); the territory at the end is what makes a body of them. Not the
/// regional or departmental council ("Conseil régional des Hauts-de-France", found as the Région).
/// Its category is unknown: a sports committee is a network, a tourist board an institution.
/// </summary>
public sealed class TerritorialBodyFinder : IOrganizationMentionFinder
{
    private static readonly Regex Named = new(
        @"(?<=(?<![\p{L}])(?:[Ll]es?|[Ll]a|du|au|des|aux)[ \u00A0]+)(?<name>(?:Comité|Conseil|Commission)(?<field>(?:[ \u00A0]+(?:\p{Ll}[\p{Ll}\-]*|d['’]\p{Ll}[\p{Ll}\-]*|l['’]\p{Ll}[\p{Ll}\-]*)){1,10})[ \u00A0]+(?:de[ \u00A0]+la[ \u00A0]+|de[ \u00A0]+l['’]|des[ \u00A0]+|du[ \u00A0]+|de[ \u00A0]+|d['’])(?:"
        + string.Join('|', Gazetteer.FrenchRegionNames.Concat(Gazetteer.HautsDeFranceDepartements).OrderByDescending(n => n.Length).Select(Regex.Escape))
        + @"))(?![\p{L}\-])",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    // The regional and departmental councils, named by their kind alone.
    private static readonly HashSet<string> CouncilsOfTheTerritory = new(StringComparer.Ordinal) { "régional", "départemental", "régionale", "départementale" };

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in Named.Matches(text))
        {
            var field = match.Groups["field"].Value.Trim();
            if (CouncilsOfTheTerritory.Contains(field))
                continue;
            var name = match.Groups["name"];
            yield return new OrganizationMention(name.Value, CueFinder.AcronymAfter(text, name.Index + name.Length), null, name.Index, name.Length);
        }
    }
}
