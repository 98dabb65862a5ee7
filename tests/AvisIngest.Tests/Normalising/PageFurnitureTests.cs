using AvisIngest.Normalising;

namespace AvisIngest.Tests.Normalising;

public class PageFurnitureTests
{
    [Theory]
    [InlineData("Comité régional – avis du 3 mars 2027                                  2/4", true)]
    [InlineData("                                                                        1/1", true)]
    [InlineData("Comité régional – avis du 3 mars 2027                                  5/4", false)]
    [InlineData("la part des apprentis passe à 1/3", false)]
    [InlineData("Comité régional – avis du 3 mars 2027 2/4", false)]
    public void A_layout_page_counter_is_a_number_of_pages_after_a_wide_gap(string line, bool counter) =>
        Assert.Equal(counter, PageFurniture.IsLayoutPageCounter(line));

    [Fact]
    public void A_layout_counter_is_dropped_at_a_page_s_foot_and_kept_inside_it()
    {
        string[] page = ["Le comité émet un avis favorable.", "Tableau des places        1/2", "Fin de l'avis.", "", "Comité régional – avis du 3 mars 2027          1/1"];
        var lines = new TextNormaliser([new SpaceNormaliser()], new ParagraphJoiner())
            .NormaliseLines(TestFiles.TextSource(page));
        Assert.Equal(["Le comité émet un avis favorable.", "Tableau des places 1/2", "Fin de l'avis.", ""], lines.Select(l => l.Text));
    }
}
