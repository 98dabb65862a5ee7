namespace AvisIngest.Search;

internal sealed record SectionMatch(int Doc, string Kind, float Score);

/// <summary>An opinion with matching sections; it scores as its best section, and ranks by its score or its date (<see cref="SearchOrder"/>).</summary>
internal sealed record OpinionGroup(string Id, string? Campus, string? Year, string? Outcome, float Score, float Rank, int OpinionDoc, IReadOnlyList<SectionMatch> Sections);

/// <summary>
/// What grouping found in some segments: how many opinions matched, the best of them (best first;
/// ties in index order) and the opinions counted by campus, year, outcome, matched section kind and,
/// when asked, organisation named (its spellings as one, <see cref="OrganisationTally"/>).
/// </summary>
internal sealed record OpinionGroups(
    int Total,
    IReadOnlyList<OpinionGroup> Top,
    IReadOnlyDictionary<string, int> Campus,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Outcome,
    IReadOnlyDictionary<string, int> Section,
    IReadOnlyDictionary<string, int> Organisation)
{
    /// <summary>Orders groups best first: higher score, then lower document number.</summary>
    public static readonly Comparer<(float Score, int Doc)> BestFirst = Comparer<(float Score, int Doc)>.Create(
        (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Doc.CompareTo(b.Doc));

    /// <summary>The groups of disjoint sets of segments as one.</summary>
    public static OpinionGroups Merge(IReadOnlyList<OpinionGroups> parts, int wanted) => parts.Count == 1 ? parts[0] : new(
        parts.Sum(p => p.Total),
        parts.SelectMany(p => p.Top).Order(Comparer<OpinionGroup>.Create((a, b) => BestFirst.Compare((a.Rank, a.OpinionDoc), (b.Rank, b.OpinionDoc)))).Take(wanted).ToList(),
        Sum(parts.Select(p => p.Campus)),
        Sum(parts.Select(p => p.Year)),
        Sum(parts.Select(p => p.Outcome)),
        Sum(parts.Select(p => p.Section)),
        OrganisationTally.Merge(parts.SelectMany(p => p.Organisation)));

    /// <summary>The counts, with the <paramref name="organisations"/> most named organisations.</summary>
    public SearchFacets Facets(int organisations = 0) => new(Campus, Year, Outcome, Section) { Organisation = organisations > 0 ? MostFrequent(Organisation, organisations) : null };

    /// <summary>The first <paramref name="count"/> of counts sorted most frequent first.</summary>
    public static IReadOnlyDictionary<string, int> MostFrequent(IReadOnlyDictionary<string, int> counts, int count) =>
        counts.Count <= count ? counts : counts.Take(count).ToDictionary(c => c.Key, c => c.Value);

    /// <summary>Counts, most frequent first (ties: by value in French alphabetical order, "Agence …" before "ATLAS").</summary>
    public static IReadOnlyDictionary<string, int> Sorted(IEnumerable<KeyValuePair<string, int>> counts) =>
        counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, FrenchOrder).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);

    private static readonly StringComparer FrenchOrder = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), System.Globalization.CompareOptions.IgnoreCase);

    private static IReadOnlyDictionary<string, int> Sum(IEnumerable<IReadOnlyDictionary<string, int>> counts) =>
        Sorted(counts.SelectMany(c => c).GroupBy(c => c.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, g.Sum(c => c.Value))));
}
