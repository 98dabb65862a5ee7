using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

public class FieldExtractorTests
{
    private const string Title = "Avis du Comité régional pour l'emploi N° 2024 CE 7\nConcernant l'obtention du label du Campus des Métiers et des Qualifications Travaux Publics (CMQ  TP) Hauts-de-France\n\n";
    private const string Closing = "\n\nAvis du CoRE\nLe CoRE, réuni en séance plénière le 1er mars 2024, émet un avis favorable à l'unanimité.";

    private static OpinionRecord Record(string body) => TestFiles.RecordOf(Title + body + Closing);

    [Fact]
    public void Number_is_normalised_without_spaces() => Assert.Equal("2024CE7", Record("").Number);

    [Fact]
    public void Title_body_procedure_label_and_campus_come_from_the_header()
    {
        var record = Record("");
        Assert.Equal("Concernant l'obtention du label du Campus des Métiers et des Qualifications Travaux Publics (CMQ TP) Hauts-de-France", record.Title);
        Assert.Equal(("Comité régional pour l'emploi", "CoRE", "Hauts-de-France"), (record.Body.Name, record.Body.Acronym, record.Body.Region));
        Assert.Equal(Procedure.Initial, record.Subject.Procedure);
        Assert.Equal(LabelCategory.Standard, record.Subject.Label);
        Assert.Equal(("CMQ TP", "Travaux Publics"), (record.Campus.Acronym, record.Campus.Theme));
    }

    [Theory]
    [InlineData("Concernant la labellisation du Campus des métiers et des qualifications Réseaux Hauts-de-France", Procedure.Initial)]
    [InlineData("Concernant la relabellisation du Campus des métiers et des qualifications Réseaux Hauts-de-France", Procedure.Renewal)]
    [InlineData("Concernant le renouvellement de la labellisation du Campus des métiers et des qualifications Réseaux Hauts-de-France", Procedure.Renewal)]
    public void A_labelling_not_renewed_is_the_first(string title, Procedure procedure) =>
        Assert.Equal(procedure, TestFiles.RecordOf("Avis du Comité régional pour l'emploi N° 2028CE21\n" + title + Closing).Subject.Procedure);

    [Fact]
    public void A_campus_asking_for_the_excellence_category_in_its_presentation_has_an_excellence_label_whatever_the_context_counts()
    {
        var asked = Record("Rappel du contexte\nLa région compte douze campus, dont huit labellisés « excellence ».\n\n"
            + "Objet de la demande\nLe campus sollicite le label, catégorie « Excellence », pour la période 2026-2030.\n\n");
        Assert.Equal(LabelCategory.Excellence, asked.Subject.Label);

        var counted = Record("Rappel du contexte\nLa région compte douze campus, dont huit labellisés « excellence » et quatre au label excellence.\n\n"
            + "Objet de la demande\nLe campus sollicite le label pour la période 2026-2030.\n\n");
        Assert.Equal(LabelCategory.Standard, counted.Subject.Label);
    }

    [Fact]
    public void A_letterhead_naming_the_committee_otherwise_gives_its_one_name_and_the_title_after_a_dash_is_the_title()
    {
        var record = TestFiles.RecordOf("COMITÉ RÉGIONAL DE L'EMPLOI\nHauts-de-France\n\nAvis n° 2026CE31 – Campus des métiers et des qualifications « Bois et forêt »\n\n"
            + "Contexte\nLe campus demande son label.\n\nAvis du comité\nLe comité émet un avis favorable à l'unanimité.");
        Assert.Equal("Avis n° 2026CE31 – Campus des métiers et des qualifications « Bois et forêt »", record.Title);
        Assert.Equal(("Comité régional pour l'emploi", "CoRE", "Hauts-de-France"), (record.Body.Name, record.Body.Acronym, record.Body.Region));
    }

    [Fact]
    public void A_written_consultation_over_a_span_of_days_opens_on_its_first_and_closes_on_its_last()
    {
        var record = TestFiles.RecordOf(Title + "Consultation écrite du 2 au 16 mars 2026\n\nAvis du CoRE\nLe CoRE émet un avis favorable à la majorité.");
        Assert.Equal((ConsultationMode.Written, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 16)),
            (record.Consultation.Mode!.Value, record.Consultation.Date!.Value, record.Consultation.ClosedOn!.Value));
    }

    [Fact]
    public void A_meeting_consultation_is_read_from_the_opinion()
    {
        var record = Record("");
        Assert.Equal(ConsultationMode.Meeting, record.Consultation.Mode);
        Assert.Equal(new DateOnly(2024, 3, 1), record.Consultation.Date);
        Assert.Null(record.Consultation.ClosedOn);
    }

    [Theory]
    [InlineData("Le campus fédère environ 120 membres.", 120, true)]
    [InlineData("Le campus fédère plus de 45 partenaires.", 45, true)]
    [InlineData("Le campus fédère quarante-deux membres.", 42, false)]
    [InlineData("Le campus fédère 1 200 adhérents.", 1200, false)]
    public void Member_counts_and_their_approximation(string sentence, int count, bool approximate)
    {
        var record = Record("I. Contexte et périmètre\n" + sentence);
        Assert.Equal((count, approximate), (record.Campus.MemberCount, record.Campus.MemberCountApproximate));
    }

    [Fact]
    public void Training_and_learner_counts_are_read()
    {
        var record = Record("I. Contexte et périmètre\nIl propose une trentaine de formations et accueille 2 500 apprenants.");
        Assert.Equal((30, true), (record.Campus.TrainingCount, record.Campus.TrainingCountApproximate));
        Assert.Equal((2500, false), (record.Campus.LearnerCount, record.Campus.LearnerCountApproximate));
    }

    [Fact]
    public void Unstated_counts_stay_null() => Assert.Null(Record("I. Contexte et périmètre\nLe campus est dynamique.").Campus.MemberCount);

    [Fact]
    public void Axes_written_with_dashes_or_colons_are_read()
    {
        var record = Record("II. Axes stratégiques\nAxe 1 : Attractivité des métiers\n- des actions.\nAXE 2 – Innovation pédagogique :\n- d'autres.");
        Assert.Equal([new Axis(1, "Attractivité des métiers"), new Axis(2, "Innovation pédagogique")], record.Axes);
    }

    [Fact]
    public void Axes_listed_after_an_announcement_are_read_and_a_wrong_count_is_warned()
    {
        var record = Record("II. Enjeux et objectifs stratégiques\nSes quatre axes structurants sont :\n1) Attirer : faire connaître les métiers,\n2) Former : adapter l'offre.\nLa suite.");
        Assert.Equal([new Axis(1, "Attirer"), new Axis(2, "Former")], record.Axes);
        Assert.Contains(record.Warnings, w => w.Contains("annonce 4 axes"));
    }

    [Fact]
    public void An_axes_section_written_as_a_list_has_its_items_for_axes_and_a_lone_item_is_none()
    {
        var record = Record("II. Enjeux et objectifs stratégiques\nLe campus se fixe pour la période les chantiers suivants.\n"
            + "a. Ouvrir un bac professionnel de maintenance : en 2027.\nb. Équiper deux lycées d'un atelier commun.\n\nIII. Gouvernance\nLe comité se réunit deux fois par an.");
        Assert.Equal([new Axis(1, "Ouvrir un bac professionnel de maintenance"), new Axis(2, "Équiper deux lycées d'un atelier commun")], record.Axes);
        Assert.Empty(Record("II. Enjeux et objectifs stratégiques\nLe campus se donne une priorité.\n- ouvrir un bac professionnel de maintenance.\n\nIII. Gouvernance\nLe comité se réunit.").Axes);
    }

    [Fact]
    public void An_axes_section_whose_paragraphs_open_with_ordinal_adverbs_has_them_for_axes()
    {
        var record = Record("Les trois ambitions du projet\n\nPremièrement, rendre les métiers visibles.\nDeuxièmement, former les encadrants.\n"
            + "Troisièmement, équiper les intervenants.\n\nQui pilote le campus\n\nLe lycée sera l'établissement support.");
        Assert.Equal([new Axis(1, "rendre les métiers visibles"), new Axis(2, "former les encadrants"), new Axis(3, "équiper les intervenants")], record.Axes);
    }

    [Fact]
    public void Sites_with_a_wrong_stated_count_are_kept_with_a_warning()
    {
        var record = Record("IV. Gouvernance et moyens\nUne implantation multi-sites (trois sites : Lens, Douai, Cambrai et Maubeuge).");
        Assert.Equal(["Lens", "Douai", "Cambrai", "Maubeuge"], record.Campus.Sites);
        Assert.Contains(record.Warnings, w => w.Contains("annonce 3 sites"));
    }

    [Fact]
    public void Label_period_and_first_labelling_are_read_from_the_presentation()
    {
        var record = Record("Avis du CoRE pour l'obtention du label du CMQ TP\nLe campus, labellisé en 2019, sollicite le label pour la période 2024 à 2028.");
        Assert.Equal((2024, 2028), (record.LabelPeriod.From, record.LabelPeriod.To));
        Assert.Equal(2019, record.Campus.FirstLabelledYear);
    }

    [Fact]
    public void A_campus_named_without_an_acronym_at_the_title_s_end_has_its_theme()
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2025CE13\nConcernant le renouvellement du label du Campus des métiers et des qualifications Bâtiment durable du Hainaut\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        Assert.Equal(((string?)null, "Bâtiment durable du Hainaut"), (record.Campus.Acronym, record.Campus.Theme));
    }

    [Theory]
    [InlineData("Campus des métiers et des qualifications « Agriculture de précision »", null, "Agriculture de précision")]
    [InlineData("Campus des métiers et des qualifications « Chimie et matériaux » (renouvellement)", null, "Chimie et matériaux")]
    [InlineData("Campus des métiers et des qualifications \"Chimie verte\" (CMQ CV)", "CMQ CV", "Chimie verte")]
    public void A_quoted_campus_theme_is_named_without_its_quotes(string campus, string? acronym, string theme)
    {
        var record = TestFiles.RecordOf($"Avis du CoRE N° 2025CE14\nConcernant la labellisation du {campus}\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        Assert.Equal((acronym, theme), (record.Campus.Acronym, record.Campus.Theme));
    }

    [Theory]
    [InlineData("Le campus est porté depuis 2020 par le lycée professionnel Jean Monnet à Laon, avec douze partenaires.", "Lycée professionnel Jean Monnet")]
    [InlineData("Le campus a pour établissement support le lycée du Hainaut.", "Lycée du Hainaut")]
    [InlineData("Le campus est adossé à l'Université d'Artois.", "Université d'Artois")]
    [InlineData("Le lycée Condorcet de Saint-Quentin en est l'établissement support, avec douze partenaires.", "Lycée Condorcet de Saint-Quentin")]
    [InlineData("Le lycée agricole du Paraclet, établissement support, présente un dossier complet.", "Lycée agricole du Paraclet")]
    [InlineData("Le lycée Gay-Lussac de Chauny, qui porte le campus depuis 2020, présente un dossier complet.", "Lycée Gay-Lussac de Chauny")]
    [InlineData("L'établissement support est le lycée Baudelaire à Roubaix ; il accueille le plateau.", "Lycée Baudelaire")]
    [InlineData("L'établissement support du campus, l'Université de Lille, anime le réseau.", "Université de Lille")]
    public void The_support_institution_is_read_in_its_usual_wordings(string sentence, string expected)
    {
        Assert.Equal(expected, CampusSection("Présentation du campus", sentence).Campus.SupportInstitution);
    }

    [Theory]
    [InlineData("Le lieu emblématique retenu est la plateforme de maintenance construite avec la Région.", "plateforme de maintenance")]
    [InlineData("Le lieu vitrine du campus sera le fablab de Saint-Quentin, ouvert aux collégiens.", "fablab de Saint-Quentin")]
    [InlineData("La halle d'essais rénovée avec la Région sera le lieu emblématique du campus.", "halle d'essais")]
    [InlineData("Le futur atelier de Laon constituera le site vitrine du campus.", "futur atelier de Laon")]
    public void The_emblematic_site_is_read_from_a_sentence_that_names_it(string sentence, string expected)
    {
        Assert.Equal(expected, CampusSection("Site emblématique", sentence).Campus.EmblematicSite);
    }

    // A campus's renewal opinion with one section of this heading and text before the opinion.
    private static OpinionRecord CampusSection(string heading, string text) => TestFiles.RecordOf(
        "Avis du CoRE N° 2025CE14\nConcernant le renouvellement du label du Campus des métiers et des qualifications Bâtiment durable (CMQ BD)\n\n" +
        heading + "\n" + text + "\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");

    [Fact]
    public void An_opinion_on_another_subject_leaves_the_campus_fields_empty()
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2025CE12\nConcernant la carte régionale des formations professionnelles initiales\n\nAvis du CoRE\nLe CoRE émet un avis favorable à la majorité.");
        Assert.Equal(Procedure.Other, record.Subject.Procedure);
        Assert.Null(record.Subject.Label);
        Assert.Null(record.Campus.Acronym);
        Assert.Null(record.Campus.Theme);
        Assert.Empty(record.Axes);
        Assert.Equal(Outcome.Favorable, record.Opinion.Outcome);
    }

    [Fact]
    public void An_unnumbered_opinion_gets_a_content_id_and_a_warning()
    {
        var record = TestFiles.RecordOf("Avis du CoRE sur le plan régional\nLe CoRE émet un avis favorable.");
        Assert.Null(record.Number);
        Assert.Matches("^sha256:[0-9a-f]{16}$", record.Id);
        Assert.Contains(record.Warnings, w => w.Contains("numéro d'avis introuvable"));
    }
}
