using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// Runs a pattern only where it can match: in a short window before each occurrence of its
/// keyword (and, for patterns that run on after it, a window after). Patterns such as "[approximation] NUMBER membres" start with an optional alternation
/// the regex engine cannot skip through quickly, while the keyword is found at once.
/// </summary>
public sealed class KeywordWindow(Regex keyword, Regex pattern, int before = 80, int after = 0)
{
    /// <summary>The first match of the pattern within a window around an occurrence of the keyword, or null.</summary>
    public Match? FirstMatch(string text)
    {
        for (var found = keyword.Match(text); found.Success; found = found.NextMatch())
        {
            var start = Math.Max(0, found.Index - before);
            var end = Math.Min(text.Length, found.Index + found.Length + after);
            var match = pattern.Match(text, start, end - start);
            if (match.Success)
                return match;
        }
        return null;
    }
}
