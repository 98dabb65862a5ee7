using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Names after "chez", where one trains or works: "des stages chez Onet", "recrutés chez Elior
/// Services"; after a company head's title: "un dirigeant de Cultura"; and after its staff: "les
/// salariés de Lemahieu", "les ouvriers de Saverglass"; and after its workshops: "les ateliers de
/// Léonce Deprez". An opinion says "chez" of
/// employers; the known list's category wins where it has one ("chez France Travail"). Not a person
/// ("chez M. Dupont"), nor a pronoun ("chez nous").
/// </summary>
public sealed partial class WorkplaceFinder : NameInContextFinder
{
    protected override Regex Context => NameWhereOneWorks();

    protected override OrganizationCategory? CategoryOf(Match match) => OrganizationCategory.Company;

    // "dirigeant" is said of a company's head (a school has a "directeur", a body a "président").
    // "salariés" and the like are a company's staff (a public body's are "agents", a school's "personnels");
    // "ateliers" its workshops ("les ateliers de DS Smith"; a school's are "ateliers du lycée", in lower case).
    [GeneratedRegex(@"(?<![\p{L}])(?:[Cc]hez[ \u00A0]+(?:(?:les?|la)[ \u00A0]+|l['’])?|(?:[Dd]irigeante?s?|PDG|[Ss]alariée?s?|[Oo]uvrière?s?|[Ee]mployée?s?|[Aa]teliers?)[ \u00A0]+(?:d['’]|du[ \u00A0]+|de[ \u00A0]+(?:la[ \u00A0]+|l['’])?))(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex NameWhereOneWorks();
}
