using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

public class OpinionExtractorTests
{
    private static OpinionRecord Opinion(string body) =>
        TestFiles.RecordOf("Avis du CoRE N° 2024CE03\nConcernant la carte des formations\n\nAvis du CoRE\n" + body);

    [Theory]
    [InlineData("La demande a obtenu un avis favorable du CoRE.", Outcome.Favorable)]
    [InlineData("Le CoRE émet un avis défavorable à la demande.", Outcome.Unfavorable)]
    [InlineData("Le CoRE rend un avis favorable sous réserve de la transmission du bilan financier.", Outcome.FavorableWithReservations)]
    [InlineData("Le CoRE émet un avis favorable assorti de réserves.", Outcome.FavorableWithReservations)]
    [InlineData("Le CoRE émet un avis favorable avec réserves.", Outcome.FavorableWithReservations)]
    [InlineData("Le CoRE ajourne sa décision dans l'attente de pièces.", Outcome.Postponed)]
    [InlineData("Le CoRE décide de surseoir à statuer.", Outcome.Postponed)]
    [InlineData("Le CoRE prononce un sursis à statuer jusqu'à sa prochaine séance.", Outcome.Postponed)]
    public void Every_outcome_is_recognised(string sentence, Outcome expected)
    {
        var record = Opinion(sentence);
        Assert.Equal(expected, record.Opinion.Outcome);
        Assert.Equal(sentence, record.Opinion.Text);
    }

    [Theory]
    [InlineData("Avis favorable à la majorité des membres présents.", Vote.Majority)]
    [InlineData("Avis favorable à l'unanimité.", Vote.Unanimity)]
    [InlineData("Le CoRE émet unanimement un avis favorable.", Vote.Unanimity)]
    public void Both_votes_are_recognised(string sentence, Vote expected) =>
        Assert.Equal(expected, Opinion(sentence).Opinion.Vote);

    [Fact]
    public void No_vote_stated_is_null() => Assert.Null(Opinion("Avis favorable.").Opinion.Vote);

    [Fact]
    public void Listed_reservations_are_read()
    {
        var record = Opinion("Le CoRE émet un avis favorable assorti des réserves suivantes :\n- transmettre le bilan financier 2025,\n- associer les branches professionnelles.\nFait à Lille.");
        Assert.Equal(Outcome.FavorableWithReservations, record.Opinion.Outcome);
        Assert.Equal(["transmettre le bilan financier 2025", "associer les branches professionnelles"], record.Opinion.Reservations);
    }

    [Fact]
    public void An_inline_reservation_is_read() =>
        Assert.Equal(["de la transmission du bilan financier"],
            Opinion("Le CoRE rend un avis favorable sous réserve de la transmission du bilan financier.").Opinion.Reservations);

    [Fact]
    public void Announced_but_unlisted_reservations_give_a_warning() =>
        Assert.Contains(Opinion("Le CoRE émet un avis favorable assorti de réserves.").Warnings, w => w.Contains("réserves ne sont pas énumérées"));

    [Fact]
    public void Without_an_opinion_section_the_decision_is_searched_everywhere_with_a_warning()
    {
        var record = TestFiles.RecordOf("Avis n° 2023CE11 sur le schéma régional\nLe comité rend un avis favorable à l'unanimité.");
        Assert.Equal(Outcome.Favorable, record.Opinion.Outcome);
        Assert.Contains(record.Warnings, w => w.Contains("pas de section"));
    }
}
