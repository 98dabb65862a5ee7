using AvisIngest.Export;
using AvisIngest.Presentation;
using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

public class RecordCodesTests
{
    [Fact]
    public void Every_code_parses_back_to_its_value()
    {
        foreach (var outcome in Enum.GetValues<Outcome>())
        {
            Assert.True(RecordCodes.TryParse<Outcome>(RecordCodes.Of(outcome), out var parsed));
            Assert.Equal(outcome, parsed);
        }
        Assert.True(RecordCodes.TryParse<ExportTable>("reservations", out var table));
        Assert.Equal(ExportTable.Reservations, table);
    }

    [Theory]
    [InlineData("3")]
    [InlineData("FavorableWithReservations")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_but_a_code_is_refused(string? code) =>
        Assert.False(RecordCodes.TryParse<Outcome>(code, out _));

    [Fact]
    public void Codes_read_in_french() =>
        Assert.Equal(("favorable avec réserves", "décision inconnue", "site emblématique", "autre"),
            (FrenchLabels.OfOutcome("favorable_with_reservations"), FrenchLabels.OfOutcome("maybe"), FrenchLabels.OfKind("site"), FrenchLabels.OfKind("?")));
}
