using System.Text;
using System.Text.RegularExpressions;
using AvisIngest.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AvisIngest.Search;

/// <summary>Options of <see cref="SnippetBuilder"/>.</summary>
public sealed record SnippetOptions
{
    public int MaxLength { get; init; } = 260;

    /// <summary>Written around each matched word; the CLI and the web page turn them into bold or &lt;mark&gt;.</summary>
    public string Open { get; init; } = "**";

    public string Close { get; init; } = "**";
}

/// <summary>
/// The sentence of a section where the query matched, with the matched words marked. Matches are
/// found by analysing the section's text with the index's analyser, so "hydrogene" marks
/// "hydrogène" and "énergies" marks "énergie" (Lucene.Net.Highlighter is not available here).
/// </summary>
public sealed partial class SnippetBuilder(Analyzer analyzer, SnippetOptions options)
{
    public string Build(string text, QueryTermMatcher matcher)
    {
        var sentences = Sentences(text);
        var matches = MatchedSpans(text, sentences, matcher);
        var sentence = sentences
            .Select(s => (Span: s, Hits: matches.Count(m => m.Start >= s.Start && m.End <= s.End)))
            .OrderByDescending(s => s.Hits)
            .ThenBy(s => s.Span.Start)
            .First().Span;

        var start = sentence.Start;
        var end = sentence.End;
        var first = matches.FirstOrDefault(m => m.Start >= start && m.End <= end);
        if (end - start > options.MaxLength)
        {
            // Centre a long sentence on its first match.
            var anchor = first == default ? start : first.Start;
            start = Math.Max(start, Math.Min(anchor - options.MaxLength / 3, end - options.MaxLength));
            end = Math.Min(end, start + options.MaxLength);
            // Cut between words, never inside one ("…ernent").
            while (start > sentence.Start && start < anchor && !char.IsWhiteSpace(text[start - 1]))
                start++;
            var lastMatchEnd = matches.Where(m => m.Start >= start && m.End <= end).Select(m => m.End).DefaultIfEmpty(start).Max();
            while (end < sentence.End && end > lastMatchEnd && !char.IsWhiteSpace(text[end]))
                end--;
        }

        var snippet = new StringBuilder();
        if (start > sentence.Start)
            snippet.Append('…');
        var at = start;
        foreach (var match in matches.Where(m => m.Start >= start && m.End <= end))
        {
            snippet.Append(text, at, match.Start - at).Append(options.Open).Append(text, match.Start, match.End - match.Start).Append(options.Close);
            at = match.End;
        }
        snippet.Append(text, at, end - at);
        if (end < sentence.End)
            snippet.Append('…');
        return Whitespace().Replace(snippet.ToString(), " ").Trim();
    }

    /// <summary>The whole text with every matched word marked (an opinion's page shows its sections so).</summary>
    public string MarkAll(string text, QueryTermMatcher matcher)
    {
        var marked = new StringBuilder(text.Length + 64);
        var at = 0;
        foreach (var match in MatchedSpans(text, Sentences(text), matcher))
        {
            marked.Append(text, at, match.Start - at).Append(options.Open).Append(text, match.Start, match.End - match.Start).Append(options.Close);
            at = match.End;
        }
        return marked.Append(text, at, text.Length - at).ToString();
    }

    // Analysing is the costly part: only the sentences where a query term may be are analysed.
    // An acronym gives two tokens at the same place (its word and its mark): it is marked once.
    private List<(int Start, int End)> MatchedSpans(string text, IReadOnlyList<(int Start, int End)> sentences, QueryTermMatcher matcher)
    {
        var spans = new List<(int, int)>();
        foreach (var (start, end) in sentences)
        {
            if (!matcher.MayMatch(text.AsSpan(start, end - start)))
                continue;
            var sentence = text[start..end];
            using var stream = analyzer.GetTokenStream(IndexFields.Text, sentence);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (matcher.Matches(term.Buffer.AsSpan(0, term.Length)))
                {
                    var span = (start + AfterElision(sentence, offset.StartOffset, offset.EndOffset), start + offset.EndOffset);
                    if (spans.Count == 0 || spans[^1].Item2 <= span.Item1)
                        spans.Add(span);
                }
            }
            stream.End();
        }
        return spans;
    }

    // The token of "l'écoproduction" spans the article; mark the word only.
    private static int AfterElision(string text, int start, int end)
    {
        var apostrophe = text.IndexOfAny(['\'', '\u2019'], start, Math.Min(end - start, 7));
        return apostrophe > start && apostrophe < end - 1 ? apostrophe + 1 : start;
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        foreach (var boundary in SentenceEnd().EnumerateMatches(text))
        {
            if (boundary.Index > start)
                sentences.Add((start, boundary.Index));
            start = boundary.Index + boundary.Length;
        }
        if (start < text.Length || text.Length == 0)
            sentences.Add((start, text.Length));
        return sentences;
    }

    [GeneratedRegex(@"(?<=[.!?;])\s+(?=\p{Lu}|\d|«|-)|\n")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
