using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// A heading rule for one section kind: the heading's key (folded, no numbering, no trailing
/// years or colon) must match one of the patterns whole.
/// </summary>
public sealed class PatternHeadingRule(SectionKind kind, params string[] patterns) : IHeadingRule
{
    private readonly Regex pattern = new(
        "^(?:" + string.Join("|", patterns) + ")$",
        RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    public SectionKind Kind => kind;

    public SectionKind? Match(Heading heading) => pattern.IsMatch(heading.Key) ? kind : null;
}
