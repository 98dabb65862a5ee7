using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations.Candidates;

/// <summary>A proper name of the text, with what the candidate classifier sees of it.</summary>
public sealed record OrganizationCandidate(string Name, int Index, int Length, float[] Features)
{
    public OrganizationMention ToMention() => new(Name, null, null, Index, Length);
}

/// <summary>
/// Every proper name and capitalised acronym of a text, each with its form
/// (words, capitals, digits, a cue word inside), the words around it (an article, a preposition of
/// place, "avec", a coordination, a person's title before; a bracket or punctuation after), and how
/// the text uses it (a first word written elsewhere in lower case is a common word; a name
/// repeated). The classifier learns from all of them and decides those no finder took.
/// </summary>
public sealed partial class OrganizationCandidateFinder(OrganizationCatalogue catalogue)
{
    public const int FeatureCount = 26;

    /// <summary>
    /// Every proper name of the text, the ones the rules found included (the classifier learns from
    /// both); with <paramref name="wanted"/>, only those it accepts (name, index, length), whose
    /// features alone are computed.
    /// </summary>
    public IEnumerable<OrganizationCandidate> Find(string text, Func<string, int, int, bool>? wanted = null)
    {
        var lowerWords = new HashSet<string>(StringComparer.Ordinal);
        var lowerWordSpans = lowerWords.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var match in LowerWord().EnumerateMatches(text))
            lowerWordSpans.Add(text.AsSpan(match.Index, match.Length));
        // The names' places are kept, not their strings: a long text's names held as strings (or in a
        // MatchCollection, which keeps every match) cost more memory than its text.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var spans = new List<(int Index, int Length)>();
        foreach (var match in Candidate().EnumerateMatches(text))
        {
            if (NameAt(text, match.Index, match.Length) is { } name)
            {
                counts[name] = counts.GetValueOrDefault(name) + 1;
                spans.Add((match.Index, match.Length));
            }
        }
        foreach (var (index, length) in spans)
        {
            var name = NameAt(text, index, length)!;
            if (wanted is null || wanted(name, index, name.Length))
                yield return new OrganizationCandidate(name, index, name.Length, Features(text, name, index, name.Length, lowerWords, counts[name]));
        }
    }

    // The name a match reads, without a closing full stop or space; null when it is no name.
    private static string? NameAt(string text, int index, int length)
    {
        var name = text.Substring(index, length).TrimEnd('.', ' ');
        return name.Length < 2 || !name.Any(char.IsLetter) ? null : name;
    }

    private float[] Features(string text, string name, int index, int length, HashSet<string> lowerWords, int count)
    {
        var words = name.Split([' ', '\u00A0', '-'], StringSplitOptions.RemoveEmptyEntries);
        var before = text[Math.Max(0, index - 40)..index];
        var previous = PreviousWords().Match(before);
        var p1 = previous.Groups["w1"].Value.ToLowerInvariant();
        var p2 = previous.Groups["w2"].Value.ToLowerInvariant();
        var after = text[(index + length)..Math.Min(text.Length, index + length + 3)].TrimStart(' ', '\u00A0');
        var letters = name.Where(char.IsLetter).ToList();
        var first = words[0].TrimEnd('\'', '’');
        var f = new float[FeatureCount];
        f[0] = words.Length / 5f;
        f[1] = name.Length / 30f;
        f[2] = Flag(letters.Count >= 2 && letters.All(char.IsUpper));
        f[3] = Flag(name.Any(char.IsDigit));
        f[4] = Flag(name.Contains('-'));
        f[5] = words.Count(w => char.IsUpper(w[0])) / (float)words.Length;
        f[6] = Flag(SentenceStart().IsMatch(before));
        f[7] = Flag(before.TrimEnd().EndsWith(':'));
        f[8] = Flag(p1 is "le" or "la" or "les" or "l'" or "l’");
        f[9] = Flag(p1 is "de" or "du" or "des" or "d'" or "d’");
        f[10] = Flag(p1 is "à" or "au" or "aux" or "en" or "sur" or "vers");
        f[11] = Flag(p1 is "avec" or "par" or "chez" or "auprès" or "pour" || p2 is "avec" or "par" or "chez" or "auprès");
        f[12] = Flag(p1 is "et" or "ou" or "," || before.TrimEnd().EndsWith(','));
        f[13] = Flag(p1 is "dont" or "comme" or "notamment" || p2 is "dont" or "comme" or "notamment" or "que");
        f[14] = Flag(after.StartsWith('('));
        f[15] = Flag(after.StartsWith(','));
        f[16] = Flag(after.StartsWith('.') || after.Length == 0);
        f[17] = Flag(Gazetteer.FrenchRegions.FindAll(name).Count > 0 || Gazetteer.Countries.FindAll(name).Count > 0);
        f[18] = Flag(lowerWords.Contains(first.ToLowerInvariant()));
        f[19] = Math.Min(count, 5) / 5f;
        f[20] = Flag(before.Contains('«') && !before.Contains('»'));
        f[21] = Flag(ProperName.PersonTitleBefore().IsMatch(before));
        f[22] = Flag(words.Length >= 2 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower)));
        f[23] = Flag(catalogue.CueIn(name) is not null);
        f[24] = Flag(catalogue.IsNotAnOrganization(name));
        f[25] = Flag(FrenchDate.FindFirst(name) is not null);
        return f;
    }

    /// <summary>
    /// Whether no mention covers any of a span (index, length): the rules did not decide it. The
    /// mentions' characters are marked once: asked of every mention, each candidate made a long
    /// text's reading quadratic (a 50 MB text ran for twenty minutes).
    /// </summary>
    public static Func<int, int, bool> Undecided(IReadOnlyList<OrganizationMention> decided)
    {
        var taken = new System.Collections.BitArray(decided.Count == 0 ? 0 : decided.Max(m => m.End));
        foreach (var mention in decided)
        {
            for (var i = mention.Index; i < mention.End; i++)
                taken[i] = true;
        }
        return (index, length) =>
        {
            for (var i = index; i < Math.Min(index + length, taken.Length); i++)
            {
                if (taken[i])
                    return false;
            }
            return true;
        };
    }

    private static float Flag(bool value) => value ? 1f : 0f;

    [GeneratedRegex(ProperName.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Candidate();

    [GeneratedRegex(@"\b\p{Ll}[\p{L}]+\b")]
    private static partial Regex LowerWord();

    [GeneratedRegex(@"(?:(?<w2>[\p{L}]+['’]?)[ \u00A0]+)?(?<w1>[\p{L}]+['’]?|,)[ \u00A0]*\z")]
    private static partial Regex PreviousWords();

    [GeneratedRegex(@"(?:^|[.!?]\s+|\n\s*)\z")]
    private static partial Regex SentenceStart();


}
