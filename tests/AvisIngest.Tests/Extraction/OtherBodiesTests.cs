using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

/// <summary>
/// Identity of an opinion from any body: number forms, body name and acronym, and campus fields
/// left empty when the opinion is not about a campus. The texts are our own variants of these
/// bodies' openings (an environmental authority's, a CESER's), written for the test.
/// </summary>
public class OtherBodiesTests
{
    private const string EnvironmentalAuthority =
        "Avis délibéré de la mission régionale d'autorité environnementale Hauts-de-France sur le plan local d'urbanisme de la commune\n\n" +
        "n°MRAe 2020ABC7\n\n" +
        "Préambule\nLa mission régionale d'autorité environnementale (MRAe) a été saisie le 4 août 2020 en application du décret n° 2016-519 du 28 avril 2016. " +
        "Le plan couvre la période 2020-2030 et réunit 120 membres.\n\n" +
        "Avis détaillé\nIl est rappelé que cet avis n'est ni favorable, ni défavorable. La MRAe recommande de compléter l'étude.";

    private const string Ceser =
        "Conseil économique, social et environnemental régional (CESER) Hauts-de-France\n\n" +
        "Avis n° 2019-1234 sur le schéma régional de développement économique\n\n" +
        "Le CESER, réuni en séance plénière, émet un avis favorable au schéma. Pour : 98 Contre : 12 Abstentions : 4";

    [Fact]
    public void An_environmental_authority_opinion_gets_its_number_body_and_no_decision()
    {
        var record = TestFiles.RecordOf(EnvironmentalAuthority);

        Assert.Equal("2020ABC7", record.Number);
        // As the contract writes it, whichever way the text names the body ("de la mission …", "La mission … (MRAe)").
        Assert.Equal("Mission régionale d'autorité environnementale", record.Body.Name);
        Assert.Equal("MRAe", record.Body.Acronym);
        Assert.Equal("Hauts-de-France", record.Body.Region);
        Assert.Null(record.Opinion.Outcome);
        // Not about a campus: a plan's period and a membership are not campus fields.
        Assert.Null(record.LabelPeriod.From);
        Assert.Null(record.Campus.MemberCount);
        Assert.Equal(Procedure.Other, record.Subject.Procedure);
    }

    [Fact]
    public void A_ceser_opinion_gets_its_hyphenated_number_its_body_and_its_tally()
    {
        var record = TestFiles.RecordOf(Ceser);

        Assert.Equal("2019-1234", record.Number);
        Assert.Equal("CESER", record.Body.Acronym);
        Assert.Equal("Conseil économique, social et environnemental régional", record.Body.Name);
        Assert.Equal(Outcome.Favorable, record.Opinion.Outcome);
        Assert.Equal(new VoteTally(98, 12, 4), record.Opinion.Votes);
    }

    [Fact]
    public void A_title_that_says_no_subject_is_taken_from_the_first_line_with_a_warning()
    {
        var record = TestFiles.RecordOf("Avis du Comité régional pour l'emploi N° 2025CE30\n\nI. Contexte\nLe campus se présente.\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.");

        Assert.Equal("Avis du Comité régional pour l'emploi N° 2025CE30", record.Title);
        Assert.Contains(record.Warnings, w => w.StartsWith("pas de ligne « Concernant", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_subject_line_the_line_that_names_the_campus_is_the_title_and_gives_the_procedure()
    {
        var record = TestFiles.RecordOf("Comité régional pour l'emploi Hauts-de-France\n\nBureau du 10 septembre 2034 – Avis n° 2034CE19\n\n" +
            "Renouvellement du label du Campus des métiers et des qualifications « Agriculture numérique et\nagroéquipements » (Beauvais)\n\n" +
            "Rappel de la demande\n\nLe campus, labellisé en 2029, sollicite le renouvellement de son label.\n\nDécision du bureau\n\nLe bureau émet un avis favorable.");

        Assert.Equal("Renouvellement du label du Campus des métiers et des qualifications « Agriculture numérique et agroéquipements » (Beauvais)", record.Title);
        Assert.Equal((Procedure.Renewal, "Agriculture numérique et agroéquipements"), (record.Subject.Procedure, record.Campus.Theme));
        Assert.DoesNotContain(record.Warnings, w => w.StartsWith("pas de ligne « Concernant", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_naming_the_campus_by_its_label_above_the_first_part_is_the_title_not_a_section()
    {
        var record = TestFiles.RecordOf("Comité régional pour l'emploi Hauts-de-France\n\nAvis n° 2035CE04 – séance plénière du 28 janvier 2035\n\n" +
            "Labellisation du Campus des métiers et des qualifications « Bois et forêt » (Lille)\n\nLa demande\n\nLe lycée sollicite la labellisation du campus.\n\n" +
            "Avis du comité\n\nLe comité émet un avis favorable.");

        Assert.Equal("Labellisation du Campus des métiers et des qualifications « Bois et forêt » (Lille)", record.Title);
        Assert.Equal(["La demande", "Avis du comité"], record.Sections.Where(s => s.Kind != SectionKind.Header).Select(s => s.Heading));
        Assert.Equal(Procedure.Initial, record.Subject.Procedure);
    }

    [Fact]
    public void The_support_institution_said_only_in_the_title_is_read_there_the_description_s_first()
    {
        var record = TestFiles.RecordOf("COMITÉ RÉGIONAL POUR L'EMPLOI HAUTS-DE-FRANCE\n\nConcernant la demande de renouvellement du label du Campus des métiers et des qualifications " +
            "« Travaux publics », porté par le lycée Louis Blériot d'Étaples\n\nA. Rappel du contexte\n\nLe campus a été labellisé en 2030.\n\nE. Avis du CoRE\n\nLe CoRE émet un avis favorable.");
        Assert.Equal("Lycée Louis Blériot d'Étaples", record.Campus.SupportInstitution);

        var described = TestFiles.RecordOf("COMITÉ RÉGIONAL POUR L'EMPLOI HAUTS-DE-FRANCE\n\nConcernant la demande de renouvellement du label du Campus des métiers et des qualifications " +
            "« Travaux publics », porté par le lycée Louis Blériot d'Étaples\n\nA. Présentation du campus\n\nLe campus est adossé au lycée du Détroit de Calais.\n\nE. Avis du CoRE\n\nLe CoRE émet un avis favorable.");
        Assert.Equal("Lycée du Détroit de Calais", described.Campus.SupportInstitution);
    }

    [Theory]
    [InlineData("Conseil économique, social et environnemental régional Hauts-de-France", "Conseil économique, social et environnemental régional")]
    [InlineData("Comité régional de l'emploi, de la formation et de l'orientation professionnelles Hauts-de-France", "Comité régional de l'emploi, de la formation et de l'orientation professionnelles")]
    [InlineData("CONSEIL ÉCONOMIQUE, SOCIAL ET ENVIRONNEMENTAL RÉGIONAL HAUTS-DE-FRANCE", "Conseil économique, social et environnemental régional")]
    [InlineData("COMITÉ RÉGIONAL DE L'EMPLOI HAUTS-DE-FRANCE", "Comité régional pour l'emploi")]
    [InlineData("CHAMBRE RÉGIONALE D'AGRICULTURE HAUTS-DE-FRANCE", "Chambre régionale d'agriculture")]
    public void A_letterhead_above_the_title_is_the_body_and_the_title_is_the_opinions_own(string letterhead, string body)
    {
        var record = TestFiles.RecordOf(letterhead + "\n\nAvis n° 2026-05 sur le plan régional d'insertion\n\nSéance plénière du 3 avril 2026\n\n1. L'avis\nLe comité émet un avis favorable.");

        Assert.Equal(body, record.Body.Name);
        Assert.Equal("Hauts-de-France", record.Body.Region);
        Assert.Equal("Avis n° 2026-05 sur le plan régional d'insertion", record.Title);
        Assert.DoesNotContain(record.Warnings, w => w.StartsWith("pas de ligne « Concernant", StringComparison.Ordinal));
    }

    [Fact]
    public void The_organ_that_adopts_an_opinion_is_not_the_body_and_the_meeting_line_is_not_the_title()
    {
        var record = TestFiles.RecordOf("Conférence régionale de la santé et de l'autonomie de Normandie\n\nAvis de la commission permanente sur le projet régional de santé\nSéance du 12 mai 2027\n\n1. Avis de la CRSA\nLa CRSA émet un avis favorable.");

        Assert.Equal("Conférence régionale de la santé et de l'autonomie", record.Body.Name);
        Assert.Equal("CRSA", record.Body.Acronym);
        Assert.Equal("Avis de la commission permanente sur le projet régional de santé", record.Title);
        Assert.Equal(new DateOnly(2027, 5, 12), record.Consultation.Date);
    }

    [Fact]
    public void A_chamber_s_deliberation_giving_its_opinion_is_the_title_and_its_number_the_opinion_s()
    {
        var record = TestFiles.RecordOf("CHAMBRE DE COMMERCE ET D'INDUSTRIE DE RÉGION NORMANDIE\n\nAssemblée générale du 2 juillet 2027\n\n" +
            "Délibération n° 2027-31 portant avis sur le schéma régional des formations\n\nEXPOSÉ DES MOTIFS\n\nVu la délibération n° 2025-12 du 4 mars 2025 ;\nLa Région a saisi la chambre le 3 mai 2027.\n\n" +
            "DÉLIBÉRATION\n\nL'assemblée générale émet un avis favorable.");

        Assert.Equal("Délibération n° 2027-31 portant avis sur le schéma régional des formations", record.Title);
        Assert.Equal("2027-31", record.Number);
        Assert.Equal(("Chambre de commerce et d'industrie de région", "Normandie"), (record.Body.Name, record.Body.Region));
        Assert.DoesNotContain(record.Warnings, w => w.StartsWith("pas de ligne « Concernant", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_body_s_opinion_cited_on_a_vu_line_is_not_the_body()
    {
        var record = TestFiles.RecordOf("COMITÉ RÉGIONAL DE L'EMPLOI GRAND EST\n\nAvis n° 2027CE12 sur le programme régional de formation\n\n" +
            "Vu l'avis de la commission « emploi » du 3 mai 2027 ;\n\n1. L'avis\nLe comité émet un avis favorable.");

        Assert.Equal(("Comité régional pour l'emploi", "Grand Est"), (record.Body.Name, record.Body.Region));
    }

    [Fact]
    public void A_request_line_is_the_title_and_the_theme_follows_the_quoted_label()
    {
        var record = TestFiles.RecordOf("Avis n° 2027CE11\nDemande de label « Campus des métiers et des qualifications » Tourisme et\nhôtellerie\nConsultation écrite du 3 mars 2027\n\nLe lieu totem : la Maison du tourisme à Amiens\n\nLe campus s'installera dans la Maison du tourisme, au centre d'Amiens, avec ses partenaires.\n\nAvis du comité\n\nLe comité émet un avis favorable.");

        Assert.Equal("Demande de label « Campus des métiers et des qualifications » Tourisme et hôtellerie", record.Title);
        Assert.Equal("Tourisme et hôtellerie", record.Campus.Theme);
        Assert.Equal("Maison du tourisme à Amiens", record.Campus.EmblematicSite);
        Assert.Contains(record.Sections, s => s.Kind == SectionKind.Site && s.Heading == "Le lieu totem : la Maison du tourisme à Amiens");
    }

    [Fact]
    public void A_letterhead_in_capitals_takes_the_capitals_the_text_gives_its_name()
    {
        var record = TestFiles.RecordOf("COMITÉ DE BASSIN RHIN-MEUSE\nAvis n° 2027-02 du 9 mars 2027\nsur le programme de mesures\n\n"
            + "Préambule\nLe comité de bassin Rhin-Meuse a été saisi du programme.\n\nConclusion\nLe comité émet un avis favorable.");
        Assert.Equal("Comité de bassin Rhin-Meuse", record.Body.Name);
        Assert.Equal(new DateOnly(2027, 3, 9), record.Consultation.Date);
    }

    [Fact]
    public void A_body_s_acronym_made_of_its_name_s_initials_is_its_own_and_names_no_partner()
    {
        var record = TestFiles.RecordOf("COMMISSION RÉGIONALE DE LA FORÊT ET DU BOIS\nGRAND EST\n\nAvis du bureau de la CRFB sur le programme régional\n\n" +
            "1. Le programme\nLe programme associe l'Office national des forêts et la CRFB Grand Est.\n\n2. L'avis\nLe bureau émet un avis favorable.");
        // A letterhead in capitals is written as a name is.
        Assert.Equal(("Commission régionale de la forêt et du bois", "CRFB"), (record.Body.Name, record.Body.Acronym));
        Assert.Equal(["Office national des forêts"], record.Organizations.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Avis du CESER Bretagne sur le schéma régional des formations", "Conseil économique, social et environnemental régional", "CESER", "Bretagne")]
    [InlineData("Avis de la MRAe Grand Est sur le plan local d'urbanisme", "Mission régionale d'autorité environnementale", "MRAe", "Grand Est")]
    public void A_body_named_by_its_acronym_alone_gets_the_name_the_acronym_stands_for(string title, string name, string acronym, string region)
    {
        var record = TestFiles.RecordOf(title + "\n\nSéance du 4 mars 2025\n\n1. L'avis\nLe conseil émet un avis favorable.");
        Assert.Equal((name, acronym, region), (record.Body.Name, record.Body.Acronym, record.Body.Region));
    }

    [Theory]
    [InlineData("AVIS DÉLIBÉRÉ N° 2017-1878 adopté lors de la séance du 31 octobre 2017", "2017-1878")]
    [InlineData("Avis n° 2020APNA28 dossier P-2020-9388", "2020APNA28")]
    [InlineData("vu l'arrêté n° 2016-519 du 28 avril 2016\nAvis n° 2021-5163 rendu le 15 mars 2021", "2021-5163")]
    [InlineData("en application du décret n° 2016-519 du 28 avril 2016", null)]
    public void Numbers_of_other_forms_are_read_and_cited_acts_are_not(string line, string? number)
    {
        var record = TestFiles.RecordOf("Avis de la mission régionale d'autorité environnementale\n" + line + "\n\nAvis\nLa mission émet un avis favorable.");
        Assert.Equal(number, record.Number);
    }

    [Fact]
    public void The_seeds_keep_their_campus_fields_and_body()
    {
        var record = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt")).Record!;
        Assert.Equal("2026CE02", record.Number);
        Assert.Equal("Comité régional pour l'emploi", record.Body.Name);
        Assert.Equal("CoRE", record.Body.Acronym);
        Assert.Equal(80, record.Campus.MemberCount);
        Assert.Equal(Procedure.Renewal, record.Subject.Procedure);
    }
}
