using System.Globalization;
using System.Text;

namespace AvisIngest.Normalising;

/// <summary>Lower case without accents: the comparison key for headings, keywords and gazetteers.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Most of an opinion is ASCII: lower-cased as is (the same string when nothing changes).
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F'))
            return text.ToLowerInvariant();
        // Character by character through the per-character table: one copy of a large text, where
        // decomposing the whole string first made three.
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
            result.Append(Fold(c));
        return result.ToString();
    }

    // The fold of one character, computed once: canonical decomposition, accents dropped, lower case.
    private static string FoldOne(string c)
    {
        var result = new StringBuilder(3);
        foreach (var d in c.Normalize(NormalizationForm.FormD))
        {
            switch (d)
            {
                case 'œ' or 'Œ':
                    result.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    result.Append("ae");
                    break;
                default:
                    if (d < '\u0080' || CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                        result.Append(char.ToLowerInvariant(d));
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>Texts up to this length are folded whole by <see cref="FoldInChunks"/>.</summary>
    public const int WholeFoldLimit = 1 << 20;

    /// <summary>
    /// The text folded, in one piece when it is of ordinary size (one pass for a regular expression),
    /// a line ('\n') at a time beyond <see cref="WholeFoldLimit"/> (a large file is never copied whole). For
    /// searches whose matches never span lines.
    /// </summary>
    public static IEnumerable<string> FoldInChunks(string text)
    {
        if (text.Length <= WholeFoldLimit)
        {
            yield return Fold(text);
            yield break;
        }
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            yield return Fold(text[start..end]);
            start = end + 1;
        }
    }

    /// <summary>
    /// What <see cref="Fold(string)"/> makes of one character ("" for an accent mark, "oe" for "œ"),
    /// for callers that fold text piece by piece without allocating. At most three characters.
    /// A lone surrogate is kept as is (a pair's two halves fold to themselves).
    /// </summary>
    public static string Fold(char c)
    {
        if (char.IsSurrogate(c))
            return c.ToString();
        return c < FoldedChars.Length ? FoldedChars[c] ??= FoldOne(c.ToString()) : FoldOne(c.ToString());
    }

    // Latin, Greek, Cyrillic and punctuation, filled on first use.
    private static readonly string?[] FoldedChars = new string?[0x2100];

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ only by case and accents.</summary>
    public static bool FoldedEquals(string a, string b) => Fold(a) == Fold(b);

    /// <summary>Whether the text is written in capitals: at least four letters, none in lower case ("CONTEXTE ET PÉRIMÈTRE").</summary>
    public static bool IsInCapitals(string text) => text.Count(char.IsLetter) >= 4 && !text.Any(char.IsLower);
}
