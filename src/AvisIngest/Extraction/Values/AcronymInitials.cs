using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// Whether an acronym is made of a name's initials: "CNFPT" of "Centre national de la fonction
/// publique territoriale", "CRHH" of "Comité régional de l'habitat et de l'hébergement". The small
/// words (in any case) are left out, one other word at most is skipped, and the last word gives the last letter.
/// </summary>
public static partial class AcronymInitials
{
    /// <summary>The words of a text that count for initials (letters and digits, hyphenated words whole), small words left out.</summary>
    public static List<Match> ContentWords(string text) =>
        ContentWord().Matches(text).Where(w => !SmallWords.Contains(w.Value)).ToList();

    /// <summary>Whether the acronym spells the initials of these content words.</summary>
    public static bool Spell(string acronym, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
            return false;
        var letter = 0;
        var skipped = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (letter < acronym.Length && Initial(words[i]) == acronym[letter])
                letter++;
            else if (++skipped > 1)
                return false;
        }
        return letter == acronym.Length && Initial(words[^1]) == acronym[^1];
    }

    /// <summary>Whether the acronym (in capitals) spells the initials of the name.</summary>
    public static bool Spell(string acronym, string name) => Spell(acronym, ContentWords(name).Select(w => w.Value).ToList());

    private static char Initial(string word) => char.ToUpperInvariant(Normalising.TextFolding.Fold(word[..1])[0]);

    private static readonly HashSet<string> SmallWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "du", "des", "d", "l", "la", "le", "les", "et", "pour", "en", "à", "au", "aux", "sur", "par", "dans",
    };

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex ContentWord();
}
