using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// An académie or a département written in lower case where it acts: "la Région et l'académie
/// d'Amiens financent", "le comité réunit la Région, l'académie de Lille et …" is the education
/// authority, named as the known list names it ("Académie d'Amiens"); "le département du Nord a
/// confié …" is the département's council, "Département du Nord". An académie whose head is named
/// ("le recteur de l'académie de Lille") is the education authority too. Where either is a complement or a
/// place ("les lycées de l'académie de Lille", "dans le département du Nord", "les communes du
/// département") it is the territory, and no organisation: the known list keeps the lower-case
/// forms out for that reason.
/// </summary>
public sealed partial class ActingTerritoryFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in ActingAcademy().Matches(text))
        {
            var of = match.Groups["of"].Value.StartsWith('d') && match.Groups["of"].Value.Length == 2 ? "d'" : "de ";
            if (catalogue.Find("Académie " + of + match.Groups["place"].Value) is { } known)
                yield return new OrganizationMention(known.Name, known.Acronym, known.Category, match.Index, match.Length);
        }
        foreach (Match match in ActingDepartement.Matches(text))
        {
            var of = string.Join(' ', match.Groups["of"].Value.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');
            var name = "Département " + (of.EndsWith('\'') ? of : of + " ") + match.Groups["place"].Value;
            yield return new OrganizationMention(name, null, OrganizationCategory.Institution, match.Index, match.Length);
        }
    }

    // Not after a complement's "de", nor a preposition of place; the académie's town, one word, hyphens in it ("Aix-Marseille", "Clermont-Ferrand").
    // Its head's title before it names it too: "le recteur de l'académie de Lille".
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<=\b(?:recteur|rectrice)[ \u00A0]+de[ \u00A0]+l['’])|(?<!(?i:\bde|\bdans|\bsur|\bà|\ben|\btoute|\bpour)[ \u00A0]+l['’])(?<=[Ll]['’]))académie[ \u00A0]+(?<of>de[ \u00A0]+|d['’])(?<place>\p{Lu}[\p{L}\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ActingAcademy();

    // "le département du Nord", "le département de l'Oise": after "le" that no preposition of place
    // or complement's "de" opens; one of the region's départements.
    private static readonly Regex ActingDepartement = new(
        @"(?<![\p{L}])(?<!(?i:\bde|\bdans|\bsur|\bà|\ben|\btout|\bpour|\bhors)[ \u00A0]+le[ \u00A0]+)(?<=[Ll]e[ \u00A0]+)département[ \u00A0]+(?<of>du|de[ \u00A0]+la|de[ \u00A0]+l['’]|de)[ \u00A0]*(?<place>"
        + string.Join('|', Gazetteer.HautsDeFranceDepartements.Select(Regex.Escape)) + @")(?![\p{L}\-])",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
}
