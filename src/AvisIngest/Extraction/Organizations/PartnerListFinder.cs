using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Proper names listed as partners: after "partenariats avec" ("des partenariats ont été signés avec"), "en lien avec", "coopération avec",
/// a verb of working together and "avec" ("travaille avec", "conduiront avec"), a participle of making
/// together and "avec", or its infinitive ("conçu avec", "élaboré avec", "créer avec l'ENAC un module"),
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

    private readonly NameIndex kinds;
    private readonly int longestKind;
    private readonly Dictionary<string, Records.OrganizationCategory> categoryOfKind;
    private readonly HashSet<string> announcing;
    private readonly OrganizationCatalogue catalogue;

    public PartnerListFinder(OrganizationCatalogue catalogue)
    {
        this.catalogue = catalogue;
        // "des studios d'animation comme …", "des fabricants comme …": a cue's plural tells what the names are.
        // An acronym is its own plural ("des CFA comme …", "des PME telles que …").
        var plurals = catalogue.Cues.Select(c => (Plural: c.Plural ?? (c.Word.All(char.IsUpper) ? c.Word : null), c.Category)).Where(c => c.Plural is not null).ToList();
        categoryOfKind = plurals.GroupBy(c => c.Plural!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Category, StringComparer.Ordinal);
        var words = PluralKinds.Concat(plurals.Select(c => c.Plural!)).Distinct(StringComparer.Ordinal).ToList();
        announcing = catalogue.Cues.Where(c => !c.InName && !c.Word.Contains(' ')).Select(c => c.Word).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Looked up before each "comme", "dont"…, not searched for: an alternation of the hundred kinds
        // tried at every position cost four times the other patterns of this finder.
        kinds = new NameIndex(words);
        longestKind = words.Max(w => w.Length);
    }

    /// <summary>Most characters between a plural kind and the word that opens its list ("des studios d'animation comme").</summary>
    private const int KindReach = 40;

    public IEnumerable<OrganizationMention> Find(string text)
    {
        // Each list once, in text order: a list's own "dont" or "comme" opens no other.
        var consumed = 0;
        foreach (var (list, category) in Lists(text).OrderBy(l => l.List.Index))
        {
            if (list.Index < consumed)
                continue;
            consumed = list.Index + list.Length;
            var from = 0;
            foreach (var item in Items(list.Value))
            {
                var at = list.Value.IndexOf(item, from, StringComparison.Ordinal);
                from = at < 0 ? from : at + item.Length;
                // "80 entreprises dont 20 PME": a count is not a name.
                if (at >= 0 && ProperName.AtStart(item) is { } name && char.IsLetter(name.Name[0]))
                {
                    // "la SCOP Acome": the kind that announces the name is not part of it (CueFinder reads it).
                    var space = name.Name.IndexOf(' ');
                    if (space > 0 && announcing.Contains(name.Name[..space]))
                        continue;
                    if (item.IndexOf(name.Name, StringComparison.Ordinal) is var own and >= 0 && catalogue.NamesAKind(item, own, name.Name))
                        continue;
                    yield return new OrganizationMention(name.Name, name.Acronym, category, list.Index + at, name.Length);
                }
            }
        }
    }

    private IEnumerable<(Group List, Records.OrganizationCategory? Category)> Lists(string text)
    {
        foreach (Match match in PartnershipList().Matches(text))
            yield return (match.Groups["list"], null);
        foreach (Match match in ExampleList().Matches(text))
        {
            if (KindBefore(text, match.Index) is { Kind: var kind })
                yield return (match.Groups["list"], categoryOfKind.TryGetValue(kind, out var category) ? category : null);
        }
        // "de grands établissements : le Louvre-Lens, l'Opéra de Lille …": a colon right after a plural
        // kind (an adjective at most between) opens its list.
        foreach (Match match in ColonList().Matches(text))
        {
            if (KindBefore(text, match.Index, ColonReach) is { Kind: var kind })
                yield return (match.Groups["list"], categoryOfKind.TryGetValue(kind, out var category) ? category : null);
        }
        // "Les sous-traitants de maintenance, Spie Industrie, Endel et Ponticelli Frères, ont …": names
        // in apposition to a plural kind (a complement at most between), closed by a comma or their verb.
        // "des lycées de Dunkerque, Calais et Étaples," is a list of places going on from the complement:
        // only a complement in lower case stands between the kind and the names.
        foreach (Match match in ApposedList().Matches(text))
        {
            if (KindBefore(text, match.Index, AppositionReach) is { Kind: var kind, End: var end } && !HasCapital(text.AsSpan(end, match.Index - end)))
                yield return (match.Groups["list"], categoryOfKind.TryGetValue(kind, out var category) ? category : null);
        }
    }

    /// <summary>Most characters between a plural kind and the comma that opens its apposed names ("des sous-traitants de maintenance,").</summary>
    private const int AppositionReach = 24;

    private static bool HasCapital(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
                return true;
        }
        return false;
    }

    /// <summary>Most characters between a plural kind and the colon that opens its list ("des établissements culturels :").</summary>
    private const int ColonReach = 14;

    // The plural kind nearest before the word that opens a list, in the same clause and within reach.
    private (string Kind, int End)? KindBefore(string text, int opening, int reach = KindReach)
    {
        var start = Math.Max(0, opening - reach - longestKind);
        var clause = text.AsSpan(start, opening - start).LastIndexOfAny(ClauseEnds);
        if (clause >= 0)
            start += clause + 1;
        // A kind is a whole word: the window starts at a word's start, not inside one.
        while (start > 0 && start < opening && char.IsLetter(text[start - 1]))
            start++;
        var window = text[start..opening];
        (string Kind, int End)? nearest = null;
        foreach (var (index, length) in kinds.FindAll(window))
        {
            if (opening - (start + index + length) <= reach)
                nearest = (window.Substring(index, length), start + index + length);
        }
        return nearest;
    }

    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".;:\n");

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

    // Also after a verb of working together ("le campus travaille avec …", "conduiront avec Equidia et le PMU …").
    [GeneratedRegex(@"(?:(?:[Pp]artenariats?|[Cc]oopérations?|[Cc]onventions?|[Cc]ollaborations?|en lien|en partenariat|associée?s?|(?<![\p{L}])(?:[Tt]ravaill|[Cc]ollabor|[Cc]oopér|[Cc]ondui[rst]|[Cc]onçu|[Cc]oncevoir|[Cc]o-?constru|[Cc]onstruire|[Éé]labor|[Dd]éveloppé|[Dd]évelopper|[Cc]réé|[Cc]réer)\p{Ll}*)(?:\s+(?:ont|a|sont|est|été|déjà|aussi|également|signée?s?|nouée?s?|conclue?s?|établie?s?|engagée?s?)){0,4}\s+avec|avec l['’]appui\s+(?:de|du|des|d['’]))[ \u00A0]+(?<list>[^.;:\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex PartnershipList();

    [GeneratedRegex(@"(?<![\p{L}])(?:dont|notamment|comme|tels? que|telles? que|parmi lesquels|parmi lesquelles)[ \u00A0]+(?<list>[^.;:\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ExampleList();

    [GeneratedRegex(@"(?<=\p{L})[ \u00A0]*:[ \u00A0]+(?<list>[^.;:\n]+)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonList();

    // Capitalised names (an article at most before each), joined by commas and a last "et", closed by a
    // comma or by the plural verb they are the subject of ("Chez les assureurs, Axa et Allianz ont …").
    [GeneratedRegex(@"(?<=\p{L})[ \u00A0]*,[ \u00A0]+(?<list>(?:" + ApposedName + @",[ \u00A0]+)*" + ApposedName + @"[ \u00A0]+et[ \u00A0]+" + ApposedName + @")(?:,|(?=[ \u00A0]+(?:ont|sont|vont|font|\p{Ll}{2,}ent)(?![\p{L}])))", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedList();

    private const string ApposedName = @"(?:(?:la|le|les)[ \u00A0]+|l['’])?\p{Lu}[^.;:\n,]*?";

    [GeneratedRegex(@"^\s*et\s+")]
    private static partial Regex LeadingEt();

    [GeneratedRegex(@"\s+(?:et|ou)\s+")]
    private static partial Regex Et();
}
