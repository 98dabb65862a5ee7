using AvisIngest.Extraction.Organizations;

namespace AvisIngest.Search;

/// <summary>
/// Counts of one organisation written differently by different opinions ("Grand Port Maritime de
/// Dunkerque", "Grand port maritime de Dunkerque") as one count: under the comparison key the
/// organisation filter uses (<see cref="OrganizationCatalogue.KeyOf"/>), so that a count and the
/// filter it links to agree, shown in the spelling counted most (ties: the first in ordinal order).
/// </summary>
public static class OrganisationTally
{
    /// <summary>Counts by spelling merged by key, most frequent first (ties: by spelling).</summary>
    public static IReadOnlyDictionary<string, int> Merge(IEnumerable<(string Spelling, string Name, int Count)> counts) =>
        counts.Where(c => c.Count > 0)
            .GroupBy(c => KeyOf(c.Name), StringComparer.Ordinal)
            .Select(g => KeyValuePair.Create(
                g.GroupBy(c => c.Spelling, StringComparer.Ordinal).OrderByDescending(s => s.Sum(c => c.Count)).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key,
                g.Sum(c => c.Count)))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(c => c.Key, c => c.Value);

    // Every search that counts organisations folds each name counted: the keys are kept (an index
    // holds a few thousand names), and let go past a bound so that a long-running server stays small.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> Keys = new(StringComparer.Ordinal);
    private const int MaxKeys = 100_000;

    private static string KeyOf(string name)
    {
        if (Keys.TryGetValue(name, out var key))
            return key;
        if (Keys.Count >= MaxKeys)
            Keys.Clear();
        return Keys[name] = OrganizationCatalogue.KeyOf(name);
    }

    /// <summary>Counts whose spelling is the organisation's name, merged by key.</summary>
    public static IReadOnlyDictionary<string, int> Merge(IEnumerable<KeyValuePair<string, int>> counts) =>
        Merge(counts.Select(c => (c.Key, c.Key, c.Value)));
}
