using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Reading.Ocr;
using AvisIngest.Records;
using AvisIngest.Tests.Seeds;
using Xunit.Abstractions;

namespace AvisIngest.Tests.Reading.Ocr;

/// <summary>Runs where tesseract-ocr and tesseract-ocr-fra are installed (.ci/run installs them); under CI it always runs.</summary>
public sealed class OcrFactAttribute : TheoryAttribute
{
    public OcrFactAttribute()
    {
        if (!new TesseractOcr().IsAvailable && Environment.GetEnvironmentVariable("CI") != "true")
            Skip = "OCR absent : apt-get install -y tesseract-ocr tesseract-ocr-fra";
    }
}

public class OcrTests(ITestOutputHelper output)
{
    [OcrFact]
    [InlineData(TestFiles.Ceit, 5)]
    [InlineData(TestFiles.Id, 6)]
    public void A_scanned_seed_gives_the_expected_values_of_its_text(string seed, int pages)
    {
        var scan = TestFiles.Corpus(Path.Combine("scans", seed + "-scan.pdf"));
        // What is read, not how fast: a CI machine busy with other tests may pass the default 30 s.
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = builder.ReadOptions with { Timeout = TimeSpan.FromMinutes(5) };
        var result = builder.Build().Extract(scan);
        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var record = result.Record!;
        SeedExpectations.AssertSeed(seed, record);
        Assert.Equal(Enumerable.Range(1, pages), record.Source.OcrPages);
        Assert.InRange(record.Source.OcrConfidence!.Value, 85, 100);
        output.WriteLine($"{seed}: confiance OCR moyenne {record.Source.OcrConfidence} %");

        // Beyond the contract's expected values, the whole record is the text's.
        var fromText = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!;
        Assert.Equal(Comparable(fromText), Comparable(record));
    }

    [Fact]
    public void A_scan_without_tesseract_says_what_to_install()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Ocr = new MissingOcr();
        var result = builder.Build().Extract(TestFiles.Corpus(Path.Combine("scans", TestFiles.Ceit + "-scan.pdf")));
        Assert.Equal(ExtractionStatus.Unreadable, result.Status);
        Assert.Equal("OCR indisponible : installez tesseract-ocr et tesseract-ocr-fra", result.Reason);
    }

    [Fact]
    public void With_ocr_never_a_scan_has_no_text_layer()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = builder.ReadOptions with { Ocr = OcrMode.Never };
        var result = builder.Build().Extract(TestFiles.Corpus(Path.Combine("scans", TestFiles.Ceit + "-scan.pdf")));
        Assert.Equal("aucune couche texte, document numérisé ?", result.Reason);
    }

    [Theory]
    [InlineData("Avis du COoRE", "Avis du CoRE")]
    [InlineData("Le C0RE Hauts-de-France", "Le CoRE Hauts-de-France")]
    [InlineData("Adossé à Ll'ESAAT de Roubaix", "Adossé à l'ESAAT de Roubaix")]
    [InlineData("de 1'énergie (batteries)", "de l'énergie (batteries)")]
    [InlineData("Campus d''Excellence", "Campus d'Excellence")]
    [InlineData("CORE et COR", "CoRE et COR")]
    [InlineData("(Hauts- de-France /0Occitanie)", "(Hauts- de-France /Occitanie)")]
    [InlineData("Rectorat, France Travail, OPCO 21,", "Rectorat, France Travail, OPCO 2I,")]
    [InlineData("3 0OO emplois, OPCO 210", "3 0OO emplois, OPCO 210")]
    public void Ocr_confusions_of_the_genre_are_corrected(string ocr, string expected) =>
        Assert.Equal(expected, OcrCorrections.Apply(ocr));

    [Fact]
    public void A_capital_article_opening_a_line_inside_a_sentence_is_lowered() =>
        Assert.Equal(
            ["(équipements de protection) et", "l'UIMM UDI Métal (design industriel).", "L'UIMM porte le projet."],
            OcrCorrections.Apply(["(équipements de protection) et", "L'UIMM UDI Métal (design industriel).", "L'UIMM porte le projet."]));

    [Fact]
    public void An_opinion_number_read_with_spaces_or_an_o_is_mended() =>
        Assert.Equal("2026CE01", TestFiles.RecordOf("Avis du CoRE N° 2026 CEO1\nAvis du CoRE\nAvis favorable.").Number);

    private static string Comparable(OpinionRecord record) => SeedTextTests.WithoutSourceAndOffsets(record);

    private sealed class MissingOcr : IPageOcr
    {
        public bool IsAvailable => false;

        public OcrPage Recognise(PageImage image, CancellationToken cancel) => throw new InvalidOperationException("not installed");
    }
}
