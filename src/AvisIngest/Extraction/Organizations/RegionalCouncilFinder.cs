using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Regional councils, under one name each ("Région Normandie"): named with their region ("la Région
/// Basse-Normandie", "le conseil régional du Nord-Pas-de-Calais", the regions before 2016 included:
/// archives are older), or by their institution alone ("la Région" with its capital, "le conseil
/// régional"), then the council of the opinion's region, or of the first region the text names.
/// "la région" in lower case is the territory, and "la Région académique" another body.
/// </summary>
public sealed partial class RegionalCouncilFinder
{
    public IEnumerable<OrganizationMention> Find(string text, string? region)
    {
        foreach (Match match in NamedCouncil().Matches(text))
        {
            var words = match.Groups["region"].Value;
            if (Gazetteer.FrenchRegionsOldAndNew.FindAll(words) is [var named] && Spelled(named) == Spelled(words))
                yield return new OrganizationMention("Région " + named, null, OrganizationCategory.Institution, match.Index, match.Length);
        }
        var alone = Council().Matches(text);
        if (alone.Count == 0 || (region ??= FirstRegionWritten(text)) is null)
            yield break;
        foreach (Match match in alone)
            yield return new OrganizationMention("Région " + region, null, OrganizationCategory.Institution, match.Index, match.Length);
    }

    // As a proper name: "c'est la réunion des acteurs" does not name La Réunion.
    private static string? FirstRegionWritten(string text) =>
        Gazetteer.FrenchRegions.FindAll(text).FirstOrDefault(r => text.Contains(r, StringComparison.Ordinal) || text.Contains(r.Replace('-', ' '), StringComparison.Ordinal));

    // "Nord Pas de Calais" is "Nord-Pas-de-Calais".
    private static string Spelled(string region) => OrganizationCatalogue.KeyOf(region.Replace('-', ' '));

    // The proper name after the institution is checked against the regions: "la Région Grand Est"
    // is a council, "le conseil régional de l'Ordre" is not.
    [GeneratedRegex(@"(?<![\p{L}])(?:Région|[Cc]onseil[ \u00A0]+[Rr]égional(?:[ \u00A0]+(?:de[ \u00A0]+la|du|des|de)[ \u00A0]+|[ \u00A0]+d['’]|[ \u00A0]+))[ \u00A0]*(?<region>\p{Lu}[\p{L}'’]*(?:(?:[ \u00A0]+|-)(?:de[ \u00A0]+la|de|du|d['’]|la)?[ \u00A0\-]*\p{Lu}[\p{L}'’]*)*)", RegexOptions.CultureInvariant)]
    private static partial Regex NamedCouncil();

    // Not when a name follows (read above), nor the academic region; "de" before a verb or a common
    // word is the sentence's ("demande à la Région d'ouvrir", "la Région de financer"). A council
    // followed by a noun with its article is another body's ("le Conseil régional de l'ordre des
    // vétérinaires", "… de la pêche"), or by a noun that is no infinitive ("… d'orientation").
    [GeneratedRegex(@"(?<![\p{L}])(?:Région|[Cc]onseil[ \u00A0]+régional(?![ \u00A0]+(?:(?:de[ \u00A0]+l['’]|de[ \u00A0]+la[ \u00A0]+|des[ \u00A0]+|du[ \u00A0]+)\p{Ll}|d['’](?>\p{Ll}+)(?<!er|ir|re)(?![\p{L}]))))(?![\p{L}]|[ \u00A0]+(?:académique|[\p{Lu}]|(?:de|des|du)[ \u00A0]+(?:la[ \u00A0]+|l['’])?\p{Lu}|d['’]\p{Lu}))", RegexOptions.CultureInvariant)]
    private static partial Regex Council();
}
