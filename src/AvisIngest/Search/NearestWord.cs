using AvisIngest.Normalising;

namespace AvisIngest.Search;

/// <summary>
/// The candidate closest to what was typed, for "vouliez-vous dire … ?": edit distance on folded
/// forms (case and accents do not count), one transposition counting as one edit.
/// </summary>
public static class NearestWord
{
    /// <summary>The nearest candidate within a third of the typed length in edits (at least one, at most three), or null.</summary>
    public static string? Find(string typed, IEnumerable<string> candidates)
    {
        var folded = TextFolding.Fold(typed);
        var allowed = Math.Clamp(folded.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(folded, TextFolding.Fold(candidate));
            if (distance <= allowed && distance < bestDistance)
                (best, bestDistance) = (candidate, distance);
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
            rows[r] = new int[b.Length + 1];
        // Row i of the table is rows[i % 3]: only the last two are needed.
        for (var j = 0; j <= b.Length; j++)
            rows[0][j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var (twoBack, previous, current) = (rows[(i + 1) % 3], rows[(i + 2) % 3], rows[i % 3]);
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    current[j] = Math.Min(current[j], twoBack[j - 2] + 1);
            }
        }
        return rows[a.Length % 3][b.Length];
    }
}
