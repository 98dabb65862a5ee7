using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Names after "chez", where one trains or works: "des stages chez Onet", "recrutés chez Elior
/// Services"; and after a company head's title: "un dirigeant de Cultura". An opinion says "chez" of
/// employers; the known list's category wins where it has one ("chez France Travail"). Not a person
/// ("chez M. Dupont"), nor a pronoun ("chez nous").
/// </summary>
public sealed partial class WorkplaceFinder : NameInContextFinder
{
    protected override Regex Context => NameWhereOneWorks();

    protected override OrganizationCategory? CategoryOf(Match match) => OrganizationCategory.Company;

    // "dirigeant" is said of a company's head (a school has a "directeur", a body a "président").
    [GeneratedRegex(@"(?<![\p{L}])(?:[Cc]hez[ \u00A0]+(?:(?:les?|la)[ \u00A0]+|l['’])?|(?:[Dd]irigeante?s?|PDG)[ \u00A0]+(?:d['’]|du[ \u00A0]+|de[ \u00A0]+(?:la[ \u00A0]+|l['’])?))(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameWhereOneWorks();
}
