using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A name followed by its acronym in brackets, "Innovons et Développons l'Esprit d'Entreprendre
/// (IDEE)", taken when the name holds a cue word or the name or acronym is known: plans,
/// programmes and strategies are written so too ("Stratégie Nationale Bas Carbone (SNBC)").
/// </summary>
public sealed partial class BracketAcronymFinder : IOrganizationMentionFinder
{
    private readonly OrganizationCatalogue catalogue;

    // A cue word and the common words after it, up to an acronym: "Association régionale des
    // missions locales (ARML)", "l'Agence nationale pour la formation professionnelle des adultes
    // (AFPA)"; never across "et la", which joins two names.
    private readonly Regex cueAndAcronym;

    public BracketAcronymFinder(OrganizationCatalogue catalogue)
    {
        this.catalogue = catalogue;
        var cues = string.Join('|', catalogue.Cues.Select(c => c.Word).OrderByDescending(w => w.Length)
            .Select(w => $"[{char.ToUpperInvariant(w[0])}{char.ToLowerInvariant(w[0])}]{Regex.Escape(w[1..])}"));
        cueAndAcronym = new Regex(@"(?<![\p{L}])(?<name>(?<cue>" + cues + @")(?:[ \u00A0]+(?!et[ \u00A0]+(?:le|la|les|l['’]|un|une)\b)[\p{L}\p{N}'’\-]+){0,10}?)[ \u00A0]*\((?<acr>" + Acronym + @")\)",
            RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
    }

    /// <summary>An acronym, possibly with its region ("ARIA Hauts-de-France").</summary>
    private const string Acronym = @"[\p{Lu}][\p{L}\p{N}+\-]{1,12}(?:[ \u00A0][\p{Lu}][\p{L}\-]+)?";

    public IEnumerable<OrganizationMention> Find(string text)
    {
        // Both patterns end at a bracketed acronym, and their names hold only letters, digits, spaces
        // and a few signs: each is searched in the stretch of text before a bracket that holds
        // nothing else (searched in whole lines, they cost a fifth of the organisations' time).
        foreach (var (start, length) in StretchesBeforeBrackets(text))
        {
            for (var match = cueAndAcronym.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                var cue = catalogue.Cues.First(c => string.Equals(c.Word, match.Groups["cue"].Value, StringComparison.OrdinalIgnoreCase));
                var name = match.Groups["name"].Value;
                yield return new OrganizationMention(char.ToUpperInvariant(name[0]) + name[1..], match.Groups["acr"].Value, cue.Category, match.Index, match.Length);
            }
        }
        foreach (var (start, length) in StretchesBeforeBrackets(text))
        {
            for (var match = NameAndAcronym().Match(text, start, length); match.Success; match = match.NextMatch())
            {
                var name = match.Groups["name"].Value;
                var acronym = match.Groups["acr"].Value;
                var cue = catalogue.CueIn(name);
                if (cue is null && catalogue.Find(name) is null && catalogue.Find(acronym) is null)
                    continue;
                yield return new OrganizationMention(name, acronym, cue?.Category, match.Index, match.Length);
            }
        }
    }

    // For each bracket closed on its line: from the character after the last one before it that no
    // name holds (a comma, a line end, another bracket...) to the closing bracket. A stretch starts
    // after a character that is not a letter, as both patterns' names must.
    private static IEnumerable<(int Start, int Length)> StretchesBeforeBrackets(string text)
    {
        var close = -1;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // Brackets opened one after the other before one closing share it: found once, not once each.
            if (close <= open)
                close = text.IndexOfAny(CloseOrLineEnd, open + 1);
            if (close < 0)
                yield break;
            // Not closed on its line: none after it on that line is either (one scan a line, however many brackets).
            if (text[close] != ')')
            {
                open = close;
                continue;
            }
            // Only the last bracket opened before the closing one can hold the acronym.
            var next = text.IndexOf('(', open + 1, close - open - 1);
            if (next >= 0)
            {
                open = next - 1;
                continue;
            }
            var start = open;
            while (start > 0 && IsNameCharacter(text[start - 1]))
                start--;
            yield return (start, close + 1 - start);
        }
    }

    private static readonly char[] CloseOrLineEnd = [')', '\n'];

    // What a name of either pattern may hold: letters, digits, spaces, apostrophes, hyphens and dashes, "+", ".".
    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || char.IsNumber(c) || c is ' ' or '\u00A0' or '\'' or '’' or '-' or '–' or '+' or '.';

    [GeneratedRegex(@"(?<name>" + ProperName.Pattern + @"(?:[ \u00A0]+et[ \u00A0]+" + ProperName.Pattern + @")?)[ \u00A0]*\((?<acr>" + Acronym + @")\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndAcronym();
}
