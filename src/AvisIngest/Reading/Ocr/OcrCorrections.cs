using System.Text.RegularExpressions;

namespace AvisIngest.Reading.Ocr;

/// <summary>
/// Fixes the OCR confusions of this genre that break extraction, on OCR'd lines only: the
/// committee's acronym misread ("COoRE", "C0RE"), the elided article "l'" read as "1'", "I'",
/// "|'" or "Ll'", and an apostrophe read twice ("d''Excellence").
/// </summary>
public static partial class OcrCorrections
{
    public static string Apply(string line)
    {
        line = Committee().Replace(line, "CoRE");
        line = ElidedL().Replace(line, "l'");
        return DoubledApostrophe().Replace(line, "'");
    }

    [GeneratedRegex(@"\bC[Oo0]{1,2}R[Ee]\b")]
    private static partial Regex Committee();

    [GeneratedRegex(@"(?<=^|\s|\()(?:[1I|]|Ll)['’](?=\p{L})")]
    private static partial Regex ElidedL();

    [GeneratedRegex(@"(?<=\p{L})['’]{2}(?=\p{L})")]
    private static partial Regex DoubledApostrophe();
}
