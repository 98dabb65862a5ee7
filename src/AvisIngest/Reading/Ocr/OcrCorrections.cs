using System.Text.RegularExpressions;

namespace AvisIngest.Reading.Ocr;

/// <summary>
/// Fixes the OCR confusions of this genre that break extraction, on OCR'd lines only: the
/// committee's acronym misread ("COoRE", "C0RE"), the elided article "l'" read as "1'", "I'",
/// "|'" or "Ll'", or as "L'" at the start of a line that goes on a sentence ("et" / "L'UIMM"),
/// an apostrophe read twice ("d''Excellence"), a capital O read twice, once as a zero
/// ("/0Occitanie"), and the one partner whose name holds an I read as 1 ("OPCO 21" for "OPCO 2I",
/// the operator of the industries; there is no OPCO 21).
/// </summary>
public static partial class OcrCorrections
{
    public static string Apply(string line)
    {
        line = Committee().Replace(line, "CoRE");
        line = ElidedL().Replace(line, "l'");
        line = ZeroBeforeO().Replace(line, "");
        line = Opco2I().Replace(line, "OPCO 2I");
        return DoubledApostrophe().Replace(line, "'");
    }

    /// <summary>The page's lines, each corrected, and "L'" lowered where the line before leaves the sentence open.</summary>
    public static IReadOnlyList<string> Apply(IReadOnlyList<string> lines)
    {
        var corrected = lines.Select(Apply).ToList();
        for (var i = 1; i < corrected.Count; i++)
        {
            var before = corrected[i - 1].TrimEnd();
            if (before.Length > 0 && char.IsLower(before[^1]) && CapitalElision().IsMatch(corrected[i]))
                corrected[i] = char.ToLowerInvariant(corrected[i][0]) + corrected[i][1..];
        }
        return corrected;
    }

    [GeneratedRegex(@"^[LD]['’](?=\p{Lu})")]
    private static partial Regex CapitalElision();

    [GeneratedRegex(@"(?<![\p{L}\d])0(?=O\p{Ll})")]
    private static partial Regex ZeroBeforeO();

    [GeneratedRegex(@"\bOPCO 2[1l|](?![\p{L}\d])")]
    private static partial Regex Opco2I();

    [GeneratedRegex(@"\bC[Oo0]{1,2}R[Ee]\b")]
    private static partial Regex Committee();

    [GeneratedRegex(@"(?<=^|\s|\()(?:[1I|]|Ll)['’](?=\p{L})")]
    private static partial Regex ElidedL();

    [GeneratedRegex(@"(?<=\p{L})['’]{2}(?=\p{L})")]
    private static partial Regex DoubledApostrophe();
}
