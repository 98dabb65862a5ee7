using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// A heading rule for one section kind: the heading's key (folded, no numbering, no trailing
/// years or colon) must match one of the patterns whole, with or without the definite article that
/// opens it ("Le contexte", "L'avis du CESER", "Les perspectives"), and with or without the "Sur"
/// that other bodies put before each part's subject ("Sur la gouvernance", "II. Sur le contexte"; not
/// a point inside a part, "1.2 Sur les moyens").
/// </summary>
public sealed partial class PatternHeadingRule(SectionKind kind, params string[] patterns) : IHeadingRule
{
    private readonly Regex pattern = new(
        "^(?:" + string.Join("|", patterns) + ")$",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    public SectionKind Kind => kind;

    /// <summary>Whether the wording names a part only at the first levels: a point inside a part ("II.2", "a)") is not matched.</summary>
    public bool FirstLevelsOnly { get; init; }

    /// <summary>
    /// Whether the wording names its kind only when no later heading is of that kind: "Ce que le comité en
    /// retient" closing the document is its opinion; before an "Avis" it is the committee's remarks.
    /// </summary>
    public bool YieldsToLaterOfKind { get; init; }

    public SectionKind? Match(Heading heading)
    {
        if (FirstLevelsOnly && heading.Numbering is HeadingNumbering.Decimal or HeadingNumbering.LowerLetter)
            return null;
        // A point inside a part ("1.2 Sur les moyens") is not the part it reads like: only a heading of
        // the first levels is read without its "Sur".
        var key = heading.Key.StartsWith("sur ", StringComparison.Ordinal) && heading.Numbering is not (HeadingNumbering.Decimal or HeadingNumbering.LowerLetter) ? heading.Key[4..] : heading.Key;
        return pattern.IsMatch(key) || (LeadingArticle().Match(key) is { Success: true } article && pattern.IsMatch(key.AsSpan(article.Length))) ? kind : null;
    }

    [GeneratedRegex(@"^(?:le |la |les |l')")]
    private static partial Regex LeadingArticle();
}
