using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>Splits an enumeration ("A, B, C et D", "A – B – C", "A - B") into its trimmed items, ellipses dropped.</summary>
public static partial class ListSplitter
{
    public static IEnumerable<string> Split(string list) =>
        Separators().Split(list)
            .Select(item => item.Trim().Trim('.', ' ', ',', ';', '…'))
            .Where(item => item.Length > 0);

    // A spaced hyphen separates like a dash ("Artois - UPJV - ULCO"): OCR and typists write dashes so.
    [GeneratedRegex(@"\s*,\s*|\s+et\s+|\s+[–—-]\s+|\s*/\s*|\.\.+|…")]
    private static partial Regex Separators();
}
