using AvisIngest.Records;
using AvisIngest.Web.Pages;

namespace AvisIngest.Tests.Web;

/// <summary>The opinion page as a reader sees it, rendered from a text written for the test.</summary>
public class OpinionPageTests
{
    [Fact]
    public void A_campus_without_an_acronym_is_named_by_its_theme_and_a_decorated_heading_is_not_repeated()
    {
        var result = TestFiles.ExtractText("Avis n° 2027CE15 sur la demande de labellisation du Campus des métiers et des qualifications Industries de la mode\n\n"
            + "\u25a0 Le contexte régional\n\nLa filière emploie douze mille salariés dans la région et recrute des couturiers.\n\n"
            + "\u25a0 L'avis du Comité\n\nLe Comité émet un avis favorable à la labellisation du campus.");
        var record = result.Record!;
        var text = result.Document!.Text;
        var page = OpinionPage.Render(record, record.Sections.Select(s => (RecordCodes.Of(s.Kind), s.Heading, text[s.Start..s.End])).ToList(), null, "/");

        Assert.Contains(">Industries de la mode</a> (tous ses avis)", page);
        Assert.DoesNotContain("— Industries de la mode", page);
        Assert.Contains("<h3>Le contexte régional</h3>", page);
        Assert.DoesNotContain("<p>- Le contexte régional</p>", page);
    }
}
