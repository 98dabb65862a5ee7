using AvisIngest.Corpus;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Records;
using AvisIngest.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace AvisIngest.Tests.Search;

/// <summary>
/// An archive imported in several runs: an index of many segments, some with deleted (replaced)
/// opinions. Grouping walks the segments in slices on several threads; its results must be those
/// of grouping every matching section by hand.
/// </summary>
public sealed class SegmentedIndexSearchTests(SegmentedIndexSearchTests.ArchiveIndex archive) : IClassFixture<SegmentedIndexSearchTests.ArchiveIndex>
{
    private readonly DirectoryReader reader = archive.Reader;

    [Theory]
    [InlineData("hydrogène", 1, 1)]
    [InlineData("hydrogène", 3, 2)]
    [InlineData("cmqe", 2, 3)]
    [InlineData("cmqe", 1, 7)]
    [InlineData("design OR audiovisuel", 1, 2)]
    [InlineData("gouvernance NOT textile", 4, 5)]
    public void Grouping_over_segments_and_deletions_equals_grouping_each_section_by_hand(string query, int page, int slices)
    {
        Assert.True(reader.Leaves.Count > 1, "the import should leave several segments");
        Assert.True(reader.NumDeletedDocs > 0, "the re-import should leave deleted opinions");

        var request = new SearchRequest(query) { Page = page, PageSize = 7, OrganisationCounts = 1000 };
        var results = new OpinionSearcher(reader, new OpinionSearchOptions { ParallelFrom = 0, Slices = slices }).Search(request);
        var expected = GroupByHand(query);

        Assert.Equal(expected.Count, results.Total);
        Assert.Equal(
            expected.Skip((page - 1) * 7).Take(7).Select(o => (o.Id, o.Score, string.Join(',', o.Kinds))),
            results.Hits.Select(h => (h.Id, h.Score, string.Join(',', h.Sections.Select(s => s.Kind).Order()))));
        Assert.Equal(CountBy(expected, o => [o.Campus]), results.Facets.Campus);
        Assert.Equal(CountBy(expected, o => [o.Year]), results.Facets.Year);
        Assert.Equal(CountBy(expected, o => [o.Outcome]), results.Facets.Outcome);
        Assert.Equal(CountBy(expected, o => o.Kinds.Distinct()), results.Facets.Section);
        Assert.Equal(CountBy(expected, o => o.Organisations), results.Facets.Organisation);
    }

    [Theory]
    [InlineData("hydrogène", 1)]
    [InlineData("cmqe", 3)]
    public void An_organisation_filter_keeps_the_sections_of_the_opinions_that_name_it_over_segments_and_deletions(string query, int slices)
    {
        var expected = GroupByHand(query);
        // An organisation some opinions found name and others do not: the filter must tell them apart.
        var named = expected.SelectMany(o => o.Organisations).GroupBy(n => n).First(g => g.Count() < expected.Count).Key;

        var request = new SearchRequest(query) { Organisation = [named], PageSize = 1000 };
        var results = new OpinionSearcher(reader, new OpinionSearchOptions { ParallelFrom = 0, Slices = slices }).Search(request);

        var kept = expected.Where(o => o.Organisations.Contains(named)).ToList();
        Assert.NotEmpty(kept);
        Assert.Equal(kept.Select(o => (o.Id, o.Score + 1, string.Join(',', o.Kinds))), results.Hits.Select(h => (h.Id, h.Score, string.Join(',', h.Sections.Select(s => s.Kind).Order()))));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Slices_cover_every_document_once_cut_at_opinion_starts_in_index_order(int count)
    {
        var slices = OpinionSearcher.Slices(reader.Leaves, count);
        var share = reader.MaxDoc / count + 1;

        Assert.Equal(count, slices.Count);
        var pieces = slices.SelectMany(s => s).OrderBy(p => p.Leaf.DocBase + p.Start).ToList();
        // Each slice ends where the opinion block holding its ideal end starts: inside a segment, or at
        // its start when the ideal end falls in the segment's first block.
        var ends = slices.SkipLast(1).Select(s => s[^1].Leaf.DocBase + s[^1].End).ToList();
        Assert.Equal(Enumerable.Range(1, count - 1).Select(k => OpinionBlockStartByHand(reader.MaxDoc * k / count)), ends);
        // The fixture's later segments hold 50 opinions (about 550 documents), about two shares at 7 slices:
        // some of its six ends must cut a segment.
        if (count == 7)
            Assert.Contains(ends, end => reader.Leaves.All(l => l.DocBase != end));
        // Contiguous and complete: each piece starts where the previous one ended.
        Assert.Equal(0, pieces[0].Leaf.DocBase + pieces[0].Start);
        Assert.All(pieces.Zip(pieces.Skip(1)), p => Assert.Equal(p.First.Leaf.DocBase + p.First.End, p.Second.Leaf.DocBase + p.Second.Start));
        Assert.Equal(reader.MaxDoc, pieces[^1].Leaf.DocBase + pieces[^1].End);
        // Each piece starts with an opinion document, so no opinion's sections are split.
        Assert.All(pieces, p => Assert.Equal(IndexFields.OpinionType, p.Leaf.AtomicReader.Document(p.Start).Get(IndexFields.Type)));
        Assert.All(slices, s => Assert.Equal(s.OrderBy(p => p.Leaf.DocBase + p.Start), s));
        // About a share each: within a couple of opinion blocks (about ten documents each here).
        var sizes = slices.Select(s => s.Sum(p => p.End - p.Start)).ToList();
        Assert.True(sizes.Max() - sizes.Min() <= 25, $"share {share}: {string.Join(", ", sizes)}");
    }

    // Walks back from a document to the nearest opinion document (deleted ones included: a deleted
    // opinion's sections are deleted with it and stay in its block).
    private int OpinionBlockStartByHand(int doc)
    {
        var leaf = reader.Leaves.Last(l => l.DocBase <= doc);
        var local = doc - leaf.DocBase;
        while (leaf.AtomicReader.Document(local).Get(IndexFields.Type) != IndexFields.OpinionType)
            local--;
        return leaf.DocBase + local;
    }

    /// <summary>Every live matching section, scored in document order, grouped by its stored opinion id.</summary>
    private List<(string Id, float Score, int OpinionDoc, string Campus, string Year, string Outcome, List<string> Kinds, IEnumerable<string> Organisations)> GroupByHand(string query)
    {
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var sections = new InOrderCollector();
        searcher.Search(FrenchQueryParser.Parse(query), sections);
        return sections.Hits
            .Select(h => (Hit: h, Doc: searcher.Doc(h.Doc)))
            .GroupBy(h => h.Doc.Get(IndexFields.Id))
            .Select(g =>
            {
                var opinion = searcher.Search(new BooleanQuery
                {
                    { new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Occur.MUST },
                    { new TermQuery(new Term(IndexFields.Id, g.Key)), Occur.MUST },
                }, 1).ScoreDocs.Single().Doc;
                var first = g.First().Doc;
                return (g.Key, g.Max(h => h.Hit.Score), opinion, first.Get(IndexFields.CampusDisplay), first.Get(IndexFields.Year), first.Get(IndexFields.Outcome),
                    g.Select(h => h.Doc.Get(IndexFields.Kind)).Order().ToList(),
                    RecordJson.Deserialize(searcher.Doc(opinion).Get(IndexFields.Record)).Organizations.Select(o => o.Name).Distinct());
            })
            .OrderByDescending(o => o.Item2).ThenBy(o => o.opinion)
            .ToList();
    }

    private static Dictionary<string, int> CountBy<T>(IEnumerable<T> opinions, Func<T, IEnumerable<string>> values) =>
        opinions.SelectMany(values).GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The archive's index, built once for the class.</summary>
    public sealed class ArchiveIndex : IDisposable
    {
        private readonly TempFolder folder = TestFiles.NewTempFolder();

        public ArchiveIndex()
        {
            var seeds = new[] { (File.ReadAllText(TestFiles.Corpus(TestFiles.Ceit + ".txt")), "2026CE01"), (File.ReadAllText(TestFiles.Corpus(TestFiles.Id + ".txt")), "2026CE02") };
            var input = folder.File("in");
            var files = SyntheticCorpus.Write(input, seeds, 160);
            var index = new OpinionIndex(folder.File("idx"));
            // One writing thread and few commits: one segment per commit, too few for the merge policy to merge them.
            var options = new IngestOptions { CommitEvery = 20, CommitInterval = TimeSpan.FromHours(1), Parallelism = 1 };
            new IngestRunner(TestFiles.Pipeline, index, options).Run(files.Take(60).ToList(), IngestProgress.None);
            new IngestRunner(TestFiles.Pipeline, index, options with { CommitEvery = 50 }).Run(files, IngestProgress.None);
            // Changed files replace their opinions: the old blocks stay in their segments, deleted.
            foreach (var file in files.Where((_, i) => i % 7 == 0))
                File.AppendAllText(file, "\nLe comité souligne l'importance de l'hydrogène vert.\n");
            new IngestRunner(TestFiles.Pipeline, index, options).Run(files, IngestProgress.None);
            Reader = index.OpenReader()!;
        }

        public DirectoryReader Reader { get; }

        public void Dispose()
        {
            Reader.Dispose();
            folder.Dispose();
        }
    }

    private sealed class InOrderCollector : ICollector
    {
        private Scorer? scorer;
        private int docBase;

        public List<(int Doc, float Score)> Hits { get; } = [];

        public bool AcceptsDocsOutOfOrder => false;

        public void SetScorer(Scorer scorer) => this.scorer = scorer;

        public void SetNextReader(AtomicReaderContext context) => docBase = context.DocBase;

        public void Collect(int doc) => Hits.Add((docBase + doc, scorer!.GetScore()));
    }
}
