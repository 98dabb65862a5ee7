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
        var result = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || (char.IsControl(c) && c != '\t'))
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
}
