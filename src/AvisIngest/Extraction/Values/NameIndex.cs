namespace AvisIngest.Extraction.Values;

/// <summary>
/// Finds names of a list in a text, exactly as the list writes them, each starting and ending at a
/// word's edge; of names starting at the same place, the longest. The names are filed under their
/// first word, and only the text's word starts are looked up: one alternation regex of every known
/// organisation tried each name at every capital letter, and was half of an opinion's extraction
/// (docs/benchmarks.md). Callers fold the text and the names alike when case and accents must not count.
/// </summary>
public sealed class NameIndex
{
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> byFirstWord;
    private readonly bool tailIgnoresCase;

    /// <param name="names">The names, each found as written.</param>
    /// <param name="tailIgnoresCase">
    /// Past a name's first word, case does not count: "la Banque des territoires" is the "Banque des
    /// Territoires". The first word, which is the one that tells a name from a common phrase, still does.
    /// </param>
    public NameIndex(IEnumerable<string> names, bool tailIgnoresCase = false)
    {
        this.tailIgnoresCase = tailIgnoresCase;
        // A name that does not start with a letter or digit could never start at a word's start.
        var filed = names.Where(n => n.Length > 0 && IsWordCharacter(n[0]))
            .Distinct(StringComparer.Ordinal)
            .GroupBy(n => n[..FirstWordLength(n, 0)], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(n => n.Length).ToArray(), StringComparer.Ordinal);
        byFirstWord = filed.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Where each known name stands, in text order, none overlapping.</summary>
    public IEnumerable<(int Index, int Length)> FindAll(string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (!IsWordCharacter(text[at]))
            {
                at++;
                continue;
            }
            var word = FirstWordLength(text, at);
            var found = Longest(text, at, word);
            if (found > 0)
            {
                yield return (at, found);
                at += found;
            }
            else
            {
                at += word;
            }
        }
    }

    // The longest name filed under this word that the text holds here, up to a word's edge; 0 for none.
    private int Longest(string text, int at, int word)
    {
        if (!byFirstWord.TryGetValue(text.AsSpan(at, word), out var names))
            return 0;
        foreach (var name in names)
        {
            var end = at + name.Length;
            if (end <= text.Length && Matches(text.AsSpan(at, name.Length), name, word) && (end == text.Length || !IsWordCharacter(text[end])))
                return name.Length;
        }
        return 0;
    }

    // The first word is equal already (the names are filed under it).
    private bool Matches(ReadOnlySpan<char> candidate, string name, int firstWord) =>
        tailIgnoresCase
            ? candidate[firstWord..].Equals(name.AsSpan(firstWord), StringComparison.OrdinalIgnoreCase)
            : candidate.SequenceEqual(name);

    private static int FirstWordLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && IsWordCharacter(text[end]))
            end++;
        return end - at;
    }

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);
}
