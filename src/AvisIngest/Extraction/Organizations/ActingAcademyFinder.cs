using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// An académie written in lower case where it acts: "la Région et l'académie d'Amiens financent",
/// "le comité réunit la Région, l'académie de Lille et …" is the education authority, named as the
/// known list names it ("Académie d'Amiens"). Where it is a complement or a place ("les lycées de
/// l'académie de Lille", "le rectorat de l'académie", "dans l'académie de Lille") it is the
/// territory, and no organisation: the known list keeps the lower-case form out for that reason.
/// </summary>
public sealed partial class ActingAcademyFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in ActingAcademy().Matches(text))
        {
            var of = match.Groups["of"].Value.StartsWith('d') && match.Groups["of"].Value.Length == 2 ? "d'" : "de ";
            if (catalogue.Find("Académie " + of + match.Groups["place"].Value) is { } known)
                yield return new OrganizationMention(known.Name, known.Acronym, known.Category, match.Index, match.Length);
        }
    }

    // Not after a complement's "de", nor a preposition of place; the académie's town, one word, hyphens in it ("Aix-Marseille", "Clermont-Ferrand").
    [GeneratedRegex(@"(?<![\p{L}])(?<!(?i:\bde|\bdans|\bsur|\bà|\ben|\btoute|\bpour)[ \u00A0]+l['’])(?<=[Ll]['’])académie[ \u00A0]+(?<of>de[ \u00A0]+|d['’])(?<place>\p{Lu}[\p{L}\-]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ActingAcademy();
}
