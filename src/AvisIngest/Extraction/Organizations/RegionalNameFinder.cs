using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A proper name followed by a region's name, "d'Atmo Hauts-de-France", "Mutualité française
/// Hauts-de-France": organisations with a regional branch are named so. Not the regional council,
/// an academy or a prefecture ("Conseil régional Hauts-de-France", "Région académique …"), nor a
/// sentence's first word ("En Hauts-de-France"); a campus and the body giving the opinion, named so,
/// are left out with the others' (OrganizationsExtractor.Keeps). A region followed by capitalised
/// words, with no name before it, names an agency too ("Île-de-France Mobilités"), and so does one
/// of the region's départements after a link word ("avec Oise Habitat"). Its category is
/// unknown unless a cue or the known list tells it.
/// </summary>
public sealed partial class RegionalNameFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text) => RegionalNames(text).Concat(DepartementAgencies(text));

    private IEnumerable<OrganizationMention> RegionalNames(string text)
    {
        // Each region's name looked up as written, then the name read back from it: one expression
        // over the whole text tried every capital letter and cost a sixth of the organisations' time.
        foreach (var region in Gazetteer.FrenchRegionNames)
        {
            for (var at = text.IndexOf(region, StringComparison.Ordinal); at >= 0; at = text.IndexOf(region, at + region.Length, StringComparison.Ordinal))
            {
                var end = at + region.Length;
                if (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
                    continue;
                var window = Math.Max(0, at - NameReach);
                if (NameBeforeRegion().Match(text, window, at - window) is not { Success: true } before
                    || ProperName.ReadRightToLeft(before.Groups["name"].Value, before.Groups["name"].Index) is not { } read)
                {
                    // "Île-de-France Mobilités", "Grand Est Développement": an agency named by its region first.
                    if (AgencyNamedFrom(text, at, end) is { } agency)
                        yield return agency;
                    continue;
                }
                var name = read.Name;
                // A known organisation followed by a region is found as its branch (KnownNameFinder).
                // "le CFA Formasup Hauts-de-France": a kind's word before a known name with its region is that organisation, found so too.
                var space = name.IndexOf(' ');
                if (space > 0 && catalogue.IsCueWord(name[..space]) && (catalogue.Find(name[(space + 1)..]) ?? catalogue.Find(name[(space + 1)..] + " " + region)) is not null)
                    continue;
                if (NotOrganisationHeads.Contains(name.Split(' ', '-')[0]) || catalogue.Find(name) is not null || catalogue.IsNotAnOrganization(name)
                    || Gazetteer.FrenchRegionsOldAndNew.FindAll(name).Count > 0)
                    continue;
                yield return new OrganizationMention(text[read.Index..end], null, catalogue.CueIn(name)?.Category, read.Index, end - read.Index);
            }
        }
    }

    // "avec Oise Habitat", ", Pas-de-Calais Tourisme et …": a département's name without its article
    // (the place takes one: "l'Oise", "le Pas-de-Calais"), after a link word or a comma, followed
    // by capitalised words names its agency, as a region's does.
    private IEnumerable<OrganizationMention> DepartementAgencies(string text)
    {
        foreach (var departement in Gazetteer.HautsDeFranceDepartements)
        {
            for (var at = text.IndexOf(departement, StringComparison.Ordinal); at >= 0; at = text.IndexOf(departement, at + departement.Length, StringComparison.Ordinal))
            {
                var end = at + departement.Length;
                var from = Math.Max(0, at - 8);
                // "Nord Pas-de-Calais" is a region's old name, not an agency.
                if ((end < text.Length && (char.IsLetter(text[end]) || text[end] == '-')) || !LinkBefore().IsMatch(text.AsSpan(from, at - from))
                    || AgencyNamedFrom(text, at, end) is not { } agency || Gazetteer.FrenchRegionsOldAndNew.FindAll(agency.Name[(end - at)..]).Count > 0)
                    continue;
                yield return agency;
            }
        }
    }

    // The place's name from at to end, then capitalised words that are no sentence's first and no
    // listed non-organisation: the agency's whole name; null without them.
    private OrganizationMention? AgencyNamedFrom(string text, int at, int end)
    {
        if (NameAfterRegion().Match(text, end, Math.Min(NameReach, text.Length - end)) is not { Success: true } after)
            return null;
        var words = after.Groups["name"].Value;
        if (ProperName.OpensSentence(words.Split(' ', '\u00A0')[0]) || catalogue.IsNotAnOrganization(words))
            return null;
        return new OrganizationMention(text[at..(after.Index + after.Length)], null, catalogue.CueIn(words)?.Category, at, after.Index + after.Length - at);
    }

    [GeneratedRegex(@"(?:(?:^|[\s(])(?:avec|et|par|pour|chez|ou|dont)[ \u00A0]+|,[ \u00A0]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex LinkBefore();

    /// <summary>How far before a region's name (in characters) the name it follows is read.</summary>
    private const int NameReach = 80;

    // Words that, before a region, name the region itself or a body that is not a partner.
    private static readonly HashSet<string> NotOrganisationHeads = new(StringComparer.Ordinal)
    {
        "Région", "Conseil", "Comité", "Académie", "Préfecture", "Préfet", "Rectorat", "Territoire", "Départements",
    };

    // Left to right from the region: a space (not a line's end: a heading or a new sentence), then
    // one to three capitalised words; not when the region ends a sentence's first words ("En
    // Hauts-de-France Le …" never stands without punctuation).
    [GeneratedRegex(@"\G[ \u00A0](?<name>\p{Lu}[\p{Ll}][\p{L}\-]*(?:[ \u00A0]\p{Lu}[\p{Ll}][\p{L}\-]*){0,2})(?![\p{L}\-'’])", RegexOptions.CultureInvariant)]
    private static partial Regex NameAfterRegion();

    // Right to left from the region: spaces, then one to three words, the first capitalised
    // ("Atmo", "Mutualité française", "Mouvement associatif", "Coopération agricole", "France Nature Environnement"), a capitalised one maybe after
    // "de" ("Terre de Liens"), after no letter or after an elided article ("d'Atmo").
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-])(?<![\p{L}\p{N}][\p{L}\p{N}]['’])(?<name>\p{Lu}[\p{L}\-'’]+(?:[ \u00A0](?:française|français|régionale?|associatif|associative|rurale?|agricole|solidaire|coopérati(?:f|ve)|mutualiste|paysanne?|(?:(?:de|du|des)[ \u00A0])?\p{Lu}[\p{L}\-'’]+)){0,2})[ \u00A0]+\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NameBeforeRegion();
}
