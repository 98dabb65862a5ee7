using AvisIngest.Pipeline;
using AvisIngest.Records;

namespace AvisIngest.Tests.Seeds;

public class SeedPdfTests
{
    [Theory]
    [InlineData(TestFiles.Ceit, 5)]
    [InlineData(TestFiles.Id, 6)]
    public void A_seed_pdf_gives_every_expected_value(string seed, int pages)
    {
        var result = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".pdf"));
        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        var record = result.Record!;
        SeedExpectations.AssertSeed(seed, record);
        Assert.Equal(SourceFormat.Pdf, record.Source.Format);
        Assert.Equal(pages, record.Source.Pages);
        Assert.Null(record.Source.Encoding);
    }

    [Theory]
    [InlineData(TestFiles.Ceit)]
    [InlineData(TestFiles.Id)]
    public void A_seed_pdf_and_its_text_give_the_same_record_but_for_source_and_offsets(string seed)
    {
        var fromText = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!;
        var fromPdf = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".pdf")).Record!;
        Assert.Equal(SeedTextTests.WithoutSourceAndOffsets(fromText), SeedTextTests.WithoutSourceAndOffsets(fromPdf));
        Assert.Equal(fromText.Id, fromPdf.Id);
    }

    [Fact]
    public void Sections_of_a_pdf_record_the_page_they_start_on()
    {
        var record = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".pdf")).Record!;
        Assert.Equal(1, record.Sections[0].Page);
        Assert.All(record.Sections, s => Assert.InRange(s.Page ?? 0, 1, 6));
        Assert.Equal(record.Sections.Select(s => s.Page).Order(), record.Sections.Select(s => s.Page));
        Assert.Equal(6, record.Sections.Single(s => s.Kind == SectionKind.Opinion).Page);
    }
}
