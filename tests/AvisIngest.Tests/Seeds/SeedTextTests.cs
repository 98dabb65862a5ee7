using System.Text;
using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Records;

namespace AvisIngest.Tests.Seeds;

public class SeedTextTests
{
    [Fact]
    public void Ceit_text_gives_every_expected_value()
    {
        var result = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        SeedExpectations.AssertCeit(result.Record!);
        Assert.Equal(SourceFormat.Txt, result.Record!.Source.Format);
        Assert.Equal("utf-8", result.Record.Source.Encoding);
        Assert.Null(result.Record.Source.Pages);
        Assert.All(result.Record.Sections, s => Assert.Null(s.Page));
    }

    [Fact]
    public void Id_text_gives_every_expected_value()
    {
        var result = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.Equal(ExtractionStatus.Extracted, result.Status);
        SeedExpectations.AssertId(result.Record!);
    }

    [Fact]
    public void Sections_cover_the_whole_normalised_text_in_order()
    {
        var record = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt")).Record!;
        Assert.Equal(0, record.Sections[0].Start);
        for (var i = 1; i < record.Sections.Count; i++)
            Assert.Equal(record.Sections[i - 1].End, record.Sections[i].Start);
        Assert.Equal("Avis du CoRE", record.Sections[^1].Heading);
    }

    public static TheoryData<string, string> Variants => new()
    {
        { TestFiles.Ceit, "crlf" }, { TestFiles.Ceit, "windows-1252" }, { TestFiles.Ceit, "blank-lines" }, { TestFiles.Ceit, "utf-8-bom" }, { TestFiles.Ceit, "utf-16le" },
        { TestFiles.Id, "crlf" }, { TestFiles.Id, "windows-1252" }, { TestFiles.Id, "blank-lines" }, { TestFiles.Id, "utf-8-bom" }, { TestFiles.Id, "utf-16le" },
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void A_variant_of_a_seed_gives_the_same_record(string seed, string variant)
    {
        var original = File.ReadAllText(TestFiles.Corpus(seed + ".txt"));
        var bytes = variant switch
        {
            "crlf" => Encoding.UTF8.GetBytes(original.ReplaceLineEndings("\r\n")),
            // An old office export has a real bullet where the PDF converter left a private-use glyph.
            "windows-1252" => TextEncodingDetector.Windows1252.GetBytes(original.Replace('\uF0B7', '•')),
            "blank-lines" => Encoding.UTF8.GetBytes(WithExtraBlankLines(original)),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(original)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(original)],
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File(seed + ".txt");
        File.WriteAllBytes(path, bytes);

        var expected = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!;
        var actual = TestFiles.Pipeline.Extract(path).Record!;

        var expectedEncoding = variant is "crlf" or "blank-lines" ? "utf-8" : variant;
        Assert.Equal(expectedEncoding, actual.Source.Encoding);
        Assert.Equal(WithoutSourceAndOffsets(expected), WithoutSourceAndOffsets(actual));
    }

    // Page breaks leave runs of blank lines, also in the middle of sentences (after a comma).
    private static string WithExtraBlankLines(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var result = new StringBuilder("\n\n");
        foreach (var line in lines)
        {
            result.Append(line).Append('\n');
            if (line.Trim().Length == 0)
                result.Append("\n \n");
            else if (line.TrimEnd().EndsWith(','))
                result.Append("\n\n");
        }
        return result.ToString();
    }

    internal static string WithoutSourceAndOffsets(OpinionRecord record)
    {
        var copy = RecordJson.Deserialize(RecordJson.Serialize(record));
        copy.Source = new Source();
        copy.Sections = copy.Sections.Select(s => s with { Start = 0, End = 0, Page = null }).ToList();
        return RecordJson.Serialize(copy);
    }
}
