using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A naming kind in the plural, shared by complements that each name one organisation: "les conseils
/// départementaux de l'Oise et de la Somme" (the Conseil départemental de l'Oise and that of the
/// Somme), "les centres hospitaliers de Lens et d'Arras". Only the kinds of public bodies named by
/// their place, and universities: "les lycées de Lille et de Douai" are not "Lycée de Lille" (a
/// school has its own name), nor "les agences de Lille et de Douai" (a company's branches). Each
/// complement keeps its own "de", "du", "d'": a town after a bare "et" is left to the universities'
/// own reading (<see cref="CategoryListFinder"/>: "les universités de Rouen et Caen").
/// </summary>
public sealed partial class SharedKindFinder : IOrganizationMentionFinder
{
    private readonly Dictionary<string, OrganizationCue> singularOf = new(StringComparer.Ordinal);
    private readonly NameIndex plurals;

    public SharedKindFinder(OrganizationCatalogue catalogue)
    {
        foreach (var cue in catalogue.Cues.Where(c => c.InName && !c.Word.Any(char.IsUpper) && !BranchWords.Contains(c.Word)
            && c.Category is Records.OrganizationCategory.Institution or Records.OrganizationCategory.University))
        {
            var plural = PluralOf(cue.Word);
            singularOf.TryAdd(plural, cue);
            singularOf.TryAdd(char.ToUpperInvariant(plural[0]) + plural[1..], cue);
        }
        // Looked up at word starts: an alternation of every plural tried at each letter would cost
        // as the cue words once did (docs/benchmarks.md).
        plurals = new NameIndex(singularOf.Keys);
    }

    // Words a company's or a bank's branches are also called by, in the plural with their towns.
    private static readonly HashSet<string> BranchWords = new(["agence", "caisse"], StringComparer.Ordinal);

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (var (index, length) in plurals.FindAll(text))
        {
            if (Complements().Match(text, index + length) is not { Success: true } match)
                continue;
            var cue = singularOf[text.Substring(index, length)];
            var kind = char.ToUpperInvariant(cue.Word[0]) + cue.Word[1..];
            foreach (Capture item in match.Groups["item"].Captures)
            {
                var name = kind + " " + Whitespace().Replace(item.Value, " ");
                yield return new OrganizationMention(name, null, cue.Category, item.Index, item.Length);
            }
        }
    }

    /// <summary>
    /// A kind in the plural: each word up to its first complement ("chambres d'agriculture",
    /// "conseils départementaux", "centres hospitaliers").
    /// </summary>
    internal static string PluralOf(string kind)
    {
        var words = kind.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            if (Preposition().IsMatch(words[i]))
                break;
            words[i] = PluralOfWord(words[i]);
        }
        return string.Join(' ', words);
    }

    private static string PluralOfWord(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith('z') ? word
        : word.EndsWith("al", StringComparison.Ordinal) ? word[..^2] + "aux"
        : word.EndsWith("au", StringComparison.Ordinal) || word.EndsWith("eu", StringComparison.Ordinal) ? word + "x"
        : word + "s";

    [GeneratedRegex(@"^(?:de|du|des|d['’].*|à|pour|en)$", RegexOptions.CultureInvariant)]
    private static partial Regex Preposition();

    private const string Of = @"(?:de[ \u00A0]+la[ \u00A0]+|de[ \u00A0]+l['’]|du[ \u00A0]+|de[ \u00A0]+|d['’])";

    // Two complements at least, joined by commas and a last "et".
    [GeneratedRegex(@"\G[ \u00A0]+(?<item>" + Of + ProperName.Pattern + @")(?:(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+et[ \u00A0]+)(?<item>" + Of + ProperName.Pattern + "))+", RegexOptions.CultureInvariant)]
    private static partial Regex Complements();

    [GeneratedRegex(@"[ \u00A0]+")]
    private static partial Regex Whitespace();
}
