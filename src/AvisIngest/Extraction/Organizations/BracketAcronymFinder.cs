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
        // Neither pattern crosses a line end, and both end at a bracket: only the lines holding one
        // are searched (the whole text cost a third of the organisations' time).
        foreach (var (start, length) in LinesWithBracket(text))
        {
            for (var match = cueAndAcronym.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                var cue = catalogue.Cues.First(c => string.Equals(c.Word, match.Groups["cue"].Value, StringComparison.OrdinalIgnoreCase));
                var name = match.Groups["name"].Value;
                yield return new OrganizationMention(char.ToUpperInvariant(name[0]) + name[1..], match.Groups["acr"].Value, cue.Category, match.Index, match.Length);
            }
        }
        foreach (var (start, length) in LinesWithBracket(text))
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

    // The start and length of each line that holds an opening bracket.
    private static IEnumerable<(int Start, int Length)> LinesWithBracket(string text)
    {
        var bracket = text.IndexOf('(');
        while (bracket >= 0)
        {
            var start = text.LastIndexOf('\n', bracket) + 1;
            var end = text.IndexOf('\n', bracket);
            end = end < 0 ? text.Length : end;
            yield return (start, end - start);
            bracket = end < text.Length ? text.IndexOf('(', end) : -1;
        }
    }

    [GeneratedRegex(@"(?<name>" + ProperName.Pattern + @"(?:[ \u00A0]+et[ \u00A0]+" + ProperName.Pattern + @")?)[ \u00A0]*\((?<acr>" + Acronym + @")\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndAcronym();
}
