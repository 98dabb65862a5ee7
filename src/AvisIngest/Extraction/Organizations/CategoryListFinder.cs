using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Names listed after a category word: "des universités : Lille, Artois, UPJV", "des EPLE et
/// écoles (ESAAT, ENSAIT, …)", "des institutions : Région Hauts-de-France, Rectorat". The
/// category word decides the category; a short name the known list completes in that category
/// ("Lille" among universities: "Université de Lille") takes the known organisation. Universities
/// named by their towns are one each ("les universités de Rouen et Caen").
/// </summary>
public sealed partial class CategoryListFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
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

    public IEnumerable<OrganizationMention> Find(string text) => Listed(text).Concat(UniversitiesOfTowns(text)).Concat(IntercommunalBodiesOfPlaces(text));

    // "les communautés d'agglomération de Lens-Liévin et d'Hénin-Carvin": one body per place, each with its
    // own preposition ("de", "d'", "du", or none before a name of its own: "… et Artois Lys Romane").
    private static IEnumerable<OrganizationMention> IntercommunalBodiesOfPlaces(string text)
    {
        foreach (Match match in IntercommunalBodiesOf().Matches(text))
        {
            var kind = match.Groups["kind"].Value switch
            {
                "urbaines" => "urbaine",
                var k when k.StartsWith("de", StringComparison.Ordinal) => "de communes",
                _ => "d'agglomération",
            };
            foreach (Capture place in match.Groups["place"].Captures)
            {
                var name = string.Join(' ', place.Value.Replace('’', '\'').Split([' ', '\u00A0', '\n'], StringSplitOptions.RemoveEmptyEntries)).Replace("' ", "'");
                yield return new OrganizationMention($"Communauté {kind} {name}", null, OrganizationCategory.Institution, place.Index, place.Length);
            }
        }
    }

    private const string PlaceOfBody = @"(?:(?:de\s+la\s+|de\s+l['’]|de\s+|d['’]|du\s+|des\s+)?\p{Lu}[\p{L}\-'’]*(?:\s+\p{Lu}[\p{L}\-'’]*)*)";

    [GeneratedRegex(@"(?<![\p{L}])(?:les|des|aux|deux|trois|quatre|cinq|six)\s+communautés\s+(?<kind>d['’]agglomération|de\s+communes|urbaines)\s+(?<place>" + PlaceOfBody + @")(?:\s*,\s*(?<place>" + PlaceOfBody + @"))*\s+et\s+(?<place>" + PlaceOfBody + @")(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex IntercommunalBodiesOf();

    private IEnumerable<OrganizationMention> Listed(string text)
    {
        foreach (Match match in ListIntroduced().Matches(text))
        {
            var category = CategoryOf(match.Groups["intro"].Value);
            var list = match.Groups["list"];
            // "les entreprises … recrutent par l'intérim : il demande que Randstad …": what follows the colon is
            // a sentence, not a list, when it does not open with a name (maybe after "notamment").
            if (ListOpening().Match(list.Value) is not { Success: true } opening || opening.Length == list.Value.Length
                || !(char.IsUpper(list.Value[opening.Length]) || char.IsDigit(list.Value[opening.Length])))
                continue;
            var from = 0;
            foreach (var item in ListSplitter.Split(list.Value))
            {
                // Items are searched in order: "ESA" after "ESAAT" is not the start of "ESAAT".
                var found = list.Value.IndexOf(item, from, StringComparison.Ordinal);
                from = found < 0 ? from : found + item.Length;
                if (found < 0 || !LooksLikeName(item))
                    continue;
                var at = list.Index + found;
                var completed = category == OrganizationCategory.University ? catalogue.Find("Université de " + item) ?? catalogue.Find("Université d'" + item) : null;
                yield return completed is not null
                    ? new OrganizationMention(completed.Name, completed.Acronym, completed.Category, at, item.Length)
                    : new OrganizationMention(item, null, category, at, item.Length);
            }
        }
    }

    // "les universités de Rouen et Caen", "des universités de Lille 1 et 3": one university per town,
    // a number alone taking the town before it.
    private IEnumerable<OrganizationMention> UniversitiesOfTowns(string text)
    {
        foreach (Match match in UniversitiesOf().Matches(text))
        {
            var town = "";
            foreach (Capture item in match.Groups["town"].Captures)
            {
                var name = item.Value.All(char.IsDigit) ? town + " " + item.Value : item.Value;
                town = NumberAtEnd().Replace(name, "");
                var known = catalogue.Find("Université de " + name) ?? catalogue.Find("Université d'" + name);
                yield return known is not null
                    ? new OrganizationMention(known.Name, known.Acronym, known.Category, item.Index, item.Length)
                    : new OrganizationMention("Université " + ProperName.OfPlace(name), null, OrganizationCategory.University, item.Index, item.Length);
            }
        }
    }

    [GeneratedRegex(@"\b(?:les|des|aux|deux|trois|quatre|cinq)\s+universités\s+(?:de\s+|d['’])(?<town>\p{Lu}[\p{L}\-]*(?:\s\d+)?)(?:\s*,\s*(?:de\s+|d['’])?(?<town>\p{Lu}[\p{L}\-]*(?:\s\d+)?|\d+))*\s+et\s+(?:de\s+|d['’])?(?<town>\p{Lu}[\p{L}\-]*(?:\s\d+)?|\d+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex UniversitiesOf();

    [GeneratedRegex(@"\s\d+$")]
    private static partial Regex NumberAtEnd();

    private static OrganizationCategory CategoryOf(string intro)
    {
        var folded = TextFolding.Fold(intro);
        return CategoryWords.Where(w => folded.Contains(w.Folded)).Select(w => w.Category).DefaultIfEmpty(OrganizationCategory.Other).First();
    }

    [GeneratedRegex(@"^\s*(?:(?:notamment|dont|comme|en particulier|par exemple|tel(?:le)?s? que)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex ListOpening();

    // Names start with a capital or a digit and are short.
    private static bool LooksLikeName(string item) =>
        item.Length is > 1 and <= 80 && (char.IsUpper(item[0]) || char.IsDigit(item[0])) && item.Count(c => c == ' ') < 8;

    // "des universités :", "trois universités :", "de grands établissements :"; the list ends with its sentence.
    [GeneratedRegex(@"\b(?:(?:des|les|de|d'|aux)\s*(?:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+)?|(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+)(?:(?:grands|grandes|principaux|principales|nombreux|nombreuses|autres)\s+)?(?<intro>(?:universités|écoles|EPLE|lycées|établissements|CFA|entreprises|industriels|clusters|acteurs économiques|institutions|collectivités|réseaux|associations|branches professionnelles|pôles de compétitivité|fédérations)[^:(\n]{0,60}?)\s*(?::|\()\s*(?<list>(?:[^)\n.]|\.(?!\s))+)", RegexOptions.IgnoreCase)]
    private static partial Regex ListIntroduced();
}
