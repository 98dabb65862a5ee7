using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Reading.Pdf;
using AvisIngest.Records;
using AvisIngest.Tests.Seeds;

namespace AvisIngest.Tests.Reading.Pdf;

public class PdfReaderTests
{
    private static ExtractionResult ExtractPdf(byte[] pdf)
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("avis.pdf");
        File.WriteAllBytes(path, pdf);
        return TestFiles.Pipeline.Extract(path);
    }

    [Fact]
    public void An_image_only_pdf_has_no_text_layer_when_ocr_is_off()
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("scan.pdf");
        File.WriteAllBytes(path, TestPdfs.ImageOnly());
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = builder.ReadOptions with { Ocr = OcrMode.Never };
        var result = builder.Build().Extract(path);
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Equal("aucune couche texte, document numérisé ?", result.Reason);
    }

    // PdfPig writes its standard fonts in StandardEncoding, which has no accented letters: these
    // synthetic opinions are written without accents (the seed PDFs cover accents).
    [Fact]
    public void Running_headers_and_page_numbers_are_removed_and_sections_know_their_page()
    {
        string[] Page(int n, params string[] body) =>
            ["CoRE Hauts-de-France – Avis 2025CE04", "", .. body, "", $"Page {n}/3"];
        var pdf = TestPdfs.Text(
            Page(1, "Avis du Comite regional pour l'emploi No 2025CE04", "Concernant le renouvellement du label du Campus des Metiers et des Qualifications", "Travaux Publics (CMQ TP) Hauts-de-France", "", "Rappel du contexte", "Le comite a examine la demande du campus et les pieces jointes qu'il a"),
            Page(2, "transmises au secretariat.", "", "II. Gouvernance et moyens", "Le campus est pilote par un comite de pilotage annuel."),
            Page(3, "Avis du CoRE", "Le CoRE emet un avis favorable a l'unanimite."));

        var result = ExtractPdf(pdf);

        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var record = result.Record!;
        Assert.Equal(3, record.Source.Pages);
        Assert.Equal(SourceFormat.Pdf, record.Source.Format);
        Assert.Equal(
            [(SectionKind.Header, (int?)1), (SectionKind.Context, 1), (SectionKind.Governance, 2), (SectionKind.Opinion, 3)],
            record.Sections.Select(s => (s.Kind, s.Page)));
        Assert.Equal("2025CE04", record.Number);
        Assert.Equal(Outcome.Favorable, record.Opinion.Outcome);
        Assert.Equal(Vote.Unanimity, record.Opinion.Vote);
        Assert.DoesNotContain("Page", result.Document!.Text);
        Assert.DoesNotContain("CoRE Hauts-de-France – Avis", result.Document.Text);
        // The sentence runs from page 1 on to page 2, whole.
        Assert.Equal("Rappel du contexte\nLe comite a examine la demande du campus et les pieces jointes qu'il a transmises au secretariat.",
            result.TextOf(record.Sections[1]));
    }

    [Fact]
    public void A_sentence_running_across_a_page_break_stays_whole()
    {
        var pdf = TestPdfs.Text(
            ["CoRE – Avis 2025CE05", "Avis du CoRE No 2025CE05", "", "Rappel du contexte", "Le comite a examine la demande du campus et les pieces qu'il a", "", "Page 1/2"],
            ["CoRE – Avis 2025CE05", "transmises au secretariat.", "", "Avis du CoRE", "Avis favorable.", "", "Page 2/2"]);
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("a.pdf");
        File.WriteAllBytes(path, pdf);
        var source = new PdfDocumentReader().Read(path, pdf, ReadOptions.Default);
        Assert.DoesNotContain(source.Pages.SelectMany(p => p.Lines), l => l.Contains("Page 1/2") || l.Contains("CoRE – Avis"));
        var result = TestFiles.Pipeline.Extract(path);
        var context = result.Record!.Sections.Single(s => s.Kind == SectionKind.Context);
        Assert.Equal(1, context.Page);
        Assert.EndsWith("les pieces qu'il a transmises au secretariat.", result.TextOf(context));
    }

    [Fact]
    public void Garbled_text_from_a_broken_font_map_gets_a_warning()
    {
        var garbled = new PdfDocumentReader(new FixedLines("Avis du CoRE No 2025CE06", "\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD favorable"), new RunningHeaderFilter());
        var pdf = TestPdfs.Text(["x"]);
        var source = garbled.Read("a.pdf", pdf, ReadOptions.Default);
        Assert.Contains(source.Warnings, w => w.StartsWith("texte en partie illisible", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = ReadOptions.Default with { MaxFileBytes = 10_000 };
        var result = builder.Build().Extract(TestFiles.Corpus(TestFiles.Ceit + ".pdf"));
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.StartsWith("fichier trop volumineux", result.Reason);
    }

    [Fact]
    public void A_reader_that_hangs_is_given_up_after_the_time_limit()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Readers.Insert(0, new HangingReader());
        builder.ReadOptions = ReadOptions.Default with { Timeout = TimeSpan.FromMilliseconds(200) };
        var result = builder.Build().Extract(TestFiles.Corpus(TestFiles.Ceit + ".pdf"));
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.StartsWith("délai dépassé", result.Reason);
    }

    [Fact]
    public void A_reader_that_cannot_overrun_reads_on_the_callers_thread_and_its_faults_are_french_reasons()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        var reader = new ThreadNotingReader();
        builder.Readers.Insert(0, reader);
        var result = builder.Build().Extract(TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        Assert.Equal(Environment.CurrentManagedThreadId, reader.ReadOn);
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.DoesNotContain("InvalidOperationException", result.Reason);
    }

    [Fact]
    public void Running_header_filter_keeps_lines_that_are_not_repeated_at_the_edges()
    {
        var pages = new[]
        {
            new[] { "Rapport 2025", "Texte A", "Suite", "Fin", "12" },
            new[] { "Rapport 2025", "Texte B", "Autre", "Fin", "13" },
            new[] { "Rapport 2025", "Texte C", "Encore", "Conclusion", "14" },
        };
        var filtered = new RunningHeaderFilter(new RunningHeaderOptions { EdgeLines = 1 }).Filter(pages);
        Assert.Equal(["Texte A", "Suite", "Fin"], filtered[0]);
        Assert.Equal(["Texte C", "Encore", "Conclusion"], filtered[2]);
    }

    private sealed class FixedLines(params string[] lines) : IPageLineExtractor
    {
        public IReadOnlyList<PageLine> GetLines(UglyToad.PdfPig.Content.Page page) => lines.Select(l => new PageLine(l)).ToList();
    }

    private sealed class ThreadNotingReader : IDocumentReader
    {
        public int ReadOn { get; private set; }

        public bool MayOverrunDeadline => false;

        public bool CanRead(string path, ReadOnlySpan<byte> head) => true;

        public SourceDocument Read(string path, byte[] content, ReadOptions options)
        {
            ReadOn = Environment.CurrentManagedThreadId;
            throw new InvalidOperationException("a reader's own fault");
        }
    }

    private sealed class HangingReader : IDocumentReader
    {
        public bool CanRead(string path, ReadOnlySpan<byte> head) => true;

        public SourceDocument Read(string path, byte[] content, ReadOptions options)
        {
            Thread.Sleep(TimeSpan.FromSeconds(5));
            throw new InvalidOperationException("should have been abandoned");
        }
    }
}
