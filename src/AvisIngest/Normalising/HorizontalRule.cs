namespace AvisIngest.Normalising;

/// <summary>
/// A line drawn with one repeated character ("=====", "-----", "_____", "─────"): under a line
/// that stands alone it underlines a heading, as plain text marks one (the line above becomes
/// <see cref="Reading.LineStyle.Underlined"/>); anywhere else it separates what is around it. Either
/// way it is no text: it becomes a blank line.
/// </summary>
public static class HorizontalRule
{
    /// <summary>Shortest rule: "--" or "==" in a sentence's place are not one.</summary>
    public const int MinimumLength = 3;

    /// <summary>Whether the raw line, spaces around it aside, is a rule: read before the line normalisers, which take "–––" or "***" for a bullet.</summary>
    public static bool IsRule(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        // Most lines start with a letter: the first character settles them.
        if (line.Length < MinimumLength || !IsRuleCharacter(line[0]))
            return false;
        foreach (var c in line)
        {
            if (c != line[0])
                return false;
        }
        return true;
    }

    /// <summary>
    /// Reads a rule met after <paramref name="lines"/> (the clean lines so far): the last line is
    /// underlined when it stands alone (a blank line or the document's start above it), and a blank
    /// line takes the rule's place.
    /// </summary>
    public static void Apply(List<CleanLine> lines, int? page)
    {
        var last = lines.Count - 1;
        if (last >= 0 && lines[last].Text.Length > 0 && (last == 0 || lines[last - 1].Text.Length == 0))
            lines[last] = lines[last] with { Style = lines[last].Style | Reading.LineStyle.Underlined };
        lines.Add(new CleanLine("", page));
    }

    private static bool IsRuleCharacter(char c) => c is '=' or '-' or '_' or '*' or '~' or '─' or '━' or '═' or '—' or '–';
}
