using System.Text.RegularExpressions;

namespace AvisIngest.Reading.Pdf;

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
/// and bare page numbers on any page.
/// </summary>
public sealed partial class RunningHeaderFilter(RunningHeaderOptions options)
{
    public RunningHeaderFilter() : this(new RunningHeaderOptions()) { }

    public IReadOnlyList<IReadOnlyList<string>> Filter(IReadOnlyList<IReadOnlyList<string>> pages) => Filter(pages, line => line);

    /// <summary>The pages without their running headers and footers, lines of any kind read through <paramref name="textOf"/>.</summary>
    public IReadOnlyList<IReadOnlyList<T>> Filter<T>(IReadOnlyList<IReadOnlyList<T>> pages, Func<T, string> textOf)
    {
        var texts = pages.Select(lines => (IReadOnlyList<string>)lines.Select(textOf).ToList()).ToList();
        var repeated = RepeatedEdgeLines(texts);
        return pages.Select((lines, p) => (IReadOnlyList<T>)lines
            .Where((_, i) => !(IsEdge(texts[p], i) && (repeated.Contains(Shape(texts[p][i])) || PageNumber().IsMatch(texts[p][i].Trim()))))
            .ToList()).ToList();
    }

    private HashSet<string> RepeatedEdgeLines(IReadOnlyList<IReadOnlyList<string>> pages)
    {
        if (pages.Count < 2)
            return [];
        var counts = new Dictionary<string, int>();
        foreach (var lines in pages)
        {
            var shapes = lines.Select((line, i) => (line, i)).Where(x => IsEdge(lines, x.i) && x.line.Trim().Length > 0).Select(x => Shape(x.line)).ToHashSet();
            foreach (var shape in shapes)
                counts[shape] = counts.GetValueOrDefault(shape) + 1;
        }
        var needed = Math.Max(2, (int)Math.Ceiling(options.MinimumShare * pages.Count));
        return counts.Where(c => c.Value >= needed).Select(c => c.Key).ToHashSet();
    }

    private bool IsEdge(IReadOnlyList<string> lines, int index)
    {
        var nonBlank = lines.Select((l, i) => (l, i)).Where(x => x.l.Trim().Length > 0).Select(x => x.i).ToList();
        var position = nonBlank.IndexOf(index);
        return position >= 0 && (position < options.EdgeLines || position >= nonBlank.Count - options.EdgeLines);
    }

    private static string Shape(string line) => Digits().Replace(line.Trim(), "#");

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^(?:-\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:/|sur)\s*\d{1,4})?(?:\s*-)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
