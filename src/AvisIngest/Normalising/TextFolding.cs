using System.Globalization;
using System.Text;

namespace AvisIngest.Normalising;

/// <summary>Lower case without accents: the comparison key for headings, keywords and gazetteers.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        // Most of an opinion is ASCII: decompose only when there is something to strip.
        var decomposed = text.AsSpan().ContainsAnyExceptInRange('\0', '\u007F') ? text.Normalize(NormalizationForm.FormD) : text;
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (c)
            {
                case 'œ' or 'Œ':
                    result.Append("oe");
                    break;
                case 'æ' or 'Æ':
                    result.Append("ae");
                    break;
                default:
                    if (c < '\u0080' || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                        result.Append(char.ToLowerInvariant(c));
                    break;
            }
        }
        return result.ToString();
    }

    /// <summary>
    /// What <see cref="Fold(string)"/> makes of one character ("" for an accent mark, "oe" for "œ"),
    /// for callers that fold text piece by piece without allocating. At most three characters.
    /// </summary>
    public static string Fold(char c)
    {
        if (char.IsSurrogate(c))
            return c.ToString();
        return c < FoldedChars.Length ? FoldedChars[c] ??= Fold(c.ToString()) : Fold(c.ToString());
    }

    // Latin, Greek, Cyrillic and punctuation, filled on first use.
    private static readonly string?[] FoldedChars = new string?[0x2100];

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ only by case and accents.</summary>
    public static bool FoldedEquals(string a, string b) => Fold(a) == Fold(b);
}
