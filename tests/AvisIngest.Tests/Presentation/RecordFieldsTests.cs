using AvisIngest.Presentation;

namespace AvisIngest.Tests.Presentation;

public class RecordFieldsTests
{
    private static string OpinionLine(string closing) =>
        Assert.Single(RecordFields.Of(TestFiles.RecordOf("CESER Hauts-de-France\n\nAvis du CESER sur le plan régional\n\nSéance plénière du 3 avril 2026\n\n1. Le plan\nLe plan compte trois volets.\n\n2. L'avis\n" + closing)),
            f => f.Label == "Avis").Values.Single();

    [Fact]
    public void A_decision_reads_with_its_vote_and_a_vote_alone_reads_as_the_text_s_adoption()
    {
        Assert.Equal("favorable à la majorité (pour 98, contre 3, abstentions 11)",
            OpinionLine("Le CESER émet un avis favorable, adopté par 98 voix pour, 3 contre et 11 abstentions."));
        Assert.Equal("décision non trouvée ; voté à la majorité (pour 98, contre 3, abstentions 11)",
            OpinionLine("Le CESER adopte le présent avis par 98 voix pour, 3 contre et 11 abstentions."));
    }
}
