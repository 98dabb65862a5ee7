using AvisIngest.Indexing;
using AvisIngest.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace AvisIngest.Tests.Indexing;

public sealed class DisplayValuesTests : IDisposable
{
    private readonly TempFolder folder = TestFiles.NewTempFolder();

    public void Dispose() => folder.Dispose();

    /// <summary>Each seed: its documents as an import writes them, with each section's text and the opinion's date.</summary>
    private static List<(IReadOnlyList<Document> Documents, List<string> Texts, string Date)> Seeds() =>
        [.. new[] { TestFiles.Ceit, TestFiles.Id }.Select(name =>
        {
            var result = TestFiles.ExtractText(File.ReadAllText(TestFiles.Corpus(name + ".txt")));
            var record = result.Record!;
            var source = new IndexedSource(record.Id, "hash", name + ".txt", Records.SourceFormat.Txt, 0, 0);
            var texts = record.Sections.Select(s => result.Document!.Text[s.Start..s.End].TrimEnd()).ToList();
            return (OpinionDocuments.Create(record, result.Document!, source), texts, record.Consultation.Date!.Value.ToString("yyyy-MM-dd"));
        })];

    /// <summary>The same block as written before the doc values: stored text and date on every document.</summary>
    private static IReadOnlyList<Document> EarlierLayout(IReadOnlyList<Document> documents)
    {
        var date = documents[0].Get(IndexFields.Date);
        foreach (var document in documents)
        {
            var text = document.GetField(IndexFields.Text)?.GetStringValue();
            document.RemoveFields(IndexFields.Text);
            document.RemoveFields(IndexFields.Date);
            if (text is not null)
                document.Add(new TextField(IndexFields.Text, text, Field.Store.YES));
            document.Add(new StoredField(IndexFields.Date, date));
        }
        return documents;
    }

    private OpinionIndex Write(string name, params IReadOnlyList<Document>[][] commits)
    {
        var index = new OpinionIndex(Path.Combine(folder.Path, name));
        using var session = index.OpenWriter();
        foreach (var blocks in commits)
        {
            foreach (var block in blocks)
                session.Writer.AddDocuments(block);
            session.Writer.Commit();
        }
        return index;
    }

    private static void AssertShown(IndexReader reader, List<(IReadOnlyList<Document> Documents, List<string> Texts, string Date)> seeds)
    {
        var opinions = Enumerable.Range(0, reader.MaxDoc).Where(doc => reader.Document(doc).Get(IndexFields.Type) == IndexFields.OpinionType).ToList();
        Assert.Equal(seeds.Count, opinions.Count);
        foreach (var opinion in opinions)
        {
            // A merge may put the blocks in another order.
            var seed = seeds.Single(s => s.Documents[0].Get(IndexFields.Id) == reader.Document(opinion).Get(IndexFields.Id));
            Assert.Equal(seed.Date, DisplayValues.OpinionDate(reader, opinion));
            Assert.Equal(seed.Texts, seed.Texts.Select((_, i) => DisplayValues.SectionText(reader, opinion + 1 + i)));
        }
    }

    [Fact]
    public void Sections_show_their_text_and_opinions_their_date_from_doc_values_without_storing_the_text()
    {
        var seeds = Seeds();
        var index = Write("new", [.. seeds.Select(s => s.Documents)]);
        using var reader = index.OpenReader()!;

        AssertShown(reader, seeds);
        // Not stored twice: the text is in the doc values only.
        Assert.Null(reader.Document(1).Get(IndexFields.Text));
        Assert.NotNull(reader.Leaves[0].AtomicReader.GetBinaryDocValues(IndexFields.Text));
    }

    [Fact]
    public void An_index_written_before_the_doc_values_is_shown_from_its_stored_fields()
    {
        var seeds = Seeds();
        var index = Write("earlier", [.. seeds.Select(s => EarlierLayout(s.Documents))]);
        using var reader = index.OpenReader()!;

        Assert.Null(reader.Leaves[0].AtomicReader.GetBinaryDocValues(IndexFields.Text));
        AssertShown(reader, seeds);
    }

    [Fact]
    public void Earlier_documents_merged_into_a_segment_with_doc_values_keep_their_text_and_date()
    {
        var seeds = Seeds();
        var index = Write("mixed", [EarlierLayout(seeds[0].Documents)], [seeds[1].Documents]);
        using (var session = index.OpenWriter())
        {
            session.Writer.ForceMerge(1);
            session.Writer.Commit();
        }
        using var reader = index.OpenReader()!;

        Assert.Single(reader.Leaves);
        AssertShown(reader, seeds);
    }

    [Fact]
    public void A_search_shows_the_same_page_on_an_index_of_either_layout()
    {
        var seeds = Seeds();
        var current = Write("current", [.. seeds.Select(s => s.Documents)]);
        var earlier = Write("earlier", [.. Seeds().Select(s => EarlierLayout(s.Documents))]);
        using var currentReader = current.OpenReader()!;
        using var earlierReader = earlier.OpenReader()!;

        foreach (var query in new[] { "hydrogène", "cmqe", "\"comité de pilotage\"" })
        {
            var request = new SearchRequest(query);
            var shown = SearchResultsJson.Serialize(new OpinionSearcher(currentReader).Search(request));
            Assert.Equal(SearchResultsJson.Serialize(new OpinionSearcher(earlierReader).Search(request)), shown);
            Assert.Contains("\"2026-", shown);
        }
        var hydrogen = new OpinionSearcher(currentReader).Search(new SearchRequest("hydrogène")).Hits.Single();
        Assert.Contains(hydrogen.Sections, s => s.Snippet.Contains("**hydrogène**", StringComparison.Ordinal));
    }
}
