using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Makes organisations of mentions, in order of first mention: a known name, acronym or other name
/// becomes the known organisation; a full name and its acronym are one organisation, whichever
/// comes first ("Université de Picardie Jules Verne (UPJV)", later "l'UPJV"); so are a school and
/// its name without the words describing its kind, and a known body's regional branch and the body
/// named alone. The category is the
/// known list's, else the first mention's that has one, else <see cref="OrganizationCategory.Other"/>.
/// </summary>
public sealed partial class OrganizationLinker(OrganizationCatalogue catalogue)
{
    public List<Organization> Link(IEnumerable<OrganizationMention> mentions)
    {
        var linked = new List<Linked>();
        // Each organisation under the keys of its name and acronym: a name or an acronym met again finds it.
        var byKey = new Dictionary<string, Linked>(StringComparer.Ordinal);
        foreach (var mention in mentions.OrderBy(m => m.Index))
        {
            var known = catalogue.Find(mention.Name) ?? (mention.Acronym is { } a ? catalogue.Find(a) : null);
            // "la CAPEB Hauts-de-France": a known body's name or acronym and a region, its regional branch.
            var branchOf = known is null ? BranchOf(mention.Name) : null;
            known ??= branchOf;
            // "Rectorat de Lille": the rectorate of one place, which the body named alone ("le rectorat", later) means too.
            var seatOf = known is null ? catalogue.SeatOf(mention.Name) : null;
            var branch = branchOf is not null || (known is not null && IsRegionalBranch(mention.Name, known));
            var (name, acronym, category) = known is not null
                // A known body the list gives no acronym keeps the one the opinion gives it ("Établissement public foncier Hauts-de-France (EPF)").
                ? (branch ? mention.Name : known.Name, branch ? mention.Acronym ?? known.Acronym : known.Acronym ?? mention.Acronym, (OrganizationCategory?)known.Category)
                : (mention.Name, mention.Acronym, mention.Category);
            // A branch is also what the opinion means by the known name alone ("l'ARS", later).
            var keys = new[] { name, acronym, WithoutDescription(name, category), branch ? known!.Name : null }.OfType<string>().Select(OrganizationCatalogue.KeyOf).Distinct().ToList();
            var same = keys.Select(k => byKey.GetValueOrDefault(k)).FirstOrDefault(o => o is not null);
            // "le lycée Jean Bart", then "le lycée Jean Bart de Dunkerque": one school, named with its town.
            // Only a school named without a town is joined so: two towns' schools of one name stay two.
            var withoutTown = WithoutTown(name, category);
            if (same is null && withoutTown is not null && byKey.GetValueOrDefault(OrganizationCatalogue.KeyOf(withoutTown)) is { } untowned
                && OrganizationCatalogue.KeyOf(untowned.Name) == OrganizationCatalogue.KeyOf(withoutTown))
            {
                untowned.NameAfterItsPlace(name);
                same = untowned;
            }
            if (same is null && seatOf is not null && byKey.GetValueOrDefault(OrganizationCatalogue.KeyOf(seatOf.Name)) is { } named && named.Name == seatOf.Name)
            {
                // The body named alone first, its place after: one organisation, named with its place.
                named.NameAfterItsPlace(name);
                same = named;
            }
            if (same is null)
            {
                same = new Linked(name, acronym, seatOf?.Category ?? category, known is not null || seatOf is not null);
                linked.Add(same);
            }
            else
            {
                same.Merge(name, acronym, category, known is not null);
            }
            // The school named without its town, later, is this one ("Lycée Jean Bart de Dunkerque", then "le lycée Jean Bart").
            foreach (var key in keys.Concat(same.Keys).Append(seatOf is null ? null : OrganizationCatalogue.KeyOf(seatOf.Name))
                         .Append(withoutTown is null ? null : OrganizationCatalogue.KeyOf(withoutTown)).OfType<string>())
                byKey.TryAdd(key, same);
        }
        // An acronym that is the name itself ("Carif-Oref") is not repeated.
        return linked.Select(o => new Organization(o.Name, o.Acronym is { } a && OrganizationCatalogue.KeyOf(a) == OrganizationCatalogue.KeyOf(o.Name) ? null : o.Acronym,
            o.Category ?? OrganizationCategory.Other)).ToList();
    }

    // "Agence régionale de santé (ARS) Hauts-de-France": the known body's regional branch, named with
    // its acronym, keeps its region as the known names' branches do (KnownNameFinder); so does one named
    // with the known body's acronym ("la CAPEB Hauts-de-France", then "la CAPEB").
    private static bool IsRegionalBranch(string name, KnownOrganization known) =>
        Values.Gazetteer.WithoutTrailingRegion(name) is var body && body != name
        && (OrganizationCatalogue.KeyOf(body) == OrganizationCatalogue.KeyOf(known.Name)
            || (known.Acronym is { } acronym && OrganizationCatalogue.KeyOf(body) == OrganizationCatalogue.KeyOf(acronym)));

    // The known body a name without its region stands for, when the name is its regional branch.
    private KnownOrganization? BranchOf(string name) =>
        catalogue.Find(Values.Gazetteer.WithoutTrailingRegion(name)) is { } known && IsRegionalBranch(name, known) ? known : null;

    /// <summary>
    /// A school's name without the common words that describe its kind, between its first word and
    /// the rest: "Lycée agricole du Paraclet" is, later, "le lycée du Paraclet". Null when there are
    /// none, when nothing capitalised follows them, or for another category: "Région académique
    /// Hauts-de-France" is not the "Région Hauts-de-France".
    /// </summary>
    internal static string? WithoutDescription(string name, OrganizationCategory? category)
    {
        if (category != OrganizationCategory.School)
            return null;
        var words = name.Split(' ');
        var described = 1;
        while (described < words.Length && words[described].Length > 0 && char.IsLower(words[described][0]) && !ProperName.Connectors.Contains(words[described])
               && !words[described].Contains('\'') && !words[described].Contains('’'))
            described++;
        return described == 1 || described >= words.Length || !words.Skip(described).Any(ProperName.IsCapitalised)
            ? null
            : string.Join(' ', words.Take(1).Concat(words.Skip(described)));
    }

    /// <summary>
    /// A school's name without the town that ends it, when the rest names it by a proper name:
    /// "Lycée Jean Bart de Dunkerque" is "Lycée Jean Bart"; "IFSI de Saint-Quentin" or "Lycée
    /// agricole de Douai" are named by their town alone (null), as is any other category.
    /// </summary>
    internal static string? WithoutTown(string name, OrganizationCategory? category)
    {
        if (category != OrganizationCategory.School || TownAtEnd().Match(name) is not { Success: true } match)
            return null;
        var rest = match.Groups["rest"].Value.Split(' ');
        return rest.Length >= 2 && rest.Skip(1).Any(ProperName.IsCapitalised) ? match.Groups["rest"].Value : null;
    }

    /// <summary>A name ending with "de" or "d'" and one capitalised word, a town, maybe after its article ("de La Madeleine"): the name before it is "rest".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<rest>.+?) (?:de |d['’])(?:(?:La|Le|Les) )?\p{Lu}[\p{L}\-]+$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    internal static partial System.Text.RegularExpressions.Regex TownAtEnd();

    private sealed class Linked(string name, string? acronym, OrganizationCategory? category, bool known)
    {
        public string Name { get; private set; } = name;

        public string? Acronym { get; private set; } = acronym;

        public OrganizationCategory? Category { get; private set; } = category;

        public IEnumerable<string> Keys => new[] { Name, Acronym, WithoutDescription(Name, Category) }.OfType<string>().Select(OrganizationCatalogue.KeyOf);

        public void NameAfterItsPlace(string name) => Name = name;

        public void Merge(string name, string? acronym, OrganizationCategory? category, bool isKnown)
        {
            if (isKnown && !known)
            {
                (Name, Acronym, Category, known) = (name, acronym, category, true);
                return;
            }
            Acronym ??= acronym is not null && acronym != Name ? acronym : null;
            // A name that is only the acronym gives way to the full name.
            if (!known && Acronym is not null && Name == Acronym && name != Acronym)
                Name = name;
            Category ??= category;
        }
    }
}
