using System.Diagnostics;
using System.Text;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Reading.Ocr;

namespace AvisIngest.Tests.Faults;

/// <summary>One bad file is that file's failure, whatever stage it breaks, and never costs the others.</summary>
public class FileFaultTests
{
    /// <summary>An OCR engine that fails (as Tesseract does on PdfPig's inherited_mediabox.pdf), or never answers.</summary>
    private sealed class BrokenOcr(Func<CancellationToken, OcrPage> recognise) : IPageOcr
    {
        public bool IsAvailable => true;

        public OcrPage Recognise(PageImage image, CancellationToken cancel) => recognise(cancel);
    }

    private static OpinionPipeline PipelineWith(IPageOcr ocr, TimeSpan? timeout = null)
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Ocr = ocr;
        if (timeout is { } limit)
            builder.ReadOptions = builder.ReadOptions with { Timeout = limit };
        return builder.Build();
    }

    private static string Scan => TestFiles.Corpus("scans/" + TestFiles.Ceit + "-scan.pdf");

    [Fact]
    public void An_ocr_engine_that_throws_makes_the_scan_unreadable_with_a_french_reason_and_the_detail_kept()
    {
        var pipeline = PipelineWith(new BrokenOcr(_ => throw new InvalidOperationException("Error during processing.")));

        var result = pipeline.Extract(Scan);

        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Equal("OCR impossible : aucune page lisible", result.Reason);
        Assert.Contains("InvalidOperationException: Error during processing.", result.Detail);
    }

    [Fact]
    public void An_import_goes_on_past_a_scan_whose_ocr_fails_and_names_it_in_the_summary()
    {
        using var folder = TestFiles.NewTempFolder();
        var input = Directory.CreateDirectory(folder.File("in")).FullName;
        File.Copy(Scan, Path.Combine(input, "a-scan.pdf"));
        File.Copy(TestFiles.Corpus(TestFiles.Id + ".txt"), Path.Combine(input, "b.txt"));
        var pipeline = PipelineWith(new BrokenOcr(_ => throw new InvalidOperationException("Error during processing.")));
        var reported = new List<IngestFileResult>();

        var summary = new IngestRunner(pipeline, new OpinionIndex(folder.File("idx")), new IngestOptions())
            .Run(FileDiscovery.Find([input], []), IngestProgress.None, reported.Add);

        Assert.Equal(1, summary.Count(IngestOutcome.Imported));
        var failure = Assert.Single(summary.Failures);
        Assert.EndsWith("a-scan.pdf", failure.Path);
        Assert.Equal("OCR impossible : aucune page lisible", failure.Reason);
        Assert.Contains(reported, r => r.Outcome == IngestOutcome.Failed && r.Detail!.Contains("Error during processing."));
    }

    [Fact]
    public void The_timeout_bounds_ocr_too_and_stops_the_engine()
    {
        var stopped = false;
        var pipeline = PipelineWith(new BrokenOcr(cancel =>
        {
            // Tesseract on a huge page: runs until told to stop.
            cancel.WaitHandle.WaitOne(TimeSpan.FromMinutes(2));
            stopped = cancel.IsCancellationRequested;
            cancel.ThrowIfCancellationRequested();
            throw new TimeoutException("never stopped");
        }), TimeSpan.FromSeconds(8)); // room for the PDF read (about a second, more on a loaded machine)
        var watch = Stopwatch.StartNew();

        var result = pipeline.Extract(Scan);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.True(stopped);
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Equal("délai dépassé : fichier abandonné après 8 s (option --timeout)", result.Reason);
    }

    [Fact]
    public void One_page_that_ocr_cannot_read_is_left_out_with_a_warning_and_the_others_are_kept()
    {
        var calls = 0;
        var text = File.ReadAllLines(TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        var pipeline = PipelineWith(new BrokenOcr(_ => Interlocked.Increment(ref calls) == 1
            ? throw new UnreadableDocumentException("OCR impossible sur une page")
            : new OcrPage(text, 92, 500)));

        var result = pipeline.Extract(Scan);

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        Assert.Equal("2026CE01", result.Record!.Number);
        Assert.Contains(result.Record.Warnings, w => System.Text.RegularExpressions.Regex.IsMatch(w, @"^OCR impossible sur la page [1-5], ignorée\(s\)$"));
        Assert.Equal(4, result.Record.Source.OcrPages.Count);
        Assert.Equal(92, result.Record.Source.OcrConfidence);
    }

    [Fact]
    public void Extraction_time_grows_linearly_with_the_heading_count()
    {
        // 20,000 numbered headings took 156 s when every paragraph asked every section where it was.
        var text = new StringBuilder(File.ReadAllText(TestFiles.Corpus(TestFiles.Ceit + ".txt")));
        for (var i = 1; i <= 20_000; i++)
            text.Append($"\nIV. Partie numéro {i}\n\nLe comité note les travaux du campus sur ce point.\n");
        var watch = Stopwatch.StartNew();

        var result = TestFiles.ExtractText(text.ToString());

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        Assert.True(result.Record!.Sections.Count > 20_000, $"{result.Record.Sections.Count} sections");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Brackets_by_the_hundred_thousand_are_read_in_linear_time_and_the_acronym_after_them_is_found()
    {
        // Each opened bracket once searched to the closing one: 300,000 of them ran for over twenty minutes.
        var text = "Avis du Comité régional pour l'emploi N° 2025CE78\n\nI. Contexte\n" + new string('(', 200_000)
            + " Le campus travaille avec l'Institut régional de formation sanitaire (IRFS)\n" + string.Concat(Enumerable.Repeat("Le campus ( ", 50_000))
            + "\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.";
        var watch = Stopwatch.StartNew();

        var result = TestFiles.ExtractText(text);

        Assert.Contains(result.Record!.Organizations, o => o.Acronym == "IRFS");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData(typeof(UnauthorizedAccessException), "accès refusé (droits insuffisants)")]
    [InlineData(typeof(IndexOutOfRangeException), "contenu inattendu que le programme ne sait pas lire (détail dans le rapport)")]
    [InlineData(typeof(OutOfMemoryException), "mémoire insuffisante pour ce fichier (détail dans le rapport)")]
    public void Unexpected_exceptions_are_said_in_french(Type type, string reason)
    {
        var e = (Exception)Activator.CreateInstance(type, "Index was outside the bounds of the array.")!;
        Assert.Equal(reason, FileFailure.Reason(e));
        Assert.Equal($"{type.Name}: Index was outside the bounds of the array.", FileFailure.Detail(e));
    }

    [Fact]
    public void A_full_disk_is_told_apart_from_other_io_errors()
    {
        Assert.Equal("disque plein", FileFailure.InputOutput(new IOException("No space left on device", 28)));
        Assert.Equal("erreur d'entrée-sortie du système de fichiers", FileFailure.InputOutput(new IOException("Input/output error", 5)));
    }
}
