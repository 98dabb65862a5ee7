using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A proper name followed by a region's name, "d'Atmo Hauts-de-France", "Mutualité française
/// Hauts-de-France": organisations with a regional branch are named so. Not the regional council,
/// an academy, a prefecture or a campus ("Conseil régional Hauts-de-France", "Région académique …"),
/// nor a sentence's first word ("En Hauts-de-France"); the body giving the opinion, named so, is left
/// out with it (OrganizationsExtractor). Its category is unknown unless a cue or the known list tells it.
/// </summary>
public sealed partial class RegionalNameFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in NameThenRegion().Matches(text))
        {
            // "Le CoRE Hauts-de-France" at a sentence's start: the article is not the name's.
            if (ProperName.ReadRightToLeft(match.Groups["name"].Value, match.Index) is not { } read)
                continue;
            var name = read.Name;
            // A known organisation followed by a region is found as its branch (KnownNameFinder).
            if (NotOrganisationHeads.Contains(name.Split(' ', '-')[0]) || catalogue.Find(name) is not null || catalogue.IsNotAnOrganization(name)
                || Gazetteer.FrenchRegionsOldAndNew.FindAll(name).Count > 0)
                continue;
            yield return new OrganizationMention(text[read.Index..(match.Index + match.Length)], null, catalogue.CueIn(name)?.Category, read.Index, match.Index + match.Length - read.Index);
        }
    }

    // Words that, before a region, name the region itself or a body that is not a partner.
    private static readonly HashSet<string> NotOrganisationHeads = new(StringComparer.Ordinal)
    {
        "Région", "Conseil", "Campus", "CMQ", "CMQe", "Comité", "Académie", "Préfecture", "Préfet", "Rectorat", "Territoire", "Départements",
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}\-])(?<![\p{L}\p{N}][\p{L}\p{N}]['’])(?<name>\p{Lu}[\p{L}\-'’]+(?:[ \u00A0](?:française|français|régionale?|\p{Lu}[\p{L}\-'’]+))?)[ \u00A0]+(?:Hauts-de-France|Île-de-France|Grand Est|Normandie|Bretagne|Pays de la Loire|Centre-Val de Loire|Bourgogne-Franche-Comté|Nouvelle-Aquitaine|Occitanie|Auvergne-Rhône-Alpes|Provence-Alpes-Côte d'Azur)(?![\p{L}\-])", RegexOptions.CultureInvariant)]
    private static partial Regex NameThenRegion();
}
