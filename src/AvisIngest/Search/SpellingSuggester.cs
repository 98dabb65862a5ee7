using System.Text.RegularExpressions;
using AvisIngest.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// "Vouliez-vous dire « hydrogène » ?": each word of a query that the index does not hold is replaced
/// by the nearest word it does hold (Lucene's fuzzy term enumeration, within one or two edits; the
/// most frequent among the nearest), written as the documents write it (read from a snippet).
/// </summary>
public sealed partial class SpellingSuggester(IndexReader reader, SnippetBuilder snippets)
{
    private readonly IndexSearcher searcher = new(reader);
    private readonly FrenchSearchAnalyzer analyzer = new(forQuery: true);

    /// <summary>The query with its unknown words corrected, or null when no word could be.</summary>
    public string? Suggest(string query)
    {
        var changed = false;
        var corrected = Word().Replace(query, word =>
        {
            var terms = analyzer.Terms(word.Value);
            if (terms.Count != 1 || reader.DocFreq(new Term(IndexFields.Text, terms[0])) > 0)
                return word.Value;
            if (Nearest(terms[0]) is not { } nearest)
                return word.Value;
            // An acronym the index lacks, whose word it holds: the same word in lower case.
            var surface = nearest.Text == terms[0].TrimStart(AcronymFilter.Mark) ? word.Value.ToLowerInvariant() : SurfaceOf(nearest);
            if (surface is null)
                return word.Value;
            changed = true;
            return surface;
        });
        return changed ? corrected : null;
    }

    // The nearest indexed term: the most similar, then the most frequent. An acronym the index does
    // not hold, but whose word it does ("NUM", "numérique"), suggests the word in lower case.
    private Term? Nearest(string text)
    {
        var bare = text.TrimStart(AcronymFilter.Mark);
        if (bare.Length != text.Length && reader.DocFreq(new Term(IndexFields.Text, bare)) > 0)
            return new Term(IndexFields.Text, bare);
        if (bare.Length < 3)
            return null;
        var fuzzy = new FuzzyQuery(new Term(IndexFields.Text, text), bare.Length <= 4 ? 1 : 2);
        if (fuzzy.Rewrite(reader) is not BooleanQuery candidates)
            return null;
        return candidates.Clauses.Select(c => c.Query).OfType<TermQuery>()
            .OrderByDescending(t => t.Boost).ThenByDescending(t => reader.DocFreq(t.Term)).ThenBy(t => t.Term.Text, StringComparer.Ordinal)
            .Select(t => t.Term).FirstOrDefault();
    }

    // How a document writes the term: the first word a snippet marks for it, in lower case unless an acronym.
    private string? SurfaceOf(Term term)
    {
        var top = searcher.Search(new TermQuery(term), 1);
        if (top.TotalHits == 0)
            return null;
        var snippet = snippets.Build(DisplayValues.SectionText(reader, top.ScoreDocs[0].Doc), new QueryTermMatcher(new TermQuery(term)));
        var marked = Marked().Match(snippet);
        if (!marked.Success)
            return null;
        var word = marked.Groups[1].Value;
        return AcronymFilter.IsAcronym(word) ? word : word.ToLowerInvariant();
    }

    [GeneratedRegex(@"[\p{L}\p{N}'’-]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Marked();
}
