using System.Text;

namespace AvisIngest.Normalising;

/// <summary>
/// Typographic apostrophes become ', English curly quotes become ". French « » are kept. A dash
/// between two numbers is a hyphen ("14–15 nov.", "2025–2030"), as the record writes periods.
/// </summary>
public sealed partial class PunctuationNormaliser : ILineNormaliser
{
    public string Normalise(string line)
    {
        if (line.AsSpan().IndexOfAny('–', '—') >= 0)
            line = NumberRangeDash().Replace(line, "-");
        if (line.AsSpan().IndexOfAny(Typographic) < 0)
            return line;
        var result = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            result.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u2032' or '\u00B4' or '\u0060' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => '"',
                _ => c,
            });
        }
        return result.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d)[–—](?=\d)")]
    private static partial System.Text.RegularExpressions.Regex NumberRangeDash();

    private static readonly System.Buffers.SearchValues<char> Typographic =
        System.Buffers.SearchValues.Create("\u2019\u2018\u02BC\u2032\u00B4\u0060\u201C\u201D\u201E\u201F\u2033");
}
