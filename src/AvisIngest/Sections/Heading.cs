using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Sections;

/// <summary>How a heading is numbered.</summary>
public enum HeadingNumbering
{
    None,
    /// <summary>"I.", "IV -", "II —", "V ".</summary>
    Roman,
    /// <summary>"1.", "2)", "3 -", "4 •".</summary>
    Arabic,
    /// <summary>"A.", "B)".</summary>
    Letter,
    /// <summary>"Partie 2", "Titre II", "Chapitre 1", "Section 1", "Volet 2", "Article 3", "Deuxième partie", "Premier point :".</summary>
    Part,
    /// <summary>"1.1", "2.3.1", "II.1", "1.a": a level below the first number.</summary>
    Decimal,
    /// <summary>"a)", "b)".</summary>
    LowerLetter,
}

/// <summary>
/// A paragraph read as a possible heading: its numbering, its text without the numbering, and a
/// comparison key (folded, without trailing punctuation or year range) that rules match against.
/// </summary>
public sealed partial record Heading(string Paragraph, HeadingNumbering Numbering, string Text, string Key)
{
    /// <summary>Longest paragraph still taken for a heading.</summary>
    public const int MaxLength = 110;

    /// <summary>Reads a paragraph as a heading candidate, or null when it cannot be one.</summary>
    public static Heading? Parse(string paragraph)
    {
        if (paragraph.Length == 0 || paragraph.Length > MaxLength || ListItem.IsBullet(paragraph))
            return null;
        if (paragraph[^1] is ',' or ';')
            return null;
        // "Gouvernance partagée entre ... et l'État." is a sentence, not a heading.
        if (paragraph[^1] == '.' && paragraph.Count(c => c == ' ') >= 6)
            return null;
        var match = NumberingPrefix().Match(paragraph);
        var text = match.Success ? paragraph[match.Length..] : paragraph;
        return new Heading(paragraph, NumberingOf(match), text, KeyOf(text));
    }

    /// <summary>How a line is numbered, whatever its length or ending (a list item too).</summary>
    public static HeadingNumbering NumberingOf(string line) => NumberingOf(NumberingPrefix().Match(line));

    private static HeadingNumbering NumberingOf(Match match) =>
        !match.Success ? HeadingNumbering.None
        : match.Groups["part"].Success ? HeadingNumbering.Part
        : match.Groups["decimal"].Success ? HeadingNumbering.Decimal
        : match.Groups["roman"].Success ? HeadingNumbering.Roman
        : match.Groups["letter"].Success ? HeadingNumbering.Letter
        : match.Groups["lower"].Success ? HeadingNumbering.LowerLetter
        : HeadingNumbering.Arabic;

    /// <summary>Whether the heading text is written in capitals ("CONTEXTE ET PÉRIMÈTRE").</summary>
    public bool IsAllCapitals => TextFolding.IsInCapitals(Text);

    private static string KeyOf(string text)
    {
        var key = TextFolding.Fold(text).Trim();
        key = TrailingYears().Replace(key, "");
        key = key.TrimEnd(' ', ':', '.', '-', '–');
        return Spaces().Replace(key, " ");
    }

    [GeneratedRegex(@"^(?:(?<part>(?:(?:Partie|PARTIE|Titre|TITRE|Chapitre|CHAPITRE|Section|SECTION|Volet|VOLET|Article|ARTICLE|Point|POINT)\s+(?:[IVX]{1,6}|\d{1,3}|1er|premier|première|unique)|(?i:" + Extraction.Values.FrenchNumber.OrdinalPattern + @")\s+(?i:partie|titre|chapitre|point|volet))\b\s*[.:\-–—]?\s*)|(?<decimal>(?:[IVX]{1,6}|\d{1,2})(?:\.(?:\d{1,2}|[a-h](?![\p{L}])))+\.?(?:\s*[)\-–—•·]\s*|\s+))|(?<roman>[IVX]{1,6})(?:\s*[.)\-–—•·]\s*|\s+)|(?<letter>[A-H])(?:[.)/]\s*|\s*[\-–—]\s+)|(?<lower>[a-h])\)\s*|(?<arabic>\d{1,2})(?:\s*[.)\-–—•·]\s*|\s+))(?=\p{L}|$)")]
    private static partial Regex NumberingPrefix();

    [GeneratedRegex(@"\s*\(?\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:19|20)\d{2})?\)?\s*:?\s*$")]
    private static partial Regex TrailingYears();

    // Runs of white space other than a single space: most keys have none, and are kept as they are
    // (replacing every space by itself cost a tenth of the segmentation).
    [GeneratedRegex(@"(?! (?!\s))\s+")]
    private static partial Regex Spaces();
}
