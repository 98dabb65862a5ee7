using AvisIngest.Pipeline;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Tests.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Tests.Ingest;

public class IngestRunnerTests
{
    private static IngestSummary Ingest(OpinionIndex index, params string[] paths)
    {
        var missing = new List<IngestFileResult>();
        var summary = new IngestRunner(TestFiles.Pipeline, index, new IngestOptions()).Run(FileDiscovery.Find(paths, missing), IngestProgress.None);
        missing.ForEach(summary.Add);
        return summary;
    }

    internal static (int Opinions, int DistinctIds, int Sections) Census(OpinionIndex index)
    {
        using var reader = index.OpenReader()!;
        var searcher = new IndexSearcher(reader);
        var opinions = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), Math.Max(1, reader.MaxDoc));
        var ids = opinions.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get(IndexFields.Id)).Distinct().Count();
        var sections = searcher.Search(new TermQuery(new Term(IndexFields.Type, IndexFields.SectionType)), 1).TotalHits;
        return (opinions.TotalHits, ids, sections);
    }

    [Fact]
    public void Importing_the_seeds_text_and_pdf_twice_leaves_exactly_two_opinions_kept_from_their_pdf()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = new OpinionIndex(folder.File("index"));
        string[] corpus = [.. new[] { TestFiles.Ceit, TestFiles.Id }.SelectMany(s => new[] { TestFiles.Corpus(s + ".txt"), TestFiles.Corpus(s + ".pdf") })];

        var first = Ingest(index, corpus);
        var second = Ingest(index, corpus);

        Assert.Equal(4, first.Total);
        Assert.Equal(2, first.Count(IngestOutcome.Imported));
        Assert.Equal(2, first.Count(IngestOutcome.Duplicate));
        Assert.Equal(0, first.Count(IngestOutcome.Updated));
        // The kept PDFs are not read again; the texts are read and are still their duplicates.
        Assert.Equal(2, second.Count(IngestOutcome.Unchanged));
        Assert.Equal(2, second.Count(IngestOutcome.Duplicate));
        Assert.Equal((2, 2, 18), Census(index));
        using var reader = index.OpenReader()!;
        Assert.All(OpinionIndex.AllRecords(reader), r => Assert.Equal(Records.SourceFormat.Pdf, r.Source.Format));
    }

    [Fact]
    public void A_changed_file_updates_its_record()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = new OpinionIndex(folder.File("index"));
        var file = folder.File("avis.txt");
        var text = File.ReadAllText(TestFiles.Corpus(TestFiles.Id + ".txt"));
        File.WriteAllText(file, text);
        Ingest(index, file);

        File.WriteAllText(file, text.Replace("environ 80", "environ 95"));
        File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddMinutes(1));
        var summary = Ingest(index, file);

        Assert.Equal(1, summary.Count(IngestOutcome.Updated));
        using var reader = index.OpenReader()!;
        Assert.Equal(95, OpinionIndex.FindRecord(reader, "2026CE02")!.Campus.MemberCount);
        Assert.Equal((1, 1, 8), Census(index));
    }

    [Fact]
    public void An_unchanged_file_whose_record_an_older_reading_made_is_read_again_once()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = new OpinionIndex(folder.File("index"));
        var file = folder.File("avis.txt");
        File.Copy(TestFiles.Corpus(TestFiles.Id + ".txt"), file);
        var older = OpinionPipelineBuilder.CreateDefault();
        older.ExtractionVersion = "2026-01-01";
        new IngestRunner(older.Build(), index, new IngestOptions()).Run([file], IngestProgress.None);

        var reported = new List<IngestFileResult>();
        var reread = new IngestRunner(TestFiles.Pipeline, index, new IngestOptions()).Run([file], IngestProgress.None, reported.Add);
        var again = Ingest(index, file);

        Assert.Equal(1, reread.Count(IngestOutcome.Updated));
        Assert.Equal("relu : la lecture des avis a changé depuis le dernier import", Assert.Single(reported).Reason);
        Assert.Equal(1, again.Count(IngestOutcome.Unchanged));
        Assert.Equal((1, 1, 8), Census(index));
    }

    [Fact]
    public void Not_opinions_and_failures_are_reported_and_good_files_are_kept()
    {
        using var folder = TestFiles.NewTempFolder();
        File.Copy(TestFiles.Corpus(TestFiles.Ceit + ".txt"), folder.File("AVIS.TXT"));
        File.WriteAllText(folder.File("odj.txt"), "Ordre du jour\n1. Approbation\n");
        File.WriteAllBytes(folder.File("vide.pdf"), []);
        File.WriteAllText(folder.File("notes.docx"), "ignored: not a .txt or .pdf");
        var index = new OpinionIndex(folder.File("index"));

        var summary = Ingest(index, folder.Path, folder.File("absent"));

        Assert.Equal(1, summary.Count(IngestOutcome.Imported));
        Assert.Equal(1, summary.Count(IngestOutcome.NotAnOpinion));
        Assert.Equal(2, summary.Count(IngestOutcome.Failed));
        Assert.Contains(summary.Failures, f => f.Path.EndsWith("vide.pdf", StringComparison.Ordinal) && f.Reason!.Contains("vide"));
        Assert.Contains(summary.Failures, f => f.Path.EndsWith("absent", StringComparison.Ordinal) && f.Reason == "fichier ou dossier introuvable");
        Assert.Equal(1, Census(index).Opinions);
    }

    [Fact]
    public void A_symbolic_link_loop_is_not_followed()
    {
        using var folder = TestFiles.NewTempFolder();
        var sub = Directory.CreateDirectory(folder.File("a/b")).FullName;
        File.Copy(TestFiles.Corpus(TestFiles.Id + ".txt"), Path.Combine(sub, "avis.txt"));
        Directory.CreateSymbolicLink(Path.Combine(sub, "loop"), folder.File("a"));

        var files = FileDiscovery.Find([folder.File("a")], []);

        Assert.Equal([Path.Combine(sub, "avis.txt")], files);
    }

    [Fact]
    public void A_second_import_while_one_writes_is_told_the_index_is_locked_and_loses_nothing()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = new OpinionIndex(folder.File("index"));
        Ingest(index, TestFiles.Corpus(TestFiles.Ceit + ".txt"));

        using (index.OpenWriter())
        {
            var e = Assert.Throws<IndexLockedException>(() => Ingest(index, TestFiles.Corpus(TestFiles.Id + ".txt")));
            Assert.StartsWith("index verrouillé", e.Message);
        }

        Assert.Equal(1, Census(index).Opinions);
        Ingest(index, TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.Equal(2, Census(index).Opinions);
    }

    [Fact]
    public void Source_preference_is_pdf_then_newest_then_first_path()
    {
        var txt = new IndexedSource("1", "h", "/a.txt", Records.SourceFormat.Txt, 10, 1);
        var pdf = txt with { Path = "/a.pdf", Format = Records.SourceFormat.Pdf };
        Assert.True(SourcePreference.Compare(txt, pdf).Replaces);
        Assert.False(SourcePreference.Compare(txt, pdf with { Ocr = true, ModifiedTicks = 99 }).Replaces);
        Assert.True(SourcePreference.Compare(pdf with { Ocr = true }, txt).Replaces);
        Assert.False(SourcePreference.Compare(pdf, txt with { ModifiedTicks = 99 }).Replaces);
        Assert.True(SourcePreference.Compare(txt, txt with { Path = "/b.txt", ModifiedTicks = 11 }).Replaces);
        Assert.True(SourcePreference.Compare(txt with { Path = "/b.txt" }, txt).Replaces);
        Assert.False(SourcePreference.Compare(txt, txt with { Path = "/b.txt" }).Replaces);
    }
}
