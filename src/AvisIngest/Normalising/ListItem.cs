using System.Text.RegularExpressions;

namespace AvisIngest.Normalising;

/// <summary>
/// The grammar of a line that opens a new block: a bullet ("- "), a numbered item ("1.", "2)",
/// "3-", or "4 " before a capital), "Axe 1 -", a Roman/letter heading number ("IV.", "V ", "B)"), or a
/// lower-case letter item ("a) ", "b) ", "c. " before a capital), or an ordinal adverb and its comma
/// ("Premièrement, …", "Deuxièmement, …"), which numbers as "1." does.
/// The joiner uses it to keep items apart; extractors use it to read items.
/// </summary>
public static partial class ListItem
{
    /// <summary>Whether the (normalised) line starts a new list item or numbered heading.</summary>
    public static bool StartsBlock(string line) =>
        line.StartsWith(ListMarkerNormaliser.Marker, StringComparison.Ordinal)
        || NumberedItem().IsMatch(line)
        || OrdinalAdverbItem().IsMatch(line)
        || AxisItem().IsMatch(line)
        || RomanOrLetterHeading().IsMatch(line)
        || LetterItem().IsMatch(line);

    /// <summary>Whether the line is an item lettered in lower case ("a) …", "b. Créer …").</summary>
    public static bool IsLettered(string line) => LetterItem().IsMatch(line);

    /// <summary>Whether the line is a bullet item ("- ...").</summary>
    public static bool IsBullet(string line) => line.StartsWith(ListMarkerNormaliser.Marker, StringComparison.Ordinal);

    /// <summary>Reads "12. text", "12) text", "12- text", "12 Text" or "Deuxièmement, text" into its number and text.</summary>
    public static bool TryParseNumbered(string line, out int number, out string text)
    {
        if (OrdinalAdverbItem().Match(line) is { Success: true } adverb && Extraction.Values.FrenchNumber.ParseOrdinal(adverb.Groups["ord"].Value.ToLowerInvariant()) is { } rank)
        {
            number = rank;
            text = line[adverb.Length..].Trim();
            return true;
        }
        var match = NumberedItem().Match(line);
        number = match.Success ? int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        text = match.Success ? line[match.Groups["n"].Length..].TrimStart('.', ')', '-', '–', ' ') : "";
        return match.Success;
    }

    /// <summary>Reads "Axe 2 - title" (or "Axe 2 : title", "Deuxième axe : title") into its number and what follows.</summary>
    public static bool TryParseAxis(string line, out int number, out string text)
    {
        var match = AxisItem().Match(line);
        number = !match.Success ? 0
            : match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : Extraction.Values.FrenchNumber.ParseOrdinal(match.Groups["ord"].Value) ?? 0;
        text = match.Success ? line[match.Length..].Trim() : "";
        return match.Success;
    }

    /// <summary>The text of a bullet, lettered or numbered item without its marker; other lines unchanged.</summary>
    public static string WithoutMarker(string line)
    {
        if (IsBullet(line))
            return line[ListMarkerNormaliser.Marker.Length..].Trim();
        if (IsLettered(line))
            return line[2..].Trim();
        return TryParseNumbered(line, out _, out var text) ? text : line;
    }

    // One or two digits: "2026 un dossier" or "10 000 apprenants" are wrapped sentences, not items.
    [GeneratedRegex(@"^(?<n>\d{1,2})(?:[.)]\s+|\s*[-–]\s+|\s+(?=\p{Lu}))")]
    private static partial Regex NumberedItem();

    // "Premièrement, rendre …", "Troisièmement, équiper …": an ordinal and "-ment", then its comma.
    [GeneratedRegex(@"^(?<ord>" + Extraction.Values.FrenchNumber.OrdinalPattern + @")ment\s*,\s+", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalAdverbItem();

    [GeneratedRegex(@"^(?:Axe\s+(?:n°\s*)?(?<n>\d{1,2})|(?<ord>" + Extraction.Values.FrenchNumber.OrdinalPattern + @")\s+axe)\s*[-–:.)]?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AxisItem();

    [GeneratedRegex(@"^(?:[IVX]{1,6}(?:\s*[.)\-–—])?|[A-H](?:[.)/]|\s+[\-–—]))\s+\p{Lu}")]
    private static partial Regex RomanOrLetterHeading();

    // "a) attirer …", "b) Créer …", "c. Travailler …": a list (or sub-headings) lettered in lower case;
    // "a)" alone is not, nor "a." before a lower-case word (a sentence's "il y a." wrapped onto the line).
    [GeneratedRegex(@"^[a-h](?:\)\s+\p{L}|\.\s+\p{Lu})")]
    private static partial Regex LetterItem();
}
