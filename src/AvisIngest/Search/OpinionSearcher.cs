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
    private readonly IndexSearcher searcher;
    private readonly OpinionSearchOptions options;
    private readonly SnippetBuilder snippets = new(new FrenchSearchAnalyzer(), new SnippetOptions());

    public OpinionSearcher(IndexReader reader, OpinionSearchOptions? options = null)
    {
        this.options = options ?? new OpinionSearchOptions();
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        // Where each segment's opinion blocks start: found here rather than by the first query.
        foreach (var leaf in reader.Leaves)
            SegmentBlocks.Of(leaf.AtomicReader);
    }

    public SearchResults Search(SearchRequest request) => Search(PreparedSearch.Of(request));

    public SearchResults Search(PreparedSearch prepared)
    {
        var request = prepared.Request;
        var (parsed, note) = WithIndex(prepared);
        if (request.Page is < 1 or > SearchRequest.MaxPage || request.PageSize is < 1 or > SearchRequest.MaxPageSize)
            throw new QuerySyntaxException($"page hors limites : de 1 à {SearchRequest.MaxPage}, et de 1 à {SearchRequest.MaxPageSize} avis par page");
        var wanted = request.Page * request.PageSize;
        OpinionGroups groups;
        try
        {
            // With an organisation filter, its counts come from the wider grouping (Facets): not counted twice.
            groups = Group(SectionQuery(parsed, request), wanted, request.Order, countOrganisations: request.OrganisationCounts > 0 && request.Organisation.Count == 0);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw FrenchQueryParser.TooComplex(e);
        }

        var matcher = new QueryTermMatcher(parsed, searcher.IndexReader);
        // One thread: with the text read from doc values a page costs a millisecond or two, less
        // than handing it to other threads on a busy server.
        var hits = groups.Top.Skip((request.Page - 1) * request.PageSize).Select(g => ToHit(g, matcher)).ToList();
        return new SearchResults(groups.Total, hits, Facets(parsed, request, groups))
        {
            Note = note,
            Suggestion = groups.Total == 0 && request.Query.Length > 0 ? Suggest(request) : null,
        };
    }

    /// <summary>Marks the request's words in any text (an opinion's sections); null when the request has no words.</summary>
    public Func<string, string>? Highlighter(SearchRequest request)
    {
        request = QueryFields.Extract(request);
        if (string.IsNullOrWhiteSpace(request.Query))
            return null;
        var matcher = new QueryTermMatcher(Parse(request).Query, searcher.IndexReader);
        return text => snippets.MarkAll(text, matcher);
    }

    /// <summary>The most recent opinions of the index, with the counts of all of them (the home page).</summary>
    public SearchResults Latest(int count)
    {
        var groups = Group(new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Math.Max(1, count), SearchOrder.Date);
        var matcher = new QueryTermMatcher(new BooleanQuery());
        return new SearchResults(groups.Total, groups.Top.Take(count).Select(g => ToHit(g, matcher)).ToList(), groups.Facets());
    }

    // A filter's own counts leave that filter out, so that a second campus or year can be added to
    // the first: one more grouping per filter in use (none without filters). Organisations are
    // counted only when asked (several per opinion: they cost more than the other counts).
    private SearchFacets Facets(Query parsed, SearchRequest request, OpinionGroups groups)
    {
        var facets = groups.Facets(request.OrganisationCounts);
        OpinionGroups Without(SearchRequest wider) => Group(SectionQuery(parsed, wider), 1, SearchOrder.Relevance);
        if (request.Campus.Count > 0)
            facets = facets with { Campus = Without(request with { Campus = [] }).Campus };
        if (request.Year.Count > 0)
            facets = facets with { Year = Without(request with { Year = [] }).Year };
        if (request.Outcome.Count > 0)
            facets = facets with { Outcome = Without(request with { Outcome = [] }).Outcome };
        if (request.Section.Count > 0)
            facets = facets with { Section = Without(request with { Section = [] }).Section };
        if (request.OrganisationCounts > 0 && request.Organisation.Count > 0)
        {
            var wider = Group(SectionQuery(parsed, request with { Organisation = [] }), 1, SearchOrder.Relevance, countOrganisations: true);
            facets = facets with { Organisation = OpinionGroups.MostFrequent(wider.Organisation, request.OrganisationCounts) };
        }
        return facets;
    }

    // The text query, read forgivingly (PreparedSearch), for an index without marked acronyms.
    private (Query Query, string? Note) Parse(SearchRequest request) => WithIndex(PreparedSearch.OfExtracted(request));

    private (Query Query, string? Note) WithIndex(PreparedSearch prepared) =>
        (AcronymFallback.Apply(prepared.Query, searcher.IndexReader), prepared.Note);

    // A corrected query that finds something, or null.
    private string? Suggest(SearchRequest request)
    {
        var corrected = new SpellingSuggester(searcher.IndexReader, snippets).Suggest(request.Query);
        if (corrected is null)
            return null;
        try
        {
            return Group(SectionQuery(Parse(request with { Query = corrected }).Query, request), 1, SearchOrder.Relevance).Total > 0 ? corrected : null;
        }
        catch (QuerySyntaxException)
        {
            return null;
        }
    }

    /// <summary>
    /// The opinion documents selected by the request, in index order: those with a section matching
    /// the query, or all of them when the query is empty, within the filters. For exports.
    /// </summary>
    public IReadOnlyList<int> OpinionDocs(SearchRequest request)
    {
        request = QueryFields.Extract(request);
        Query query;
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            // No query: every opinion within the filters; with a section filter, those having such a section.
            var documents = new BooleanQuery { { new TermQuery(new Term(IndexFields.Type, request.Section.Count > 0 ? IndexFields.SectionType : IndexFields.OpinionType)), Occur.MUST } };
            AddFilters(documents, request);
            query = documents;
        }
        else
        {
            query = SectionQuery(Parse(request).Query, request);
        }
        var collector = new OpinionDocCollector();
        searcher.Search(query, collector);
        return collector.Docs;
    }

    /// <summary>The record stored for an opinion document.</summary>
    public OpinionRecord RecordAt(int opinionDoc) => RecordJson.Deserialize(searcher.Doc(opinionDoc).Get(IndexFields.Record));

    // Only section documents have text: the parsed query alone keeps to sections.
    private BooleanQuery SectionQuery(Query parsed, SearchRequest request)
    {
        var query = new BooleanQuery { { parsed, Occur.MUST } };
        AddFilters(query, request);
        return query;
    }

    // A known organisation's other name finds it under its canonical name ("Pôle emploi": France Travail).
    private static string OrganisationKeyOf(string organisation) =>
        OpinionDocuments.OrganisationKey(Extraction.Organizations.OrganizationCatalogue.Default.Find(organisation)?.Name ?? organisation);

    // Several values of one filter: any of them; filters together: all of them.
    private void AddFilters(BooleanQuery query, SearchRequest request)
    {
        AddFilter(query, IndexFields.Campus, request.Campus.Select(CampusKeyOf));
        // Only the opinion's document names its organisations: its whole block is kept.
        if (AnyOf(IndexFields.Organisation, request.Organisation.SelectMany(OrganisationKeysInIndex)) is { } organisations)
            query.Add(new ConstantScoreQuery(new OpinionBlockFilter(organisations)), Occur.MUST);
        AddFilter(query, IndexFields.Year, request.Year.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        AddFilter(query, IndexFields.Kind, request.Section.Select(FilterValues.SectionCode));
        AddFilter(query, IndexFields.Outcome, request.Outcome.Select(FilterValues.OutcomeCode));
        if (ConsultationDates.Range(request.From, request.To) is { } range)
            query.Add(TermRangeQuery.NewStringRange(IndexFields.Date, range.From, range.To, includeLower: true, includeUpper: true), Occur.MUST);
    }

    // A campus no opinion of the index has is refused, with the nearest one and the list: never an empty answer.
    private string CampusKeyOf(string campus)
    {
        var key = OpinionDocuments.CampusKey(campus);
        if (searcher.IndexReader.DocFreq(new Term(IndexFields.Campus, key)) > 0)
            return key;
        var known = searcher.IndexReader.Leaves.SelectMany(l => SegmentBlocks.Of(l.AtomicReader).Campus.Values).Distinct().Order(StringComparer.Ordinal).ToList();
        var nearest = NearestWord.Find(campus, known);
        throw new QuerySyntaxException($"campus inconnu « {campus} »" + (nearest is null ? "" : $" (vouliez-vous dire « {nearest} » ?)") +
            (known.Count == 0 ? " : l'index n'a aucun campus" : $" ; campus de l'index : {string.Join(", ", known)}"));
    }

    // The organisation as typed and under its known name, those opinions name ("CAPEB": the branch "CAPEB
    // Hauts-de-France (CAPEB)" and the national body); one no opinion names is refused with the nearest named one.
    private IEnumerable<string> OrganisationKeysInIndex(string organisation)
    {
        var key = OrganisationKeyOf(organisation);
        var named = new[] { OpinionDocuments.OrganisationKey(organisation), key }.Distinct()
            .Where(k => searcher.IndexReader.DocFreq(new Term(IndexFields.Organisation, k)) > 0).ToList();
        if (named.Count > 0)
            return named;
        var nearest = NearestWord.Find(key, IndexTerms(IndexFields.Organisation));
        var shown = nearest is null ? null : Extraction.Organizations.OrganizationCatalogue.Default.Find(nearest)?.Name ?? nearest;
        throw new QuerySyntaxException($"aucun avis de l'index ne cite l'organisation « {organisation} »" +
            (shown is null ? "" : $" (vouliez-vous dire « {shown} » ?)") + " ; « avis stats » liste les plus citées");
    }

    private IEnumerable<string> IndexTerms(string field)
    {
        var terms = MultiFields.GetTerms(searcher.IndexReader, field)?.GetEnumerator();
        if (terms is null)
            yield break;
        while (terms.MoveNext())
            yield return terms.Term.Utf8ToString();
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
    /// Groups the sections matching the query by opinion. On a large index the documents are cut
    /// into one slice per core, each grouped on its own thread, and the slices' groups merged: a
    /// query matching every opinion visits hundreds of thousands of sections.
    /// </summary>
    private OpinionGroups Group(Query query, int wanted, SearchOrder order, bool countOrganisations = false)
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
        var reader = searcher.IndexReader;
        var slices = Slices(reader.Leaves, reader.MaxDoc >= options.ParallelFrom ? options.Slices : 1);
        var groups = new OpinionGroups[slices.Count];
        Parallel.For(0, slices.Count, i =>
        {
            var collector = new GroupingCollector(wanted, order, countOrganisations);
            foreach (var range in slices[i])
            {
                var scorer = weight.GetScorer(range.Leaf, range.Leaf.AtomicReader.LiveDocs);
                if (scorer is null)
                    continue;
                collector.SetNextReader(range.Leaf);
                collector.SetScorer(scorer);
                for (var doc = scorer.Advance(range.Start); doc < range.End; doc = scorer.NextDoc())
                    collector.Collect(doc);
            }
            groups[i] = collector.Result();
        });
        return OpinionGroups.Merge(groups, wanted);
    }

    /// <summary>Documents [Start, End) of one segment: whole opinion blocks.</summary>
    internal readonly record struct SegmentRange(AtomicReaderContext Leaf, int Start, int End);

    // Slices of about as many documents each, in index order as grouping requires: the index is cut
    // about every 1/count of its documents, at the start of an opinion's block, across or inside
    // segments (one large merged segment is common).
    internal static List<List<SegmentRange>> Slices(IList<AtomicReaderContext> leaves, int count)
    {
        var total = leaves.Count == 0 ? 0 : leaves[^1].DocBase + leaves[^1].AtomicReader.MaxDoc;
        var bounds = Enumerable.Range(1, Math.Max(1, count) - 1)
            .Select(k => BlockStart(leaves, (int)((long)total * k / count)))
            .Prepend(0).Append(total).Distinct().ToList();
        return bounds.Zip(bounds.Skip(1), (from, to) => leaves
                .Where(l => l.DocBase < to && l.DocBase + l.AtomicReader.MaxDoc > from)
                .Select(l => new SegmentRange(l, Math.Max(from - l.DocBase, 0), Math.Min(to - l.DocBase, l.AtomicReader.MaxDoc)))
                .ToList())
            .ToList();
    }

    private static int BlockStart(IList<AtomicReaderContext> leaves, int doc)
    {
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return leaf.DocBase + SegmentBlocks.Of(leaf.AtomicReader).OpinionOf(doc - leaf.DocBase);
    }

    private SearchHit ToHit(OpinionGroup group, QueryTermMatcher matcher)
    {
        var sections = group.Sections.OrderByDescending(s => s.Score).ThenBy(s => s.Doc)
            .Select(s => new SectionSnippet(s.Kind, snippets.Build(DisplayValues.SectionText(searcher.IndexReader, s.Doc), matcher)))
            .ToList();
        var date = DisplayValues.OpinionDate(searcher.IndexReader, group.OpinionDoc);
        return new SearchHit(group.Id, group.Campus, date, group.Outcome, group.Score, sections)
        {
            Title = DisplayValues.OpinionTitle(searcher.IndexReader, group.OpinionDoc),
            Body = DisplayValues.OpinionBody(searcher.IndexReader, group.OpinionDoc),
        };
    }

    private static void AddFilter(BooleanQuery query, string field, IEnumerable<string> values)
    {
        if (AnyOf(field, values) is { } any)
            query.Add(any, Occur.MUST);
    }

    // The documents with any of the values, or null for no value.
    private static Query? AnyOf(string field, IEnumerable<string> values)
    {
        var terms = values.Distinct().Select(v => new TermQuery(new Term(field, v))).ToList();
        if (terms.Count <= 1)
            return terms.FirstOrDefault();
        var any = new BooleanQuery();
        foreach (var term in terms)
            any.Add(term, Occur.SHOULD);
        return any;
    }
}
