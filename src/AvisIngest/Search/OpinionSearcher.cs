using AvisIngest.Indexing;
using AvisIngest.Records;
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
public sealed class OpinionSearcher
{
    // Below this many documents (~20,000 opinions) a query is grouped in about a millisecond: handing
    // slices to other threads would cost about as much, and a busy server has no idle core anyway.
    private const int ParallelFrom = 200_000;

    // Stored fields read for a hit: an opinion document also stores its whole record.
    private static readonly ISet<string> TextField = new HashSet<string> { IndexFields.Text }, DateField = new HashSet<string> { IndexFields.Date };

    private readonly IndexSearcher searcher;
    private readonly SnippetBuilder snippets = new(new FrenchSearchAnalyzer(), new SnippetOptions());

    public OpinionSearcher(IndexReader reader)
    {
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        // Where each segment's opinion blocks start: found here rather than by the first query.
        foreach (var leaf in reader.Leaves)
            SegmentBlocks.Of(leaf.AtomicReader);
    }

    public SearchResults Search(SearchRequest request)
    {
        var parsed = FrenchQueryParser.Parse(request.Query);
        var wanted = Math.Max(1, request.Page) * request.PageSize;
        var groups = Group(SectionQuery(parsed, request), wanted);

        var matcher = new QueryTermMatcher(parsed);
        var page = groups.Top.Skip((Math.Max(1, request.Page) - 1) * request.PageSize).ToList();
        var hits = new SearchHit[page.Count];
        Parallel.For(0, page.Count, i => hits[i] = ToHit(page[i], matcher));
        return new SearchResults(groups.Total, hits, groups.Facets());
    }

    /// <summary>
    /// The opinion documents selected by the request, in index order: those with a section matching
    /// the query, or all of them when the query is empty, within the filters. For exports.
    /// </summary>
    public IReadOnlyList<int> OpinionDocs(SearchRequest request)
    {
        Query query;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            var opinions = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Occur.MUST } };
            AddFilters(opinions, request with { Section = null });
            query = opinions;
        }
        else
        {
            query = SectionQuery(FrenchQueryParser.Parse(request.Query), request);
        }
        var collector = new OpinionDocCollector();
        searcher.Search(query, collector);
        return collector.Docs;
    }

    /// <summary>The record stored for an opinion document.</summary>
    public OpinionRecord RecordAt(int opinionDoc) => RecordJson.Deserialize(searcher.Doc(opinionDoc).Get(IndexFields.Record));

    // Only section documents have text: the parsed query alone keeps to sections.
    private static BooleanQuery SectionQuery(Query parsed, SearchRequest request)
    {
        var query = new BooleanQuery { { parsed, Occur.MUST } };
        AddFilters(query, request);
        return query;
    }

    private static void AddFilters(BooleanQuery query, SearchRequest request)
    {
        AddFilter(query, IndexFields.Campus, request.Campus is null ? null : OpinionDocuments.CampusKey(request.Campus));
        AddFilter(query, IndexFields.Year, request.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddFilter(query, IndexFields.Kind, request.Section?.ToLowerInvariant());
        AddFilter(query, IndexFields.Outcome, request.Outcome?.ToLowerInvariant());
    }

    /// <summary>Collects, in order, each matching opinion document, or the opinion document of each matching section.</summary>
    private sealed class OpinionDocCollector : ICollector
    {
        private SegmentBlocks? blocks;
        private int docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            blocks = SegmentBlocks.Of(context.AtomicReader);
        }

        public void Collect(int doc)
        {
            var opinion = docBase + blocks!.OpinionOf(doc);
            if (Docs.Count == 0 || Docs[^1] != opinion)
                Docs.Add(opinion);
        }
    }

    /// <summary>
    /// Groups the sections matching the query by opinion. The segments are split into one slice per
    /// core, each grouped on its own thread (an opinion's block never spans two segments), and the
    /// slices' groups merged: a query matching every opinion visits hundreds of thousands of sections.
    /// </summary>
    private OpinionGroups Group(Query query, int wanted)
    {
        Weight weight;
        try
        {
            weight = searcher.CreateNormalizedWeight(query);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException("requête trop large : un joker couvre trop de mots, précisez le début du mot", e);
        }
        var slices = Slices(searcher.IndexReader.Leaves, searcher.IndexReader.MaxDoc >= ParallelFrom ? Environment.ProcessorCount : 1);
        var groups = new OpinionGroups[slices.Count];
        Parallel.For(0, slices.Count, i =>
        {
            var collector = new GroupingCollector(wanted);
            foreach (var leaf in slices[i])
            {
                collector.SetNextReader(leaf);
                weight.GetBulkScorer(leaf, scoreDocsInOrder: true, leaf.AtomicReader.LiveDocs)?.Score(collector);
            }
            groups[i] = collector.Result();
        });
        return OpinionGroups.Merge(groups, wanted);
    }

    // Segments dealt largest first to the lightest slice, so that slices hold about as many documents.
    private static List<List<AtomicReaderContext>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var slices = Enumerable.Range(0, Math.Max(1, Math.Min(count, leaves.Count))).Select(_ => (Docs: 0L, Leaves: new List<AtomicReaderContext>())).ToList();
        foreach (var leaf in leaves.OrderByDescending(l => l.AtomicReader.MaxDoc))
        {
            var lightest = slices.MinBy(s => s.Docs);
            var index = slices.IndexOf(lightest);
            lightest.Leaves.Add(leaf);
            slices[index] = (lightest.Docs + leaf.AtomicReader.MaxDoc, lightest.Leaves);
        }
        // Each slice walks its segments in index order: the grouping relies on documents coming in order.
        return slices.Select(s => s.Leaves.OrderBy(l => l.DocBase).ToList()).ToList();
    }

    private SearchHit ToHit(OpinionGroup group, QueryTermMatcher matcher)
    {
        var sections = group.Sections.OrderByDescending(s => s.Score).ThenBy(s => s.Doc)
            .Select(s => new SectionSnippet(s.Kind, snippets.Build(searcher.Doc(s.Doc, TextField).Get(IndexFields.Text), matcher)))
            .ToList();
        var date = searcher.Doc(group.OpinionDoc, DateField).Get(IndexFields.Date);
        return new SearchHit(group.Id, group.Campus, date, group.Outcome, group.Score, sections);
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
    }
}
