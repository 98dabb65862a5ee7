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
public sealed class OpinionSearcher
{
    private readonly IndexSearcher searcher;
    private readonly SnippetBuilder snippets = new(new FrenchSearchAnalyzer(), new SnippetOptions());
    private readonly Dictionary<object, FixedBitSet> opinionDocs = [];

    public OpinionSearcher(IndexReader reader)
    {
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        // Each opinion is written as a block: its opinion document, then its sections. Marking the
        // opinion documents tells, for any section, where its opinion's block ends (block join).
        var opinions = new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType));
        var weight = searcher.CreateNormalizedWeight(opinions);
        foreach (var leaf in reader.Leaves)
        {
            var bits = new FixedBitSet(leaf.AtomicReader.MaxDoc);
            var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
            if (scorer is not null)
            {
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc())
                    bits.Set(doc);
            }
            opinionDocs[leaf.AtomicReader.CoreCacheKey] = bits;
        }
    }

    public SearchResults Search(SearchRequest request)
    {
        var parsed = FrenchQueryParser.Parse(request.Query);
        var query = SectionQuery(parsed, request);

        var wanted = Math.Max(1, request.Page) * request.PageSize;
        var collector = new GroupingCollector(wanted, opinionDocs);
        try
        {
            searcher.Search(query, collector);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw new QuerySyntaxException("requête trop large : un joker couvre trop de mots, précisez le début du mot", e);
        }

        var matcher = new QueryTermMatcher(parsed);
        var hits = collector.Top()
            .Skip((Math.Max(1, request.Page) - 1) * request.PageSize)
            .Select(o => ToHit(o, matcher))
            .ToList();
        return new SearchResults(collector.Total, hits, collector.Facets());
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
        var collector = new OpinionDocCollector(opinionDocs);
        searcher.Search(query, collector);
        return collector.Docs;
    }

    /// <summary>The record stored for an opinion document.</summary>
    public Records.OpinionRecord RecordAt(int opinionDoc) => Records.RecordJson.Deserialize(searcher.Doc(opinionDoc).Get(IndexFields.Record));

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
    private sealed class OpinionDocCollector(IReadOnlyDictionary<object, FixedBitSet> opinionDocs) : ICollector
    {
        private FixedBitSet? blocks;
        private int docBase;

        public List<int> Docs { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            docBase = context.DocBase;
            blocks = opinionDocs[context.AtomicReader.CoreCacheKey];
        }

        public void Collect(int doc)
        {
            var opinion = docBase + (blocks!.Get(doc) ? doc : blocks.PrevSetBit(doc));
            if (Docs.Count == 0 || Docs[^1] != opinion)
                Docs.Add(opinion);
        }
    }

    private SearchHit ToHit(OpinionGroup group, QueryTermMatcher matcher)
    {
        var sections = group.Sections.OrderByDescending(s => s.Score).ThenBy(s => s.Doc)
            .Select(s => new SectionSnippet(s.Kind, snippets.Build(searcher.Doc(s.Doc).Get(IndexFields.Text), matcher)))
            .ToList();
        var date = searcher.Doc(group.OpinionDoc).Get(IndexFields.Date);
        return new SearchHit(group.Id, group.Campus, date, group.Outcome, group.Score, sections);
    }

    private static void AddFilter(BooleanQuery query, string field, string? value)
    {
        if (value is not null)
            query.Add(new TermQuery(new Term(field, value)), Occur.MUST);
    }

    private sealed record SectionMatch(int Doc, string Kind, float Score);

    private sealed record OpinionGroup(string Id, string? Campus, string? Year, string? Outcome, float Score, int OpinionDoc, IReadOnlyList<SectionMatch> Sections);

    /// <summary>
    /// Groups matching sections by opinion as they stream in, in document order. A section belongs to
    /// the last opinion document before it, so a hit past the current opinion's block starts the next
    /// opinion: no per-hit id lookup. Counts are kept by ordinal and only the best opinions are
    /// resolved to strings, so that a query matching every opinion stays cheap.
    /// </summary>
    private sealed class GroupingCollector(int wanted, IReadOnlyDictionary<object, FixedBitSet> opinionDocs) : ICollector
    {
        private static readonly string[] KindCodes = Enum.GetValues<Records.SectionKind>().Select(k => Records.RecordCodes.Of(k)).ToArray();

        private readonly PriorityQueue<OpinionGroup, (float Score, int Doc)> best = new(Comparer<(float Score, int Doc)>.Create(
            (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : b.Doc.CompareTo(a.Doc)));
        private readonly Dictionary<string, int> campusCounts = new(StringComparer.Ordinal), yearCounts = new(StringComparer.Ordinal), outcomeCounts = new(StringComparer.Ordinal);
        private readonly int[] kindCounts = new int[KindCodes.Length];
        private readonly List<(int Doc, int Kind, float Score)> current = [];

        private Scorer? scorer;
        private int docBase, maxDoc;
        private FixedBitSet? blocks;
        private SortedDocValues? ids, kinds, campuses, years, outcomes;
        private int[] kindOfOrd = [];
        private int[] segmentCampus = [], segmentYear = [], segmentOutcome = [];
        private int currentOpinion = -1, currentBlockEnd = -1, currentMask;
        private float currentScore;

        public int Total { get; private set; }

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context)
        {
            FinishSegment();
            docBase = context.DocBase;
            var reader = context.AtomicReader;
            maxDoc = reader.MaxDoc;
            blocks = opinionDocs[reader.CoreCacheKey];
            ids = reader.GetSortedDocValues(IndexFields.Id);
            kinds = reader.GetSortedDocValues(IndexFields.Kind);
            campuses = reader.GetSortedDocValues(IndexFields.CampusDisplay);
            years = reader.GetSortedDocValues(IndexFields.Year);
            outcomes = reader.GetSortedDocValues(IndexFields.Outcome);
            kindOfOrd = Enumerable.Range(0, kinds?.ValueCount ?? 0)
                .Select(ord => Array.IndexOf(KindCodes, Lookup(kinds, ord)))
                .Select(k => k < 0 ? KindCodes.Length - 1 : k)
                .ToArray();
            segmentCampus = new int[(campuses?.ValueCount ?? 0) + 1];
            segmentYear = new int[(years?.ValueCount ?? 0) + 1];
            segmentOutcome = new int[(outcomes?.ValueCount ?? 0) + 1];
        }

        public void Collect(int doc)
        {
            if (doc > currentBlockEnd)
            {
                CloseOpinion();
                currentOpinion = blocks!.PrevSetBit(doc);
                var next = doc + 1 < maxDoc ? blocks.NextSetBit(doc + 1) : -1;
                currentBlockEnd = next < 0 ? maxDoc - 1 : next - 1;
                currentScore = float.MinValue;
                currentMask = 0;
            }
            var score = scorer!.GetScore();
            var kind = kinds is null ? KindCodes.Length - 1 : kindOfOrd[kinds.GetOrd(doc)];
            currentScore = Math.Max(currentScore, score);
            currentMask |= 1 << kind;
            current.Add((docBase + doc, kind, score));
        }

        /// <summary>The best opinions, best first (ties: index order).</summary>
        public IReadOnlyList<OpinionGroup> Top()
        {
            FinishSegment();
            var top = new List<OpinionGroup>(best.Count);
            while (best.TryDequeue(out var group, out _))
                top.Add(group);
            top.Reverse();
            return top;
        }

        public SearchFacets Facets()
        {
            FinishSegment();
            return new SearchFacets(
                Sorted(campusCounts),
                Sorted(yearCounts),
                Sorted(outcomeCounts),
                Sorted(KindCodes.Select((code, i) => (code, kindCounts[i])).Where(k => k.Item2 > 0).ToDictionary(k => k.code, k => k.Item2)));
        }

        private void CloseOpinion()
        {
            if (current.Count == 0)
                return;
            // Filter values are on every document of the block: read them from the opinion document.
            var opinion = Math.Max(currentOpinion, 0);
            Total++;
            segmentCampus[campuses is null ? 0 : campuses.GetOrd(opinion) + 1]++;
            segmentYear[years is null ? 0 : years.GetOrd(opinion) + 1]++;
            segmentOutcome[outcomes is null ? 0 : outcomes.GetOrd(opinion) + 1]++;
            for (var k = 0; k < kindCounts.Length; k++)
            {
                if ((currentMask & (1 << k)) != 0)
                    kindCounts[k]++;
            }
            var key = (currentScore, docBase + opinion);
            if (best.Count < wanted || (best.TryPeek(out _, out var worst) && best.Comparer.Compare(key, worst) > 0))
            {
                var group = new OpinionGroup(
                    Lookup(ids, ids?.GetOrd(opinion) ?? -1)!,
                    Lookup(campuses, campuses?.GetOrd(opinion) ?? -1),
                    Lookup(years, years?.GetOrd(opinion) ?? -1),
                    Lookup(outcomes, outcomes?.GetOrd(opinion) ?? -1),
                    currentScore,
                    docBase + opinion,
                    current.Select(c => new SectionMatch(c.Doc, KindCodes[c.Kind], c.Score)).ToList());
                if (best.Count >= wanted)
                    best.Dequeue();
                best.Enqueue(group, key);
            }
            current.Clear();
        }

        // Per-segment counts by ordinal become counts by value once, at the segment's end.
        private void FinishSegment()
        {
            CloseOpinion();
            currentBlockEnd = -1;
            AddCounts(campusCounts, campuses, segmentCampus);
            AddCounts(yearCounts, years, segmentYear);
            AddCounts(outcomeCounts, outcomes, segmentOutcome);
            segmentCampus = segmentYear = segmentOutcome = [];
        }

        private static void AddCounts(Dictionary<string, int> counts, SortedDocValues? values, int[] byOrd)
        {
            for (var ord = 0; ord + 1 < byOrd.Length; ord++)
            {
                if (byOrd[ord + 1] > 0 && Lookup(values, ord) is { } value)
                    counts[value] = counts.GetValueOrDefault(value) + byOrd[ord + 1];
            }
        }

        private static Dictionary<string, int> Sorted(Dictionary<string, int> counts) =>
            counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value);

        private static string? Lookup(SortedDocValues? values, int ord)
        {
            if (values is null || ord < 0)
                return null;
            var bytes = new BytesRef();
            values.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }
    }
}
