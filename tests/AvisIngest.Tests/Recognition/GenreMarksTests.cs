using AvisIngest.Pipeline;

namespace AvisIngest.Tests.Recognition;

/// <summary>
/// Opinions and papers about opinions told apart by the genre's marks weighed together. The texts
/// are our own variants of the forms the issue describes (rapport-avis with its tally, an opinion
/// after web menus, an "avis délibéré" whose preamble mentions an agenda, a news article reporting
/// a vote, minutes of several items, a decree), not real documents.
/// </summary>
public class GenreMarksTests
{
    [Theory]
    [InlineData("Rapport-avis\nLes mobilités du quotidien\n\nLe CESER a adopté le présent rapport.\nPour : 80 Contre : 5 Abstentions : 3")]
    [InlineData("Accueil\nActualités\nNous contacter\nPlan du site\nRecherche\nMentions légales\nAvis n° 2022-14 sur le budget primitif\n\nL'assemblée a voté le présent avis à l'unanimité.")]
    [InlineData("Avis délibéré n° 2021-5163\n\nPréambule\nLa mission s'est réunie ; l'ordre du jour comportait notamment le présent avis.\n\nAprès en avoir délibéré, la MRAe rend l'avis qui suit.")]
    [InlineData("Contribution du comité\n\nLe comité, réuni le 3 mars, émet un avis favorable au projet de carte des formations.")]
    [InlineData("CESER Hauts-de-France\n\nContribution sur la gestion de l'eau\n\n1. Un enjeu devenu central\nLes sécheresses ont montré la vulnérabilité du territoire.\n\nConclusion\nLe CESER adopte la présente contribution à l'unanimité.")]
    // A council's contribution with no adoption formula nor outcome: its title says the genre.
    [InlineData("Conseil de développement du Pays de Saint-Omer\n\nContribution relative au schéma de cohérence territoriale\n\nLes attentes des habitants\nLes habitants souhaitent des bourgs plus vivants.\n\nNos propositions\nLe conseil propose trois chantiers prioritaires.")]
    public void Opinions_are_recognised_wherever_their_marks_stand(string text)
    {
        var result = TestFiles.ExtractText(text);
        Assert.True(result.Status == ExtractionStatus.Extracted, result.Reason);
    }

    [Theory]
    [InlineData("La Région adopte son schéma\n\nLe conseil régional a rendu un avis favorable jeudi, selon le président, malgré l'opposition d'une minorité.", "troisième personne")]
    [InlineData("Procès-verbal de la séance du 12 mars 2025\n\nPoint n° 1 : avis sur le CMQ TP. Le comité émet un avis favorable.\n\nPoint n° 2 : avis sur la carte des formations. Le comité émet un avis défavorable.", "plusieurs points d'ordre du jour")]
    [InlineData("Décret n° 2024-123 du 5 février 2024 relatif aux campus\n\nArticle 1er\nLe campus est labellisé après avis favorable du comité.", "acte juridique")]
    [InlineData("Communiqué de presse\n\nLa contribution sur le schéma de cohérence territoriale a été remise au président de l'agglomération.", "communiqué de presse")]
    public void Papers_that_only_talk_about_opinions_are_told_apart_with_their_marks(string text, string mark)
    {
        var result = TestFiles.ExtractText(text);
        Assert.Equal(ExtractionStatus.NotAnOpinion, result.Status);
        Assert.Contains(mark, result.Reason);
    }

    [Fact]
    public void The_verdict_lists_every_mark_with_its_weight()
    {
        var document = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Ceit + ".txt")).Document!;
        var verdict = new AvisIngest.Recognition.OpinionRecogniser().Judge(document);
        Assert.True(verdict.IsOpinion);
        Assert.Contains("titre d'avis (+3)", verdict.Marks);
        Assert.Contains("décision énoncée (favorable, défavorable, ajournement, prise d'acte) (+1)", verdict.Marks);
    }
}

public class ExplainOptionTests
{
    [Fact]
    public void Extract_explain_says_why_each_file_is_or_is_not_an_opinion()
    {
        using var folder = TestFiles.NewTempFolder();
        File.WriteAllText(folder.File("minutes.txt"), "Procès-verbal de la séance\n\nPoint n° 1 : le comité émet un avis favorable.\n\nPoint n° 2 : questions diverses.");

        var (code, output, error) = TestFiles.RunCli("extract", TestFiles.Corpus(TestFiles.Ceit + ".txt"), folder.File("minutes.txt"), "--explain", "--json");

        Assert.Equal(AvisIngest.Cli.ExitCode.NotAnOpinion, code);
        Assert.Single(output.Trim().Split('\n'));
        Assert.Contains(TestFiles.Ceit + ".txt : avis (score 4) : titre d'avis (+3) ; décision énoncée", error);
        Assert.Contains("minutes.txt : pas un avis : en-tête de compte rendu de séance (-3)", error);
        Assert.Contains("plusieurs points d'ordre du jour (-3)", error);
    }
}
