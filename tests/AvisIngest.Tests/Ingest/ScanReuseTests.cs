using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Reading.Ocr;

namespace AvisIngest.Tests.Ingest;

/// <summary>A scan read by OCR once is never read again when it comes back byte for byte: touched, copied or moved.</summary>
public class ScanReuseTests
{
    /// <summary>Reads every page as the seed's text (first page) and counts the pages it was asked to read.</summary>
    private sealed class CountingOcr : IPageOcr
    {
        private readonly string[] lines = File.ReadAllLines(TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public bool IsAvailable => true;

        private byte[]? firstPage;

        // The whole opinion's text on the scan's first page, each time that page is read.
        public OcrPage Recognise(PageImage image, CancellationToken cancel)
        {
            Interlocked.Increment(ref calls);
            var first = Interlocked.CompareExchange(ref firstPage, image.Bytes, null) ?? image.Bytes;
            return first.AsSpan().SequenceEqual(image.Bytes) ? new OcrPage(lines, 92, 900) : new OcrPage([], 92, 0);
        }
    }

    private static IngestSummary Import(OpinionPipeline pipeline, OpinionIndex index, List<IngestFileResult> reported, params string[] files) =>
        new IngestRunner(pipeline, index, new IngestOptions()).Run(files, IngestProgress.None, reported.Add);

    [Fact]
    public void A_scan_that_duplicates_the_pdf_of_its_opinion_is_read_by_ocr_once_only()
    {
        using var folder = TestFiles.NewTempFolder();
        var scan = folder.File("scan.pdf");
        var pdf = folder.File("avis.pdf");
        File.Copy(TestFiles.Corpus("scans/" + TestFiles.Ceit + "-scan.pdf"), scan);
        File.Copy(TestFiles.Corpus(TestFiles.Ceit + ".pdf"), pdf);
        var ocr = new CountingOcr();
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Ocr = ocr;
        var pipeline = builder.Build();
        var index = new OpinionIndex(folder.File("idx"));
        var reported = new List<IngestFileResult>();

        var first = Import(pipeline, index, reported, pdf, scan);
        Assert.Equal((1, 1), (first.Count(IngestOutcome.Imported), first.Count(IngestOutcome.Duplicate)));
        var readOnce = ocr.Calls;
        Assert.True(readOnce > 0);

        var second = Import(pipeline, index, reported, pdf, scan);
        Assert.Equal((1, 1), (second.Count(IngestOutcome.Unchanged), second.Count(IngestOutcome.Duplicate)));
        Assert.Contains(reported.TakeLast(2), r => r.Reason == $"même avis que {pdf} ; scan déjà lu : non relu");
        Assert.Equal(readOnce, ocr.Calls);

        // The PDF gone, the scan is read again: it is now the only file of the opinion.
        File.Delete(pdf);
        Assert.Equal(1, Import(pipeline, index, reported, scan).Count(IngestOutcome.Updated));
        Assert.True(ocr.Calls > readOnce);
    }

    [Fact]
    public void A_touched_copied_or_moved_scan_is_not_read_by_ocr_again()
    {
        using var folder = TestFiles.NewTempFolder();
        var scan = folder.File("scan.pdf");
        File.Copy(TestFiles.Corpus("scans/" + TestFiles.Ceit + "-scan.pdf"), scan);
        var ocr = new CountingOcr();
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Ocr = ocr;
        builder.ReadOptions = builder.ReadOptions with { Ocr = OcrMode.Always };
        var pipeline = builder.Build();
        var index = new OpinionIndex(folder.File("idx"));
        var reported = new List<IngestFileResult>();

        Assert.Equal(1, Import(pipeline, index, reported, scan).Count(IngestOutcome.Imported));
        var readOnce = ocr.Calls;
        Assert.True(readOnce > 0);

        // Touched: same bytes, new date.
        File.SetLastWriteTimeUtc(scan, DateTime.UtcNow.AddHours(1));
        Assert.Equal(1, Import(pipeline, index, reported, scan).Count(IngestOutcome.Unchanged));
        Assert.Equal("fichier identique au scan déjà importé : non relu", reported[^1].Reason);

        // Copied beside it: a duplicate.
        var copy = folder.File("copie.pdf");
        File.Copy(scan, copy);
        Assert.Equal(1, Import(pipeline, index, reported, copy).Count(IngestOutcome.Duplicate));
        Assert.Equal($"même fichier que {scan} : non relu", reported[^1].Reason);

        // Moved: the record follows the file, from what the index holds.
        File.Delete(copy);
        var moved = folder.File("classé.pdf");
        File.Move(scan, moved);
        Assert.Equal(1, Import(pipeline, index, reported, moved).Count(IngestOutcome.Updated));
        Assert.Equal($"fichier déplacé ou renommé : {scan} n'existe plus ; scan non relu", reported[^1].Reason);

        Assert.Equal(readOnce, ocr.Calls);
        using var reader = index.OpenReader()!;
        Assert.Equal(moved, OpinionIndex.FindRecord(reader, "2026CE01")!.Source.Path);
        Assert.Equal(moved, OpinionIndex.Catalogue(reader)["2026CE01"].Path);
        Assert.Equal(1, new global::AvisIngest.Search.OpinionSearcher(reader).Search(new global::AvisIngest.Search.SearchRequest("hydrogène")).Total);
        Assert.Equal((1, 1, 10), IngestRunnerTests.Census(index));
    }
}
