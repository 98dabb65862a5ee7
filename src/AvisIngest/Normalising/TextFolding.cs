using System.Globalization;
using System.Text;

namespace AvisIngest.Normalising;

/// <summary>Lower case without accents: the comparison key for headings, keywords and gazetteers.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            result.Append(c switch
            {
                'œ' or 'Œ' => "oe",
                'æ' or 'Æ' => "ae",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }
        return result.ToString();
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> differ only by case and accents.</summary>
    public static bool FoldedEquals(string a, string b) => Fold(a) == Fold(b);
}
