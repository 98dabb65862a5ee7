using AvisIngest.Export;
using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

/// <summary>
/// The decision of an opinion: outcome (with "noted", and none when the body says so), vote and
/// tally, reservations apart from recommendations. The texts are our own variants of the genre's
/// wordings (committee, CESER, environmental authority), not real documents.
/// </summary>
public class DecisionExtractionTests
{
    private static OpinionRecord Opinion(string decision) => TestFiles.RecordOf(
        "Avis du Comité régional pour l'emploi N° 2025CE07\nConcernant le projet de schéma régional\n\n" +
        "Rappel du contexte\nLe comité a été consulté sur le schéma.\n\nAvis du CoRE\n" + decision);

    [Theory]
    [InlineData("Le CoRE émet un avis favorable.", Outcome.Favorable)]
    [InlineData("Le CoRE émet un avis favorable assorti des réserves suivantes :\n- fournir le bilan", Outcome.FavorableWithReservations)]
    [InlineData("Le CoRE émet un avis favorable assorti des recommandations suivantes :\n- suivre les effectifs", Outcome.Favorable)]
    [InlineData("Le CoRE émet un avis défavorable.", Outcome.Unfavorable)]
    [InlineData("Le CoRE décide d'ajourner sa décision.", Outcome.Postponed)]
    [InlineData("Le CoRE prend acte du projet de schéma présenté par la Région.", Outcome.Noted)]
    [InlineData("Le CoRE prend acte des éléments présentés et émet un avis favorable.", Outcome.Favorable)]
    [InlineData("Le conseil approuve le projet de plan régional.", Outcome.Favorable)]
    [InlineData("Sous réserve de la prise en compte de ses remarques, l'assemblée approuve les objectifs du plan.", Outcome.FavorableWithReservations)]
    [InlineData("Le conseil n'approuve pas le projet de plan en l'état.", Outcome.Unfavorable)]
    [InlineData("Le comité approuve le compte rendu de sa séance du 3 mars.", null)]
    [InlineData("Le conseil émet un avis très réservé sur le projet : il en approuve les objectifs mais pas les moyens.", Outcome.Reserved)]
    [InlineData("Le conseil émet un avis favorable sous réserve de la publication d'un bilan.", Outcome.FavorableWithReservations)]
    [InlineData("Le conseil émet un avis sous réserve de la publication d'un bilan : il approuve le projet.", Outcome.FavorableWithReservations)]
    public void The_outcome_is_read_from_the_decision_formula(string decision, Outcome? expected) =>
        Assert.Equal(expected, Opinion(decision).Opinion.Outcome);

    [Fact]
    public void Reservations_stated_after_a_colon_in_the_sentence_are_listed()
    {
        var record = Opinion("Le CoRE émet un avis favorable assorti de réserves : il demande un bilan des effectifs à deux ans. Il félicite le campus.");
        Assert.Equal(Outcome.FavorableWithReservations, record.Opinion.Outcome);
        Assert.Equal(["il demande un bilan des effectifs à deux ans"], record.Opinion.Reservations);
        Assert.DoesNotContain("avis assorti de réserves, mais les réserves ne sont pas énumérées", record.Warnings);
    }

    [Fact]
    public void A_split_opinion_keeps_its_unfavourable_part_and_says_so()
    {
        var split = Opinion("Le conseil émet un avis favorable aux créations de sections et un avis défavorable aux deux fermetures proposées.");
        Assert.Equal(Outcome.Unfavorable, split.Opinion.Outcome);
        Assert.Contains(split.Warnings, w => w.StartsWith("avis partagé : favorable sur une partie, défavorable sur une autre", StringComparison.Ordinal));
        var unfavourable = Opinion("Le conseil émet un avis défavorable au projet.");
        Assert.DoesNotContain(unfavourable.Warnings, w => w.StartsWith("avis partagé", StringComparison.Ordinal));
    }

    [Fact]
    public void An_opinion_that_says_it_is_neither_favourable_nor_unfavourable_has_no_outcome_and_a_warning()
    {
        var record = Opinion("Cet avis porte sur la qualité de l'évaluation. Il n'est donc ni favorable, ni défavorable.");
        Assert.Null(record.Opinion.Outcome);
        Assert.Contains("le texte dit que l'avis n'est ni favorable ni défavorable : pas de décision", record.Warnings);
    }

    [Fact]
    public void Recommendations_are_listed_apart_from_reservations()
    {
        var record = Opinion(
            "Le CoRE émet un avis favorable sous réserve de la transmission du bilan annuel.\n\n" +
            "Il formule les recommandations suivantes :\n- renforcer les liens avec les lycées\n- suivre l'insertion des apprenants");
        Assert.Equal(Outcome.FavorableWithReservations, record.Opinion.Outcome);
        Assert.Equal(["de la transmission du bilan annuel"], record.Opinion.Reservations);
        Assert.Equal(["renforcer les liens avec les lycées", "suivre l'insertion des apprenants"], record.Opinion.Recommendations);
        var row = TableRows.Opinion(record);
        Assert.Equal(1, row.ReservationCount);
        Assert.Equal(2, row.RecommendationCount);
        Assert.Equal(["suivre l'insertion des apprenants"], TableRows.Recommendations(record).Where(r => r.Position == 2).Select(r => r.Recommendation));
    }

    [Theory]
    [InlineData("L'avis est adopté. Pour : 98 Contre : 12 Abstentions : 4", 98, 12, 4, Vote.Majority)]
    [InlineData("Adopté par 45 voix pour, 3 contre et 2 abstentions.", 45, 3, 2, Vote.Majority)]
    [InlineData("Votants : 60. Pour : 57 ; Contre : 0 ; Abstentions : 3. Le CESER émet un avis favorable.", 57, 0, 3, Vote.Unanimity)]
    public void A_tally_is_read_and_decides_the_vote_when_no_word_does(string decision, int @for, int against, int abstentions, Vote vote)
    {
        var record = Opinion(decision);
        Assert.Equal(new VoteTally(@for, against, abstentions), record.Opinion.Votes);
        Assert.Equal(vote, record.Opinion.Vote);
        var row = TableRows.Opinion(record);
        Assert.Equal((@for, against, abstentions), (row.VotesFor!.Value, row.VotesAgainst!.Value, row.VotesAbstentions!.Value));
    }

    [Fact]
    public void Unanimity_of_the_votes_cast_is_unanimity_even_with_abstentions()
    {
        var record = Opinion("Le CESER a adopté le présent avis à l'unanimité des suffrages exprimés avec 4 abstentions.");
        Assert.Equal(Vote.Unanimity, record.Opinion.Vote);
        Assert.Null(record.Opinion.Votes);
    }

    [Fact]
    public void The_seeds_have_no_tally_and_no_recommendations()
    {
        foreach (var seed in new[] { TestFiles.Ceit, TestFiles.Id })
        {
            var record = TestFiles.Pipeline.Extract(TestFiles.Corpus(seed + ".txt")).Record!;
            Assert.Null(record.Opinion.Votes);
            Assert.Empty(record.Opinion.Recommendations);
            Assert.Equal(Outcome.Favorable, record.Opinion.Outcome);
            Assert.Equal(Vote.Majority, record.Opinion.Vote);
        }
    }

    [Fact]
    public void A_body_s_numbered_recommendations_are_its_recommendations_wherever_it_sets_them_out()
    {
        var record = TestFiles.RecordOf("Avis du CESER sur le schéma régional des mobilités\n\nI. Les propositions\n" +
            // Lines as long as a page's: a title's line is shorter, and stays a paragraph of its own.
            "Recommandation n° 1 : ouvrir les lignes de car le dimanche\nLe CESER constate que les lignes régionales de car ferment le week-end dans trois départements\nsur cinq, alors que les salariés des services en ont besoin.\n\n" +
            "Proposition 2 – Associer les usagers aux comités de ligne.\nLes comités de ligne se réunissent chaque trimestre sans les associations d'usagers, qui\nne sont informées des décisions qu'après coup.\n\n" +
            "La recommandation 3 du rapport de 2019 n'a pas été suivie.\n\nII. L'avis\nLe CESER émet un avis favorable.");
        Assert.Equal(["ouvrir les lignes de car le dimanche", "Associer les usagers aux comités de ligne"], record.Opinion.Recommendations);
    }
}
