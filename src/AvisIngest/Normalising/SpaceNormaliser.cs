using System.Text;

namespace AvisIngest.Normalising;

/// <summary>
/// Non-breaking, thin and other Unicode spaces and tabs become one plain space; soft hyphens,
/// zero-width characters and control characters go; runs of spaces collapse; ends are trimmed.
/// </summary>
public sealed class SpaceNormaliser : ILineNormaliser
{
    public string Normalise(string line)
    {
        // Most lines are already clean: the same string back, no copy (a large file's lines twice in memory otherwise).
        if (IsClean(line))
            return line;
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (IsRemoved(c) || (char.IsControl(c) && c != '\t'))
                continue;
            if (c == '\t' || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator)
            {
                pendingSpace = result.Length > 0;
                continue;
            }
            if (pendingSpace)
                result.Append(' ');
            pendingSpace = false;
            result.Append(c);
        }
        return result.ToString();
    }

    private static bool IsClean(string line)
    {
        if (line.Length == 0)
            return true;
        if (line[0] == ' ' || line[^1] == ' ')
            return false;
        var previousSpace = false;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                if (previousSpace)
                    return false;
                previousSpace = true;
                continue;
            }
            previousSpace = false;
            if (c < ' ' || (c > '~' && (IsRemoved(c) || char.IsControl(c) || char.IsWhiteSpace(c)
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.SpaceSeparator)))
                return false;
        }
        return true;
    }

    private static bool IsRemoved(char c) => c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';
}
