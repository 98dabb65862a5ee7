using System.Text.RegularExpressions;

namespace AvisIngest.Reading;

/// <summary>Options of <see cref="RunningHeaderFilter"/>.</summary>
public sealed record RunningHeaderOptions
{
    /// <summary>How many lines at the top and at the bottom of a page are looked at.</summary>
    public int EdgeLines { get; init; } = 3;

    /// <summary>Share of pages a line must appear on (digits ignored) to be a running header or footer.</summary>
    public double MinimumShare { get; init; } = 0.6;
}

/// <summary>
/// Removes running headers and footers before segmentation: lines at the top or bottom of most pages
/// that are the same but for their numbers ("CoRE Hauts-de-France – Avis 2026CE01", "Page 2/4"),
/// bare page numbers on any page, and lines ending with a page counter met again with other numbers.
/// </summary>
public sealed partial class RunningHeaderFilter(RunningHeaderOptions options)
{
    public RunningHeaderFilter() : this(new RunningHeaderOptions()) { }

    public IReadOnlyList<IReadOnlyList<string>> Filter(IReadOnlyList<IReadOnlyList<string>> pages) => Apply(pages, Removed(pages));

    /// <summary>The pages without their running headers and footers, lines of any kind read through <paramref name="textOf"/>.</summary>
    public IReadOnlyList<IReadOnlyList<T>> Filter<T>(IReadOnlyList<IReadOnlyList<T>> pages, Func<T, string> textOf) =>
        Apply(pages, Removed(pages.Select(lines => (IReadOnlyList<string>)lines.Select(textOf).ToList()).ToList()));

    // A page with nothing removed is kept as it is: a large text's lines are not copied.
    private static IReadOnlyList<IReadOnlyList<T>> Apply<T>(IReadOnlyList<IReadOnlyList<T>> pages, IReadOnlyList<HashSet<int>> removed) =>
        pages.Select((lines, p) => removed[p].Count == 0 ? lines : lines.Where((_, i) => !removed[p].Contains(i)).ToList()).ToList();

    // The lines to remove, by page.
    private List<HashSet<int>> Removed(IReadOnlyList<IReadOnlyList<string>> texts)
    {
        var edges = texts.Select(EdgesOf).ToList();
        var repeated = RepeatedEdgeLines(texts, edges);
        var counted = RepeatedPageCounterLines(texts);
        return texts.Select((lines, p) =>
        {
            var removed = edges[p].Where(i => repeated.Contains(Shape(lines[i])) || PageNumber().IsMatch(lines[i].Trim())).ToHashSet();
            if (counted.Count > 0)
                removed.UnionWith(Enumerable.Range(0, lines.Count).Where(i => HasPageCounterAtEnd(lines[i]) && counted.Contains(Shape(lines[i]))));
            return removed;
        }).ToList();
    }

    // "Avis n° 2021-5163 rendu le 15 mars 2021 … 2/12": a line ending with a page counter, met again
    // with other numbers, is a running header wherever it stands; a text extracted without its page
    // breaks keeps them in the middle of its paragraphs.
    private static HashSet<string> RepeatedPageCounterLines(IReadOnlyList<IReadOnlyList<string>> pages) =>
        pages.SelectMany(lines => lines).Where(line => HasPageCounterAtEnd(line) && line.Trim().Length <= 200)
            .GroupBy(line => Shape(line)).Where(g => g.Distinct().Count() >= 2).Select(g => g.Key).ToHashSet();

    private HashSet<string> RepeatedEdgeLines(IReadOnlyList<IReadOnlyList<string>> pages, IReadOnlyList<HashSet<int>> edges)
    {
        if (pages.Count < 2)
            return [];
        var counts = new Dictionary<string, int>();
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var shape in edges[p].Select(i => Shape(pages[p][i])).ToHashSet())
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }
        var needed = Math.Max(2, (int)Math.Ceiling(options.MinimumShare * pages.Count));
        return counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet();
    }

    // The first and last non-blank lines of a page, computed once per page (a text without page
    // breaks is one page of perhaps a million lines).
    private HashSet<int> EdgesOf(IReadOnlyList<string> lines)
    {
        var nonBlank = Enumerable.Range(0, lines.Count).Where(i => !string.IsNullOrWhiteSpace(lines[i])).ToList();
        return nonBlank.Take(options.EdgeLines).Concat(nonBlank.Skip(Math.Max(0, nonBlank.Count - options.EdgeLines))).ToHashSet();
    }

    // The slash first: the pattern, tried from every character of every line, was a tenth of reading a text.
    private static bool HasPageCounterAtEnd(string line) => line.Contains('/') && PageCounterAtEnd().IsMatch(line);

    private static string Shape(string line) => Digits().Replace(line.Trim(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\S\s+\d{1,3}\s*/\s*\d{1,3}\s*$")]
    private static partial Regex PageCounterAtEnd();

    [GeneratedRegex(@"^(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
