using AvisIngest.Records;

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
    [InlineData("COMITÉ DE BASSIN SEINE-NORMANDIE\nAvis n° 2024-11 du 5 décembre 2024\nsur le programme de mesures\n\nPréambule\nLe comité a été saisi le 3 octobre 2024.\n\nConclusion\nLe comité émet un avis favorable.", "2024-12-05")]
    public void The_consultation_date_is_the_opinion_s_own(string text, string date) =>
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), TestFiles.RecordOf(text).Consultation.Date);

    [Theory]
    [InlineData("Avis n° 12 du bureau du comité\nsur le programme régional de formation\n\nRéunion du bureau du 3 juin 2025\n\nContexte\nLe programme est présenté.\n\nAvis\nLe bureau émet un avis favorable.", "2025-06-03")]
    [InlineData("Avis du CESER sur le plan régional\n\nAssemblée plénière du 18 février 2025\n\nContexte\nLe plan est présenté.\n\nAvis\nLe CESER émet un avis favorable.", "2025-02-18")]
    [InlineData("CHAMBRE DE MÉTIERS ET DE L'ARTISANAT DE RÉGION BRETAGNE\n\nAssemblée générale du 26 juin 2024\n\nDélibération n° 2024-08 portant avis sur le schéma régional\n\nEXPOSÉ DES MOTIFS\nPar courrier du 3 mai 2024, la Région a saisi la chambre.\n\nDÉLIBÉRATION\nL'assemblée générale émet un avis favorable.", "2024-06-26")]
    [InlineData("Avis de l'association régionale sur le programme\n\nConseil d'administration du 9 avril 2024\n\nContexte\nLe programme est présenté.\n\nAvis\nLe conseil émet un avis favorable.", "2024-04-09")]
    [InlineData("COMITÉ RÉGIONAL POUR L'EMPLOI\nBureau du 7 juin 2032\n\nAvis n° 2032CE19 relatif à la demande de labellisation du campus\n\nContexte\nLe campus est présenté.\n\nAvis du bureau\nLe bureau émet un avis favorable.", "2032-06-07")]
    [InlineData("Avis n° 4 sur le budget\n\nSession du 7 octobre 2024\n\nContexte\nLe budget est présenté.\n\nAvis\nLe conseil émet un avis défavorable.", "2024-10-07")]
    public void A_meeting_named_in_the_header_dates_the_opinion(string text, string date)
    {
        var record = TestFiles.RecordOf(text);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), record.Consultation.Date);
        Assert.Equal(ConsultationMode.Meeting, record.Consultation.Mode);
    }

    [Fact]
    public void An_opinion_cited_with_its_number_in_the_text_does_not_date_this_one()
    {
        var record = TestFiles.RecordOf("Avis sur le campus\n\nContexte\nLe comité rappelle son avis n° 12 du 3 mars 2022 sur le même campus.\n\nAvis\nLe comité émet un avis favorable.");
        Assert.Null(record.Consultation.Date);
    }

    [Fact]
    public void A_meeting_the_opinion_s_text_reports_is_not_its_date()
    {
        var record = TestFiles.RecordOf("Avis n° 5 sur le campus\n\nContexte\nLe campus se présente.\n\nAvis\nLors de la réunion du comité de pilotage du campus du 2 mai 2024, les partenaires ont validé le projet. Le comité émet un avis favorable.");
        Assert.Null(record.Consultation.Date);
    }
}
