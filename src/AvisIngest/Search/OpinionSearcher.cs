using AvisIngest.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace AvisIngest.Search;

/// <summary>
/// Searches the sections' text (BM25), groups the matching sections by opinion (an opinion scores as
/// its best section), counts opinions by campus, year, outcome and matched section kind, and builds
/// a snippet for each matched section of the page of opinions returned.
/// </summary>
public sealed class OpinionSearcher(IndexReader reader)
{
    private readonly IndexSearcher searcher = new(reader) { Similarity = new BM25Similarity() };
    private readonly SnippetBuilder snippets = new(new FrenchSearchAnalyzer(), new SnippetOptions());

    public SearchResults Search(SearchRequest request)
    {
        var parsed = FrenchQueryParser.Parse(request.Query);
        var query = new BooleanQuery
        {
            { new TermQuery(new Term(IndexFields.Type, IndexFields.SectionType)), Occur.MUST },
            { parsed, Occur.MUST },
        };
        AddFilter(query, IndexFields.Campus, request.Campus is null ? null : OpinionDocuments.CampusKey(request.Campus));
        AddFilter(query, IndexFields.Year, request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddFilter(query, IndexFields.Kind, request.Section?.ToLowerInvariant());
        AddFilter(query, IndexFields.Outcome, request.Outcome?.ToLowerInvariant());

        var collector = new GroupingCollector();
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException("requête trop large : un joker couvre trop de mots, précisez le début du mot", e);
        }

        var ranked = collector.Opinions.Values.OrderByDescending(o => o.Score).ThenBy(o => o.Id, StringComparer.Ordinal).ToList();
        var matcher = new QueryTermMatcher(parsed);
        var hits = ranked
            .Skip((Math.Max(1, request.Page) - 1) * request.PageSize)
            .Take(request.PageSize)
            .Select(o => ToHit(o, matcher))
            .ToList();
        return new SearchResults(ranked.Count, hits, collector.Facets());
    }

    private SearchHit ToHit(OpinionGroup group, QueryTermMatcher matcher)
    {
        var sections = group.Sections.OrderByDescending(s => s.Score).ThenBy(s => s.Doc)
            .Select(s => new SectionSnippet(s.Kind, snippets.Build(searcher.Doc(s.Doc).Get(IndexFields.Text), matcher)))
            .ToList();
        var date = searcher.Doc(group.Sections[0].Doc).Get(IndexFields.Date);
        return new SearchHit(group.Id, group.Campus, date, group.Outcome, group.Score, sections);
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
    }

    private sealed record SectionMatch(int Doc, string Kind, float Score);

    private sealed class OpinionGroup(string id, string? campus, string? year, string? outcome)
    {
        public string Id => id;
        public string? Campus => campus;
        public string? Year => year;
        public string? Outcome => outcome;
        public float Score { get; set; }
        public List<SectionMatch> Sections { get; } = [];
    }

    /// <summary>Collects every matching section with its opinion's values, read from doc values (no stored field).</summary>
    private sealed class GroupingCollector : ICollector
    {
        private Scorer? scorer;
        private int docBase;
        private SortedDocValues? ids, kinds, campuses, years, outcomes;

        public Dictionary<string, OpinionGroup> Opinions { get; } = new(StringComparer.Ordinal);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            var reader = context.AtomicReader;
            ids = reader.GetSortedDocValues(IndexFields.Id);
            kinds = reader.GetSortedDocValues(IndexFields.Kind);
            campuses = reader.GetSortedDocValues(IndexFields.CampusDisplay);
            years = reader.GetSortedDocValues(IndexFields.Year);
            outcomes = reader.GetSortedDocValues(IndexFields.Outcome);
        }

        public void Collect(int doc)
        {
            var id = Value(ids, doc)!;
            var score = scorer!.GetScore();
            if (!Opinions.TryGetValue(id, out var group))
            {
                group = new OpinionGroup(id, Value(campuses, doc), Value(years, doc), Value(outcomes, doc));
                Opinions[id] = group;
            }
            group.Score = Math.Max(group.Score, score);
            group.Sections.Add(new SectionMatch(docBase + doc, Value(kinds, doc) ?? "other", score));
        }

        public SearchFacets Facets() => new(
            Count(Opinions.Values.Select(o => o.Campus)),
            Count(Opinions.Values.Select(o => o.Year)),
            Count(Opinions.Values.Select(o => o.Outcome)),
            Count(Opinions.Values.SelectMany(o => o.Sections.Select(s => s.Kind).Distinct())));

        private static Dictionary<string, int> Count(IEnumerable<string?> values) =>
            values.OfType<string>().GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Count());

        private static string? Value(SortedDocValues? values, int doc)
        {
            if (values is null)
                return null;
            var ord = values.GetOrd(doc);
            if (ord < 0)
                return null;
            var bytes = new BytesRef();
            values.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }
    }
}
