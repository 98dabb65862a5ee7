using System.Globalization;
using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// Whole numbers as French texts write them: digits with space, thin or non-breaking space
/// separators ("10 000"), or words ("quatorze", "dix-sept", "quatre-vingt-dix", "deux mille").
/// </summary>
public static partial class FrenchNumber
{
    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zéro"] = 0, ["un"] = 1, ["une"] = 1, ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6,
        ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10, ["onze"] = 11, ["douze"] = 12, ["treize"] = 13,
        ["quatorze"] = 14, ["quinze"] = 15, ["seize"] = 16, ["vingt"] = 20, ["vingts"] = 20, ["trente"] = 30,
        ["quarante"] = 40, ["cinquante"] = 50, ["soixante"] = 60, ["cent"] = 100, ["cents"] = 100, ["mille"] = 1000,
    };

    /// <summary>
    /// A regex fragment matching one number in a text. "un"/"une" alone are left out: they are
    /// articles far more often than numbers.
    /// </summary>
    public const string Pattern =
        @"(?:\d{1,3}(?:[ \u00A0\u202F\u2009]\d{3})+(?!\d)|\d+|" + WordPattern + @"(?:(?:-et-|-| et | )" + WordOrOnePattern + @")*)";

    private const string WordPattern =
        @"(?:zéro|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)\b";

    private const string WordOrOnePattern =
        @"(?:zéro|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)\b";

    /// <summary>
    /// A regex fragment for a round count, "une trentaine de", "une centaine d'": always approximate.
    /// Parse it with <see cref="ParseRound"/>.
    /// </summary>
    public const string RoundPattern = @"une? (?:bonne )?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine|millier)s? d[e']\s*";

    private static readonly Dictionary<string, int> Rounds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40,
        ["cinquantaine"] = 50, ["soixantaine"] = 60, ["centaine"] = 100, ["millier"] = 1000,
    };

    /// <summary>The value of a text matched by <see cref="RoundPattern"/> ("une trentaine de" → 30).</summary>
    public static int? ParseRound(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Rounds.TryGetValue(w.TrimEnd('s'), out var n) ? n : (int?)null)
            .FirstOrDefault(n => n is not null);

    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        ["premier"] = 1, ["première"] = 1, ["second"] = 2, ["seconde"] = 2, ["deuxième"] = 2, ["troisième"] = 3, ["quatrième"] = 4,
        ["cinquième"] = 5, ["sixième"] = 6, ["septième"] = 7, ["huitième"] = 8, ["neuvième"] = 9, ["dixième"] = 10,
    };

    /// <summary>
    /// A regex fragment for the ordinals from first to tenth, "premier" to "dixième", the grave accent
    /// lost or not (a conversion may drop it); parse it with <see cref="ParseOrdinal"/>.
    /// </summary>
    public const string OrdinalPattern = @"(?:premi[eè]re|premier|seconde?|deuxi[eè]me|troisi[eè]me|quatri[eè]me|cinqui[eè]me|sixi[eè]me|septi[eè]me|huiti[eè]me|neuvi[eè]me|dixi[eè]me)";

    /// <summary>The rank an ordinal word says ("troisième" → 3); null for any other word.</summary>
    public static int? ParseOrdinal(string word) => Ordinals.TryGetValue(word.Trim().Replace("ieme", "ième").Replace("iere", "ière"), out var n) ? n : null;

    /// <summary>Parses a number matched by <see cref="Pattern"/>; null when it is not one.</summary>
    public static int? Parse(string text)
    {
        var digits = Separators().Replace(text.Trim(), "");
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit))
            return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        return ParseWords(text);
    }

    private static int? ParseWords(string text)
    {
        var tokens = text.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
            .Where(t => t != "et")
            .ToList();
        if (tokens.Count == 0)
            return null;
        long total = 0, current = 0;
        foreach (var token in tokens)
        {
            if (!Words.TryGetValue(token, out var value))
                return null;
            switch (value)
            {
                case 1000:
                    total += (current == 0 ? 1 : current) * 1000;
                    current = 0;
                    break;
                case 100:
                    current = (current == 0 ? 1 : current) * 100;
                    break;
                case 20 when current % 100 is >= 2 and <= 9:
                    current = current - current % 100 + current % 100 * 20; // quatre-vingt(s)
                    break;
                default:
                    current += value;
                    break;
            }
        }
        return (int)(total + current);
    }

    [GeneratedRegex(@"[ \u00A0\u202F\u2009]")]
    private static partial Regex Separators();
}
