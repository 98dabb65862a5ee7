using AvisIngest.Pipeline;

namespace AvisIngest.Tests.Recognition;

public class OpinionRecogniserTests
{
    [Theory]
    [InlineData("Ordre du jour de la séance plénière du CoRE\n1. Avis sur le CMQ TP\n2. Questions diverses", "ordre du jour")]
    [InlineData("Communiqué de presse\nLe CoRE a rendu un avis favorable au renouvellement du CMQe ID.", "communiqué de presse")]
    [InlineData("Madame, Monsieur,\nJ'ai l'honneur de vous transmettre le dossier du campus.", "courrier")]
    [InlineData("Compte rendu de la réunion du 12 mars 2025\nPrésents : …", "compte rendu")]
    [InlineData("Rapport annuel des campus\nLe réseau compte quatorze campus.", "aucun avis trouvé")]
    public void Papers_that_are_not_opinions_get_a_reason(string text, string reason)
    {
        var result = TestFiles.ExtractText(text);
        Assert.Equal(ExtractionStatus.NotAnOpinion, result.Status);
        Assert.Contains(reason, result.Reason);
    }

    [Theory]
    [InlineData("Avis du CoRE sur la carte des formations 2026\nLe CoRE émet un avis favorable.")]
    [InlineData("Schéma régional des formations sanitaires\nLe comité rend un avis défavorable.")]
    public void Opinions_on_any_subject_are_opinions(string text) =>
        Assert.Equal(ExtractionStatus.Extracted, TestFiles.ExtractText(text).Status);
}
