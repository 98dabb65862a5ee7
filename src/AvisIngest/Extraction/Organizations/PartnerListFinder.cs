using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Proper names listed as partners: after "partenariats avec" ("des partenariats ont été signés avec"), "en lien avec", "coopération avec",
/// "avec l'appui de", "membres dont", "partenaires, notamment", and after a plural kind of
/// organisation and "comme", "tels que", "dont", "notamment" ("des laboratoires comme Sanofi",
/// "des studios d'animation comme Xilam": the plural kinds are the usual ones and the cues' plurals).
/// Only the capitalised names of the list; their category is the plural cue's ("des fabricants
/// comme …": companies), else unknown unless a cue or the known list tells it.
/// </summary>
public sealed partial class PartnerListFinder : IOrganizationMentionFinder
{
    // The usual plural kinds of partners; the cues' plurals (cues.tsv) are added to them.
    private static readonly string[] PluralKinds =
    [
        "partenaires", "membres", "entreprises", "industriels", "groupes", "laboratoires", "organismes", "établissements",
        "centres", "écoles", "universités", "fédérations", "associations", "acteurs", "opérateurs", "financeurs",
    ];

    private readonly Regex partnerList;
    private readonly Dictionary<string, Records.OrganizationCategory> categoryOfKind;

    public PartnerListFinder(OrganizationCatalogue catalogue)
    {
        // "des studios d'animation comme …", "des fabricants comme …": a cue's plural tells what the names are.
        categoryOfKind = catalogue.Cues.Where(c => c.Plural is not null).GroupBy(c => c.Plural!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
        var kinds = PluralKinds.Concat(catalogue.Cues.Select(c => c.Plural).OfType<string>())
            .Distinct(StringComparer.Ordinal).OrderByDescending(k => k.Length).Select(Regex.Escape);
        partnerList = new Regex(
            @"(?:(?:[Pp]artenariats?|[Cc]oopérations?|[Cc]onventions?|[Cc]ollaborations?|en lien|en partenariat|associée?s?)(?:\s+(?:ont|a|sont|est|été|déjà|aussi|également|signée?s?|nouée?s?|conclue?s?|établie?s?|engagée?s?)){0,4}\s+avec|avec l['’]appui\s+(?:de|du|des|d['’])|(?<![\p{L}])(?<kind>"
            + string.Join('|', kinds) + @")[^.;:\n]{0,40}?(?:dont|notamment|comme|tels? que|telles? que|parmi lesquels|parmi lesquelles))[ \u00A0]+(?<list>[^.;:\n]+)",
            RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
    }

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in partnerList.Matches(text))
        {
            var list = match.Groups["list"];
            var category = match.Groups["kind"].Success && categoryOfKind.TryGetValue(match.Groups["kind"].Value, out var kindCategory) ? kindCategory : (Records.OrganizationCategory?)null;
            var from = 0;
            foreach (var item in Items(list.Value))
            {
                var at = list.Value.IndexOf(item, from, StringComparison.Ordinal);
                from = at < 0 ? from : at + item.Length;
                // "80 entreprises dont 20 PME": a count is not a name.
                if (at >= 0 && ProperName.AtStart(item) is { } name && char.IsLetter(name.Name[0]))
                    yield return new OrganizationMention(name.Name, name.Acronym, category, list.Index + at, name.Length);
            }
        }
    }

    // Commas separate names; "et" and "ou" too, unless "et" joins the words of one name before its
    // acronym ("Innovons et Développons l'Esprit d'Entreprendre (IDEE) et C-Génial").
    internal static IEnumerable<string> Items(string list)
    {
        foreach (var chunk in list.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = chunk;
            if (ProperName.AtStart(rest) is { Acronym: not null } named && named.Name.Contains(" et ", StringComparison.Ordinal))
            {
                yield return rest[..named.Length];
                rest = LeadingEt().Replace(rest[named.Length..], "");
            }
            foreach (var part in Et().Split(rest))
            {
                if (part.Trim().Trim('.', '…') is { Length: > 0 } item)
                    yield return item;
            }
        }
    }

    [GeneratedRegex(@"^\s*et\s+")]
    private static partial Regex LeadingEt();

    [GeneratedRegex(@"\s+(?:et|ou)\s+")]
    private static partial Regex Et();
}
