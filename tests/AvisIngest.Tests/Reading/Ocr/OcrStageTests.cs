using AvisIngest.Reading;
using AvisIngest.Reading.Ocr;
using AvisIngest.Reading.Pdf;
using AvisIngest.Records;

namespace AvisIngest.Tests.Reading.Ocr;

/// <summary>How the OCR stage spends its time: pages decoded when read, the engine's installation asked only on failure.</summary>
public class OcrStageTests
{
    /// <summary>Reads every page as one line naming its image's first byte; counts what it was asked.</summary>
    private sealed class RecordingOcr(bool installed, bool fails = false) : IPageOcr
    {
        private int availabilityQuestions;

        public int AvailabilityQuestions => Volatile.Read(ref availabilityQuestions);

        public bool IsAvailable
        {
            get
            {
                Interlocked.Increment(ref availabilityQuestions);
                return installed;
            }
        }

        public OcrPage Recognise(PageImage image, CancellationToken cancel) =>
            fails ? throw new InvalidOperationException("engine missing") : new OcrPage([$"Page lue, octet {image.Bytes[0]}."], 91, 3);
    }

    private static SourceDocument Scan(params SourcePage[] pages) =>
        new("scan.pdf", SourceFormat.Pdf, "0", Encoding: null, pages.Length, pages, []);

    private static SourcePage ScannedPage(int number, PageImage image) => new(number, []) { Image = image };

    [Fact]
    public void A_page_image_is_decoded_when_first_read_and_once()
    {
        var decoded = 0;
        var image = new PageImage(() => { decoded++; return [7, 8]; }, 200);
        Assert.Equal(0, decoded);
        Assert.Equal([7, 8], image.Bytes);
        Assert.Equal([7, 8], image.Bytes);
        Assert.Equal(1, decoded);
    }

    [Fact]
    public void Pages_read_by_an_installed_engine_never_ask_whether_it_is_installed()
    {
        var ocr = new RecordingOcr(installed: true);
        var read = new OcrStage(ocr).Apply(Scan(ScannedPage(1, new PageImage([1], 200)), ScannedPage(2, new PageImage([2], 200))));
        Assert.Equal(0, ocr.AvailabilityQuestions);
        Assert.Equal([1, 2], read.OcrPages);
        Assert.Equal(["Page lue, octet 1."], read.Pages[0].Lines);
        Assert.Equal(["Page lue, octet 2."], read.Pages[1].Lines);
    }

    [Fact]
    public void When_every_page_fails_a_missing_engine_is_said_with_what_to_install()
    {
        var ocr = new RecordingOcr(installed: false, fails: true);
        var failure = Assert.Throws<UnreadableDocumentException>(() => new OcrStage(ocr).Apply(Scan(ScannedPage(1, new PageImage([1], 200)))));
        Assert.Equal("OCR indisponible : installez tesseract-ocr et tesseract-ocr-fra", failure.Message);
        Assert.Equal(1, ocr.AvailabilityQuestions);
    }

    [Fact]
    public void A_missing_engine_keeps_the_pages_that_have_text_and_says_how_many_were_left()
    {
        var text = new SourcePage(1, ["Avis du CoRE sur le campus."]);
        var read = new OcrStage(new RecordingOcr(installed: false, fails: true)).Apply(Scan(text, ScannedPage(2, new PageImage([2], 200))));
        Assert.Equal(["Avis du CoRE sur le campus."], read.Pages[0].Lines);
        Assert.Null(read.Pages[1].Image);
        Assert.Contains("OCR indisponible : 1 page(s) numérisée(s) ignorée(s) (installez tesseract-ocr et tesseract-ocr-fra)", read.Warnings);
    }

    [Fact]
    public void A_page_whose_image_cannot_be_decoded_is_left_out_and_named_while_the_others_are_read()
    {
        var broken = new PageImage(() => throw new InvalidDataException("Flate corrompu"), 200);
        var read = new OcrStage(new RecordingOcr(installed: true)).Apply(Scan(ScannedPage(1, new PageImage([1], 200)), ScannedPage(2, broken)));
        Assert.Equal([1], read.OcrPages);
        Assert.Contains("OCR impossible sur la page 2, ignorée(s)", read.Warnings);
    }

    [Fact]
    public void The_reader_gives_a_scanned_page_image_that_decodes_to_a_grey_image_after_the_pdf_is_closed()
    {
        var scan = TestFiles.Corpus(Path.Combine("scans", TestFiles.Ceit + "-scan.pdf"));
        var document = new PdfDocumentReader().Read(scan, File.ReadAllBytes(scan), ReadOptions.Default);
        var image = document.Pages[0].Image!;
        Assert.Equal(200, image.Dpi);
        Assert.StartsWith("P5\n1654 2339\n255\n", System.Text.Encoding.ASCII.GetString(image.Bytes, 0, 20));
    }
}
