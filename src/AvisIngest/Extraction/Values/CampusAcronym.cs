using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// Campus acronyms with one space between the CMQ prefix and the campus's letters:
/// "CMQeCEIT" → "CMQe CEIT", "CMQ  TP" → "CMQ TP", "CMQE ID" → "CMQe ID".
/// </summary>
public static partial class CampusAcronym
{
    public const string Pattern = @"CMQ\s*[eE]?\s*[A-Z0-9][\p{L}0-9&+\-]*(?:\s+[A-Z0-9][A-Z0-9&+\-]*)?";

    public static string Normalise(string acronym)
    {
        var match = Parts().Match(acronym.Trim());
        if (!match.Success)
            return Regex.Replace(acronym.Trim(), @"\s+", " ");
        var excellence = match.Groups["e"].Success ? "e" : "";
        var rest = Regex.Replace(match.Groups["rest"].Value, @"\s+", " ");
        return $"CMQ{excellence} {rest}";
    }

    // A lower-case e is always the excellence mark; a capital E only when a space follows ("CMQE ID").
    [GeneratedRegex(@"^CMQ(?:(?<e>e)\s*|(?<e>E)\s+|\s*)(?<rest>\S.*)$")]
    private static partial Regex Parts();
}
