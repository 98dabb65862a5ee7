namespace AvisIngest.Tests.Extraction;

/// <summary>
/// The opinion's own date told apart from the dates it cites (a decree, a delegation meeting, a
/// referral). The texts are our own variants of these wordings, written for the test.
/// </summary>
public class OwnDateTests
{
    [Theory]
    [InlineData("Avis délibéré n° 2017-1878 adopté lors de la séance du 31 octobre 2017\n\nPréambule\nLa mission a été saisie pour avis le 4 août 2017, en application du décret du 28 avril 2016.\n\nAvis\nLa mission rend l'avis qui suit.", "2017-10-31")]
    [InlineData("Avis n° 2021-5163 rendu le 15 mars 2021\n\nPréambule\nPar délégation que lui a donnée la mission lors de sa séance du 9 mars 2021, le président a rendu l'avis qui suit.", "2021-03-15")]
    [InlineData("Avis du Comité régional pour l'emploi N° 2025CE09\nConcernant la carte des formations\n\nAvis du CoRE\nLe CoRE, réuni en séance plénière le 12 mars 2025 en application du décret du 5 février 2024, émet un avis favorable.", "2025-03-12")]
    [InlineData("Avis du CESER\nSur le budget\n\nAvis\nVu la délibération du 2 février 2023, le CESER émet un avis favorable.\n\nAvis adopté en séance plénière le 14 mars 2023.", "2023-03-14")]
    public void The_consultation_date_is_the_opinion_s_own(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TestFiles.RecordOf(text).Consultation.Date);
}
