using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Partner organisations listed after a category word: "des universités : Lille, Artois, UPJV",
/// "des EPLE et écoles (ESAAT, ENSAIT, …)", "des institutions : Région Hauts-de-France, Rectorat".
/// The category word decides the category; names are the capitalised items of the list.
/// </summary>
public sealed partial class OrganizationsExtractor : IFieldExtractor
{
    private static readonly (string Folded, OrganizationCategory Category)[] CategoryWords =
    [
        ("universit", OrganizationCategory.University),
        ("ecole", OrganizationCategory.School), ("eple", OrganizationCategory.School), ("lycee", OrganizationCategory.School),
        ("etablissement", OrganizationCategory.School), ("cfa", OrganizationCategory.School),
        ("entreprise", OrganizationCategory.Company), ("industriel", OrganizationCategory.Company),
        ("acteurs economiques", OrganizationCategory.Company), ("cluster", OrganizationCategory.Company),
        ("institution", OrganizationCategory.Institution), ("collectivite", OrganizationCategory.Institution),
        ("pouvoirs publics", OrganizationCategory.Institution),
        ("reseau", OrganizationCategory.Network), ("association", OrganizationCategory.Network), ("branche", OrganizationCategory.Network),
        ("pole", OrganizationCategory.Network), ("federation", OrganizationCategory.Network),
    ];

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = context.TextOf(SectionKind.Presentation, SectionKind.Perimeter, SectionKind.Governance, SectionKind.Results);
        foreach (Match match in ListIntroduced().Matches(text))
        {
            var category = CategoryOf(match.Groups["intro"].Value);
            foreach (var name in ListSplitter.Split(match.Groups["list"].Value))
            {
                if (!LooksLikeName(name) || record.Organizations.Any(o => o.Name == name))
                    continue;
                record.Organizations.Add(new Organization(name, category));
            }
        }
    }

    private static OrganizationCategory CategoryOf(string intro)
    {
        var folded = TextFolding.Fold(intro);
        return CategoryWords.Where(w => folded.Contains(w.Folded)).Select(w => w.Category).DefaultIfEmpty(OrganizationCategory.Other).First();
    }

    // Names start with a capital or a digit and are short; "PME innovantes" or "Hauts-de-France" alone are not partners.
    private static bool LooksLikeName(string item) =>
        item.Length is > 1 and <= 80 && (char.IsUpper(item[0]) || char.IsDigit(item[0])) && item.Count(c => c == ' ') < 8;

    [GeneratedRegex(@"\b(?:des|les|de|d'|aux)\s*(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+)?(?<intro>(?:universités|écoles|EPLE|lycées|établissements|CFA|entreprises|industriels|clusters|acteurs économiques|institutions|collectivités|réseaux|associations|branches professionnelles|pôles de compétitivité|fédérations)[^:(\n]{0,60}?)\s*(?::|\()\s*(?<list>[^)\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroduced();
}
