using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// A heading rule for one section kind: the heading's key (folded, no numbering, no trailing
/// years or colon) must match one of the patterns whole, with or without the definite article that
/// opens it ("Le contexte", "L'avis du CESER", "Les perspectives").
/// </summary>
public sealed partial class PatternHeadingRule(SectionKind kind, params string[] patterns) : IHeadingRule
{
    private readonly Regex pattern = new(
        "^(?:" + string.Join("|", patterns) + ")$",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    public SectionKind Kind => kind;

    public SectionKind? Match(Heading heading) =>
        pattern.IsMatch(heading.Key) || (LeadingArticle().Match(heading.Key) is { Success: true } article && pattern.IsMatch(heading.Key.AsSpan(article.Length))) ? kind : null;

    [GeneratedRegex(@"^(?:le |la |les |l')")]
    private static partial Regex LeadingArticle();
}
