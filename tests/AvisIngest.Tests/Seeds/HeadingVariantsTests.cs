using AvisIngest.Records;

namespace AvisIngest.Tests.Seeds;

/// <summary>
/// The seeds re-laid out and reworded (our own variants, corpus/variants/): headings as plain lines
/// with no numbering, then with wordings the rules do not know. The record must not change.
/// </summary>
public class HeadingVariantsTests
{
    [Theory]
    [InlineData(TestFiles.Ceit, "avis-2026CE01-plain-headings")]
    [InlineData(TestFiles.Ceit, "avis-2026CE01-reworded")]
    [InlineData(TestFiles.Id, "avis-2026CE02-reworded")]
    public void A_seed_with_plain_or_reworded_headings_gives_the_same_record_fields(string seed, string variant)
    {
        var expected = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!;
        var actual = TestFiles.Pipeline.Extract(Variant(variant)).Record!;
        Assert.Equal(Fields(expected), Fields(actual));
    }

    [Fact]
    public void Plain_headings_with_the_usual_wordings_give_the_same_sections()
    {
        var expected = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Ceit + ".txt")).Record!;
        var actual = TestFiles.Pipeline.Extract(Variant("avis-2026CE01-plain-headings")).Record!;
        Assert.Equal(expected.Sections.Select(s => s.Kind), actual.Sections.Select(s => s.Kind));
    }

    [Theory]
    [InlineData(TestFiles.Ceit, "avis-2026CE01-reworded")]
    [InlineData(TestFiles.Id, "avis-2026CE02-reworded")]
    public void Reworded_headings_are_each_found_and_all_but_one_named_right(string seed, string variant)
    {
        var expected = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!.Sections;
        var actual = TestFiles.Pipeline.Extract(Variant(variant)).Record!.Sections;
        Assert.Equal(expected.Count, actual.Count);
        // The axes heading ("Priorités stratégiques", "Ambitions du campus") is the one the
        // classifier is unsure of: "other", with a warning; the axes are still read (above).
        var wrong = expected.Zip(actual).Where(p => p.First.Kind != p.Second.Kind).ToList();
        Assert.True(wrong.Count <= 1, string.Join(", ", wrong.Select(p => $"{p.Second.Heading}: {p.Second.Kind} au lieu de {p.First.Kind}")));
    }

    private static string Variant(string name) => Path.Combine(TestFiles.RepoRoot, "corpus", "variants", name + ".txt");

    // Every field a user reads, but the sections (their headings differ on purpose), the warnings,
    // the title (it is the same text) and the source.
    private static string Fields(OpinionRecord record)
    {
        var copy = RecordJson.Deserialize(RecordJson.Serialize(record));
        copy.Source = new Source();
        copy.Sections = [];
        copy.Warnings = [];
        return RecordJson.Serialize(copy);
    }
}
