using AvisIngest.Records;
using AvisIngest.Tests.Reading.Pdf;

namespace AvisIngest.Tests.Sections;

/// <summary>Headings found by their form, with wordings no rule knows (texts written for these tests).</summary>
public class FormHeadingDetectorTests
{
    private const string Title = "Avis du Comité régional pour l'emploi N° 2024CE09\n\n";

    private const string Decision = "Le comité émet un avis favorable à la demande.";

    private static List<(SectionKind Kind, string? Heading)> SectionsOf(string text) =>
        TestFiles.RecordOf(text).Sections.Select(s => (s.Kind, s.Heading)).ToList();

    private static List<string?> HeadingsOf(string text) => SectionsOf(text).Select(s => s.Heading).ToList();

    [Fact]
    public void Plain_lines_set_apart_by_blank_lines_are_headings()
    {
        var text = Title +
            "Une mutation industrielle engagée\n\nLe territoire connaît une transformation profonde de son tissu industriel depuis dix ans.\n\n" +
            "Des formations qui se renouvellent\n\nLes établissements ont ouvert douze formations nouvelles, dont quatre en apprentissage.\n\n" +
            "Position du comité\n\n" + Decision;
        Assert.Equal([null, "Une mutation industrielle engagée", "Des formations qui se renouvellent", "Position du comité"], HeadingsOf(text));
    }

    [Fact]
    public void Headings_lettered_with_a_dash_are_found_with_no_blank_line_around_them()
    {
        var text = "Avis n° 2033CE24 sur la demande de labellisation du campus\n" +
            "A – Une filière qui recrute\nLa région collecte deux milliards de litres de lait par an, et les laiteries recrutent des\nconducteurs de lignes.\n" +
            "B – Les partenaires du projet\nLe lycée agricole porte le campus avec le centre technique et la chambre d'agriculture.\n" +
            "C – L'avis du comité\n" + Decision;
        Assert.Equal([null, "A – Une filière qui recrute", "B – Les partenaires du projet", "C – L'avis du comité"], HeadingsOf(text));
    }

    [Theory]
    [InlineData('=')]
    [InlineData('-')]
    public void Lines_underlined_by_a_rule_are_headings_and_a_rule_under_a_paragraph_is_not(char rule)
    {
        var text = Title +
            "Où en est le bassin\n" + new string(rule, 19) + "\n\nLe territoire connaît une transformation profonde de son tissu industriel depuis dix ans.\n\n" +
            "Ce que le campus prépare\n" + new string(rule, 30) + "\n\nLes établissements ouvriront quatre formations,\nen apprentissage.\n" + new string(rule, 40) + "\n" +
            "Décision\n" + new string(rule, 8) + "\n" + Decision;
        Assert.Equal([null, "Où en est le bassin", "Ce que le campus prépare", "Décision"], HeadingsOf(text));
    }

    [Fact]
    public void A_title_above_a_short_sentence_announcing_a_list_is_a_heading()
    {
        var text = Title +
            "Des besoins de logement\n\nLes étudiants peinent à se loger près des sites universitaires depuis cinq ans.\n\n" +
            "Les préconisations du conseil\n\nLe conseil préconise :\n- de doubler le nombre de logements ;\n- de financer l'écoute entre pairs.\n\n" +
            "Position du comité\n\n" + Decision;
        Assert.Equal([null, "Des besoins de logement", "Les préconisations du conseil", "Position du comité"], HeadingsOf(text));
    }

    [Fact]
    public void Headings_with_letters_spaced_out_are_read_as_their_words()
    {
        var text = Title +
            "P R É A M B U L E\n\nLe Conseil a été saisi le 3 mai sur le projet de schéma régional.\n\n" +
            "O B S E R V A T I O N S   G É N É R A L E S\n\nLe Conseil partage l'ambition du schéma mais en regrette le calendrier.\n\n" +
            "C O N C L U S I O N\n\n" + Decision;
        Assert.Equal([null, "PRÉAMBULE", "OBSERVATIONS GÉNÉRALES", "CONCLUSION"], HeadingsOf(text));
    }

    [Fact]
    public void Numbered_titles_closed_by_a_full_stop_are_headings_and_numbered_sentences_are_not()
    {
        // The list's items are sentences of more than twelve words (2 × MaxStoppedTitleWords): they say
        // nothing of "4. L'avis du comité." below them. A shorter numbered item still does (a list of short stopped items).
        var text = Title +
            "1. Objet de la consultation.\n\nLa Région soumet au comité le projet de schéma des formations sanitaires et sociales.\n\n" +
            "2. Les constats partagés.\n\nLes établissements de santé peinent à recruter des infirmiers et des aides-soignants.\n\n" +
            "2.1. Des places en plus.\n\nLe schéma ouvre mille places en instituts.\n\n" +
            "3. Les recommandations du comité.\n\n1. Le comité demande que les places nouvelles soient ouvertes en apprentissage, dès la rentrée.\n\n" +
            "2. Le comité souhaite un bilan annuel du schéma, présenté chaque printemps devant sa commission formation.\n\n" +
            "4. L'avis du comité.\n\n" + Decision;
        Assert.Equal([null, "1. Objet de la consultation.", "2. Les constats partagés.", "3. Les recommandations du comité.", "4. L'avis du comité."], HeadingsOf(text));
    }

    [Fact]
    public void Short_numbered_items_closed_by_a_full_stop_are_a_list_not_headings()
    {
        var text = Title +
            "Le comité formule trois recommandations à la Région.\n\n" +
            "1. Des places en apprentissage.\n\n2. Un bilan chaque année.\n\n3. Une commission de suivi.\n\n" + Decision;
        Assert.Equal([null], HeadingsOf(text));
    }

    [Theory]
    [InlineData("1.", "2.")]
    [InlineData("1)", "2)")]
    [InlineData("A.", "B.")]
    [InlineData("Partie 1 :", "Partie 2 :")]
    [InlineData("Titre I -", "Titre II -")]
    [InlineData("Section 1 –", "Section 2 –")]
    [InlineData("VOLET 1 :", "VOLET 2 :")]
    [InlineData("Première partie :", "Deuxième partie :")]
    [InlineData("PREMIÈRE PARTIE –", "SECONDE PARTIE –")]
    [InlineData("Premier point :", "Deuxième point :")]
    [InlineData("I —", "II —")]
    [InlineData("1 •", "2 •")]
    public void Every_usual_numbering_makes_an_outline(string first, string second)
    {
        var text = Title +
            $"{first} Une mutation engagée\nLe territoire connaît une transformation profonde de son tissu industriel.\n\n" +
            $"{second} Des formations renouvelées\nLes établissements ont ouvert douze formations nouvelles.\n\n" + Decision;
        Assert.Equal([null, $"{first} Une mutation engagée", $"{second} Des formations renouvelées"], HeadingsOf(text));
        Assert.NotEqual(AvisIngest.Sections.HeadingNumbering.None, AvisIngest.Sections.Heading.NumberingOf($"{second} Des formations renouvelées"));
    }

    [Fact]
    public void Sub_headings_numbered_with_a_letter_after_the_number_stay_inside_their_part()
    {
        var text = Title +
            "1. Le projet\n\nLe lycée porte la candidature avec deux établissements du territoire.\n\n" +
            "1.a Un secteur qui recrute\n\nLes entreprises du paysage emploient sept mille salariés dans la région.\n\n" +
            "1.b Les partenaires\n\nTrois écoles accueillent les diplômés du campus chaque année.\n\n" +
            "2. Position du comité\n\n" + Decision;
        Assert.Equal([null, "1. Le projet", "2. Position du comité"], HeadingsOf(text));
        Assert.Equal(AvisIngest.Sections.HeadingNumbering.Decimal, AvisIngest.Sections.Heading.NumberingOf("1.a Un secteur qui recrute"));
        Assert.NotEqual(AvisIngest.Sections.HeadingNumbering.Decimal, AvisIngest.Sections.Heading.NumberingOf("1.abeilles et pollinisation"));
    }

    [Fact]
    public void Items_lettered_a_dot_under_a_numbered_heading_leave_it_and_the_next_heading_in_the_outline()
    {
        var text = Title +
            "1. Le territoire\n\nLe bassin compte trente mille emplois industriels et douze lycées professionnels.\n\n" +
            "2. Les chantiers retenus\n\na. Ouvrir une licence professionnelle de maintenance en alternance.\nb. Équiper les lycées d'un atelier commun.\n\n" +
            "Comité régional – Avis 2024CE09                                   Page 1/2\n" +
            "3. Le pilotage\n\nUn comité de pilotage réunit les établissements et les entreprises deux fois par an.\n\n" +
            "4. Position du comité\n\n" + Decision;
        Assert.Equal([null, "1. Le territoire", "2. Les chantiers retenus", "3. Le pilotage", "4. Position du comité"], HeadingsOf(text));
        Assert.DoesNotContain("Page 1/2", TestFiles.ExtractText(text).Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_in_capitals_broken_over_two_lines_and_items_that_lost_their_bullets_keep_the_outline()
    {
        var text = Title +
            "I - LE TERRITOIRE\nLe bassin compte trente mille emplois industriels et douze lycées professionnels.\n" +
            "II - LES PARTENAIRES DU\nCAMPUS\nLe campus réunit quatre lycées, deux universités et vingt entreprises du territoire.\n" +
            "III - LES CHANTIERS RETENUS\nouvrir une licence professionnelle de maintenance ;\néquiper les lycées d'un atelier commun.\n" +
            "IV - POSITION DU COMITÉ\n" + Decision;
        Assert.Equal([null, "I - LE TERRITOIRE", "II - LES PARTENAIRES DU CAMPUS", "III - LES CHANTIERS RETENUS", "IV - POSITION DU COMITÉ"], HeadingsOf(text));
    }

    [Fact]
    public void A_line_under_a_bullet_glyph_set_apart_from_any_item_is_a_decorated_heading()
    {
        var text = Title +
            "\u25a0 Un territoire industriel\n\nLe bassin compte trente mille emplois industriels et douze lycées professionnels.\n\n" +
            "\u25ba Des chantiers nouveaux\n\nLe campus retient trois chantiers :\n\u25a0 ouvrir une licence ;\n\u25a0 équiper les lycées.\n\n" +
            "\u25a0 Position du comité\n\n" + Decision;
        Assert.Equal([null, "Un territoire industriel", "Des chantiers nouveaux", "Position du comité"], HeadingsOf(text));
    }

    [Fact]
    public void An_article_after_a_sentence_ending_with_a_comma_and_a_blank_line_is_a_heading()
    {
        var text = Title + "Le Comité régional de l'emploi,\n\nVu le code du travail ;\n\nAprès en avoir délibéré,\n\n" +
            "Article 1er\n\nLe comité émet un avis favorable au projet de convention.\n\nArticle 2\n\nLa présente délibération est transmise aux signataires.";
        Assert.Equal([null, "Article 1er", "Article 2"], HeadingsOf(text));
    }

    [Theory]
    [InlineData(" ........................ 3", " ........................ 6")]
    [InlineData(" …………………… 3", " …………………… 6")]
    [InlineData(" . . . . . . . 3", " . . . . . . . 6")]
    public void A_table_of_contents_entry_is_not_a_heading_its_section_in_the_text_is(string firstLeader, string secondLeader)
    {
        var text = Title +
            "SOMMAIRE\n\n" +
            $"I. Le territoire{firstLeader}\nII. Le projet{secondLeader}\n\n" +
            "I. Le territoire\n\nLe territoire connaît une transformation profonde.\n\n" +
            "II. Le projet\n\nLe campus veut doubler le nombre de ses apprentis.\n\n" + Decision;
        Assert.Equal([null, "SOMMAIRE", "I. Le territoire", "II. Le projet"], HeadingsOf(text));
    }

    [Fact]
    public void A_part_title_may_start_in_lower_case_after_its_ordinal()
    {
        var text = Title +
            "Première partie : le diagnostic partagé\n\nLes membres constatent que l'information sur les métiers reste dispersée.\n\n" +
            "Deuxième partie : le service proposé\n\nLa Région propose un réseau de lieux d'accueil labellisés.\n\n" + Decision;
        Assert.Equal([null, "Première partie : le diagnostic partagé", "Deuxième partie : le service proposé"], HeadingsOf(text));
    }

    [Fact]
    public void The_lines_printed_under_the_first_with_no_blank_line_and_the_documents_title_belong_to_the_header()
    {
        var text = "COMITÉ RÉGIONAL DE L'EMPLOI\nHAUTS-DE-FRANCE\n\n" +
            "AVIS SUR LE PROJET DE SERVICE PUBLIC RÉGIONAL DE L'ORIENTATION\n\nBureau du 5 février 2026\n\n" +
            "Un constat partagé\n\nLes membres constatent que l'information sur les métiers reste dispersée entre de nombreux acteurs.\n\n" +
            "Un réseau proposé\n\nLa Région propose de confier à son agence l'animation d'un réseau de lieux d'accueil.\n\n" + Decision;
        Assert.Equal([null, "Un constat partagé", "Un réseau proposé"], HeadingsOf(text));
    }

    [Fact]
    public void A_line_ending_with_a_colon_titles_the_paragraph_after_it_but_introduces_a_list()
    {
        var text = Title +
            "Le programme présenté :\n\nLe programme compte 38 000 places, dont un tiers dans les métiers de l'industrie et de la santé.\n\n" +
            "Observations des membres :\n\nLes représentants des employeurs regrettent la faible place des métiers de l'artisanat.\n\n" +
            "Les membres recommandent :\n\n- de suivre l'accès à l'emploi ;\n- de publier un bilan.\n\n" + Decision;
        Assert.Equal([null, "Le programme présenté", "Observations des membres"], HeadingsOf(text));
    }

    [Fact]
    public void A_plain_line_before_a_short_sentence_announcing_a_list_is_a_heading()
    {
        var text = Title +
            "Le contexte régional\n\nLa région compte douze campus, dont huit en catégorie excellence, répartis sur les cinq départements.\n\n" +
            "Les quatre chantiers retenus\n\nLe campus en retient quatre :\n- ouvrir un BTS ;\n- équiper un atelier ;\n- former les tuteurs ;\n- suivre les diplômés.\n\n" +
            Decision;
        Assert.Equal([null, "Le contexte régional", "Les quatre chantiers retenus"], HeadingsOf(text).Take(3));
    }

    [Fact]
    public void A_heading_before_items_lettered_in_lower_case_is_not_joined_to_them()
    {
        var text = Title +
            "I – LE PROJET\n\nLe campus est porté par un lycée de la métropole et demande le label pour cinq ans.\n\n" +
            "II – LES ACTIONS ENVISAGÉES\n\na) attirer vers les métiers du grand âge ;\nb) créer un parcours de formation continue ;\nc) développer la domotique.\n\n" +
            "III – AVIS\n\n" + Decision;
        Assert.Equal([null, "I – LE PROJET", "II – LES ACTIONS ENVISAGÉES", "III – AVIS"], HeadingsOf(text));
    }

    [Fact]
    public void A_heading_numbered_like_the_list_in_lower_case_before_it_is_still_a_heading()
    {
        var text = Title +
            "1 – Le campus demandeur\n\nLe campus sollicite le renouvellement de son label pour cinq ans.\n\n" +
            "2 – Les orientations\n\nLe campus propose deux orientations :\n1. développer l'apprentissage dans les clubs ;\n2. former aux pratiques adaptées au handicap.\n\n" +
            "3 – La conduite du projet\n\nLe campus est piloté par un comité stratégique réuni deux fois par an.\n\n" + Decision;
        Assert.Equal([null, "1 – Le campus demandeur", "2 – Les orientations", "3 – La conduite du projet"], HeadingsOf(text));
    }

    [Fact]
    public void A_last_section_adopting_the_bodys_text_is_the_opinion()
    {
        var text = "CESER Hauts-de-France\n\nContribution sur la gestion de l'eau\n\n" +
            "1. Un enjeu devenu central\n\nLes sécheresses ont montré la vulnérabilité du territoire et de ses réseaux.\n\n" +
            "2. Des métiers en tension\n\nLes entreprises du secteur peinent à recruter des techniciens de maintenance.\n\n" +
            "Conclusion\n\nLe CESER adopte la présente contribution à l'unanimité.";
        var sections = SectionsOf(text);
        Assert.Equal((SectionKind.Opinion, "Conclusion"), sections[^1]);
    }

    [Fact]
    public void A_title_in_capitals_on_the_first_line_is_the_header_not_a_section()
    {
        var text = "AVIS DU CONSEIL ÉCONOMIQUE, SOCIAL ET ENVIRONNEMENTAL RÉGIONAL\n\n" +
            "PRÉAMBULE\n\nLe conseil a été saisi par la Région le 4 mars 2024.\n\n" +
            "I. Le territoire\n\nLe territoire connaît une transformation profonde.\n\n" +
            "II. Le projet\n\nLe campus veut doubler le nombre de ses apprentis.\n\n" + Decision;
        var sections = SectionsOf(text);
        Assert.Equal([null, "PRÉAMBULE", "I. Le territoire", "II. Le projet"], sections.Select(s => s.Heading));
        Assert.Equal(SectionKind.Header, sections[0].Kind);
    }

    [Fact]
    public void Decimal_numbers_are_sub_headings_of_arabic_ones()
    {
        var text = Title +
            "1. Le territoire\nLe territoire connaît une transformation profonde.\n\n" +
            "1.1 Son industrie\nLes entreprises de la chimie y emploient huit mille salariés.\n\n" +
            "1.2 Ses formations\nLes lycées proposent quarante formations.\n\n" +
            "2. Le projet\nLe campus veut doubler le nombre de ses apprentis.\n\n" + Decision;
        Assert.Equal([null, "1. Le territoire", "2. Le projet"], HeadingsOf(text));
    }

    [Fact]
    public void Under_roman_parts_plain_lines_are_sub_headings_but_a_preamble_before_them_is_a_section()
    {
        var text = Title +
            "Préambule\n\nLe comité a été saisi par la Région le 4 mars 2024 pour rendre cet avis.\n\n" +
            "I. Le territoire\nLe territoire connaît une transformation profonde.\n\n" +
            "Une industrie en mutation\n\nLes entreprises de la chimie y emploient huit mille salariés.\n\n" +
            "II. Le projet\nLe campus veut doubler le nombre de ses apprentis.\n\n" + Decision;
        Assert.Equal([null, "Préambule", "I. Le territoire", "II. Le projet"], HeadingsOf(text));
    }

    [Fact]
    public void Lists_signatures_dates_tables_and_title_lines_are_not_headings()
    {
        var text = Title +
            "Un campus en mutation\n\nLe campus réunit ses partenaires autour de trois priorités que voici :\n\n" +
            "1. Former les jeunes\n2. Accompagner les salariés\n3. Innover avec les entreprises\n\n" +
            "Avis n° 2024-12 sur le schéma régional\n\nLe comité a examiné le schéma présenté par la Région.\n\n" +
            "Lille, le 12 mars 2024\n\nLe comité regrette que le calendrier soit si court pour les partenaires.\n\n" +
            "2022 2023 2024\n\nLes effectifs ont progressé chaque année depuis la création du campus.\n\n" +
            "Des moyens partagés\n\n" + Decision + "\n\nLe Président du comité\n\nJean Dupont";
        Assert.Equal([null, "Un campus en mutation", "Des moyens partagés"], HeadingsOf(text));
    }

    [Fact]
    public void A_vote_after_the_last_numbered_part_is_a_section_but_a_sub_heading_followed_by_text_is_not()
    {
        var parts = Title +
            "1. Le territoire\nLe territoire connaît une transformation profonde.\n\n" +
            "2. Les préconisations\nLe conseil recommande un suivi annuel du plan.\n\n";
        Assert.Equal([null, "1. Le territoire", "2. Les préconisations", "Scrutin"], HeadingsOf(parts + "Scrutin\n\nPour : 80 Contre : 3 Abstentions : 2. L'avis est adopté.\n\n" + Decision));
        Assert.Equal([null, "1. Le territoire", "2. Les préconisations"], HeadingsOf(parts +
            "Un suivi partagé\n\nLe conseil souhaite un comité de suivi réunissant les partenaires sociaux.\n\nIl se réunirait deux fois par an.\n\nSes travaux seraient publiés.\n\n" + Decision));
    }

    [Fact]
    public void An_opinion_and_its_vote_after_the_last_numbered_part_are_two_sections_but_three_short_parts_are_not()
    {
        var parts = Title +
            "A. Le territoire\nLe territoire connaît une transformation profonde.\n\n" +
            "B. Les préconisations\nLe conseil recommande un suivi annuel du plan.\n\n";
        var sections = SectionsOf(parts + "Position de l'assemblée\n\n" + Decision + "\n\nScrutin\n\nAdopté par 80 voix pour et 3 abstentions.");
        Assert.Equal([null, "A. Le territoire", "B. Les préconisations", "Position de l'assemblée", "Scrutin"], sections.Select(s => s.Heading));
        Assert.Equal(SectionKind.Opinion, sections[3].Kind);
        // Three short plain lines after the last part are its sub-headings, not closing sections.
        Assert.Equal([null, "A. Le territoire", "B. Les préconisations"], HeadingsOf(parts +
            "Un suivi partagé\n\nLe conseil souhaite un comité de suivi.\n\nDes élus formés\n\nLes élus seraient formés.\n\nDes indicateurs\n\nChaque axe aurait ses indicateurs.\n\n" + Decision));
    }

    [Theory]
    // The definite article that may open a heading is not part of its wording.
    [InlineData("Le contexte", SectionKind.Context)]
    [InlineData("Les perspectives", SectionKind.Perspectives)]
    // What is submitted to a body, and the framework it comes in.
    [InlineData("I. L'objet de la saisine", SectionKind.Presentation)]
    [InlineData("Objet de la consultation", SectionKind.Presentation)]
    [InlineData("La demande de renouvellement", SectionKind.Presentation)]
    [InlineData("1. Le contexte de la saisine", SectionKind.Context)]
    [InlineData("1 - LA SAISINE", SectionKind.Context)]
    // The numbering is not part of the wording, however it is written.
    [InlineData("Premier point : l'objet de la saisine", SectionKind.Presentation)]
    [InlineData("II — Le contexte", SectionKind.Context)]
    [InlineData("3 • Les perspectives", SectionKind.Perspectives)]
    public void Known_wordings_are_matched_with_or_without_their_article(string heading, SectionKind kind)
    {
        Assert.Equal(kind, RuleKindOf(heading));
        // A title's subtitle has no article: no rule takes it.
        Assert.Null(RuleKindOf("Demande de première labellisation"));
    }

    [Theory]
    // Other bodies' reports: their opening and findings, a preamble, a summary, recommendations, a conclusion.
    [InlineData("Introduction", SectionKind.Context)]
    [InlineData("2. Les constats partagés.", SectionKind.Context)]
    [InlineData("Deuxième partie : le diagnostic territorial", SectionKind.Context)]
    [InlineData("LES BESOINS DES EMPLOYEURS", SectionKind.Context)]
    [InlineData("Un besoin de main-d'œuvre qualifiée", SectionKind.Context)]
    [InlineData("PRÉAMBULE", SectionKind.Other)]
    [InlineData("Synthèse de l'avis", SectionKind.Other)]
    [InlineData("IV - Les recommandations du CESER", SectionKind.Other)]
    [InlineData("III. Conclusion", SectionKind.Opinion)]
    [InlineData("Axes du projet renouvelé", SectionKind.Axes)]
    // What was done is a result, what is planned an axis; following the plan is its governance.
    [InlineData("4 – Ce qui a été réalisé depuis 2022", SectionKind.Results)]
    [InlineData("Ce que le comité a réalisé", SectionKind.Results)]
    [InlineData("B. Les actions conduites", SectionKind.Results)]
    [InlineData("Les actions envisagées pour 2030", SectionKind.Axes)]
    [InlineData("Les chantiers à mener", SectionKind.Axes)]
    [InlineData("Le suivi du schéma", SectionKind.Governance)]
    [InlineData("Suivi et évaluation", SectionKind.Governance)]
    [InlineData("PILOTAGE ET MOYENS", SectionKind.Governance)]
    [InlineData("Qui pilote le réseau", SectionKind.Governance)]
    [InlineData("2. Le chemin parcouru depuis 2022", SectionKind.Results)]
    [InlineData("Ce que le comité entend développer", SectionKind.Axes)]
    [InlineData("Éléments de contexte", SectionKind.Context)]
    [InlineData("Section 3 – Le contexte régional", SectionKind.Context)]
    [InlineData("2. Le territoire et son économie", SectionKind.Context)]
    [InlineData("LE TERRITOIRE", SectionKind.Context)]
    // Headings said as questions and their answers.
    [InlineData("Pourquoi ce schéma ?", SectionKind.Context)]
    [InlineData("Pourquoi le conseil est-il saisi ?", SectionKind.Context)]
    [InlineData("Ce que le comité retient", SectionKind.Opinion)]
    [InlineData("Ce que la commission en pense", SectionKind.Opinion)]
    [InlineData("Ce que recommande le CESER", SectionKind.Opinion)]
    [InlineData("Ce que prévoit le schéma", SectionKind.Presentation)]
    [InlineData("Ce que demandent les porteurs", SectionKind.Presentation)]
    [InlineData("CE QUE L'ENGAGEMENT FINANCE", SectionKind.Presentation)]
    [InlineData("Ce que propose la feuille de route", SectionKind.Presentation)]
    [InlineData("Ce qui a été accompli depuis 2021", SectionKind.Results)]
    [InlineData("Ce que le réseau a déjà fait", SectionKind.Results)]
    // A part's subject after "Sur", as other bodies title their parts.
    [InlineData("Sur la gouvernance", SectionKind.Governance)]
    [InlineData("II. Sur le contexte régional", SectionKind.Context)]
    [InlineData("Sur le contenu du schéma", SectionKind.Presentation)]
    [InlineData("Contenu de la convention", SectionKind.Presentation)]
    // A count of what the campus will pursue.
    [InlineData("Composition du réseau", SectionKind.Perimeter)]
    [InlineData("La composition du campus", SectionKind.Perimeter)]
    [InlineData("Enjeux stratégiques", SectionKind.Axes)]
    [InlineData("Quatre engagements pour la période 2031-2036", SectionKind.Axes)]
    [InlineData("III. Cinq défis à relever", SectionKind.Axes)]
    [InlineData("Ce que le réseau prévoit pour 2030", SectionKind.Axes)]
    [InlineData("Ce qui existe aujourd'hui sur le territoire", SectionKind.Results)]
    [InlineData("4. Organisation prévue", SectionKind.Governance)]
    [InlineData("Que sollicite le pétitionnaire ?", SectionKind.Presentation)]
    [InlineData("2. Des emplois difficiles à pourvoir", SectionKind.Context)]
    [InlineData("Qui fait quoi ?", SectionKind.Governance)]
    [InlineData("EXPOSÉ DES MOTIFS", SectionKind.Context)]
    [InlineData("III. Analyse du projet de schéma", SectionKind.Other)]
    [InlineData("LES REMARQUES DU CONSEIL", SectionKind.Other)]
    [InlineData("Le plateau technique de Bruay-la-Buissière", SectionKind.Site)]
    [InlineData("4. Un atelier partagé à Estrées-Mons", SectionKind.Site)]
    [InlineData("Le port-école de Longueil-Sainte-Marie", SectionKind.Site)]
    [InlineData("Équipement phare", SectionKind.Site)]
    [InlineData("Contexte de la demande", SectionKind.Context)]
    [InlineData("Objet", SectionKind.Presentation)]
    [InlineData("Rappel de la demande", SectionKind.Presentation)]
    [InlineData("1. Cadre de la consultation", SectionKind.Context)]
    [InlineData("Le plateau vitrine du campus", SectionKind.Site)]
    [InlineData("B. Avis recueillis", SectionKind.Other)]
    [InlineData("II – Avis des services et des personnes consultées", SectionKind.Other)]
    [InlineData("C. Discussion", SectionKind.Other)]
    [InlineData("Débats", SectionKind.Other)]
    [InlineData("3) Positions exprimées en séance", SectionKind.Other)]
    [InlineData("D'où part le campus", SectionKind.Results)]
    [InlineData("Où il veut aller", SectionKind.Axes)]
    [InlineData("Ce qu'il veut faire", SectionKind.Axes)]
    [InlineData("2 - Éléments présentés par l'administration", SectionKind.Presentation)]
    [InlineData("Présentation par le rectorat", SectionKind.Presentation)]
    [InlineData("Le projet présenté par la Région", SectionKind.Presentation)]
    [InlineData("Les partenaires réunis", SectionKind.Perimeter)]
    [InlineData("Troisième point : les acteurs mobilisés", SectionKind.Perimeter)]
    [InlineData("II. Les membres du réseau", SectionKind.Perimeter)]
    [InlineData("Les observations des membres", SectionKind.Other)]
    [InlineData("Qui porte le campus", SectionKind.Perimeter)]
    [InlineData("L'industrie régionale en chiffres", SectionKind.Context)]
    [InlineData("Le programme en chiffres", SectionKind.Presentation)]
    [InlineData("2. Le schéma régional en quelques chiffres", SectionKind.Presentation)]
    [InlineData("Rapport de l'inspection des installations classées", SectionKind.Presentation)]
    [InlineData("Intervention de l'exploitant", SectionKind.Other)]
    [InlineData("3 - Expression des représentants du personnel", SectionKind.Other)]
    [InlineData("II. Un campus adossé à la recherche", SectionKind.Perimeter)]
    [InlineData("3. Positions des collèges", SectionKind.Other)]
    [InlineData("I. LE PROJET SOUMIS AU CESER", SectionKind.Presentation)]
    [InlineData("Les mesures soumises à l'avis du comité", SectionKind.Presentation)]
    [InlineData("1. Ordre du jour", SectionKind.Other)]
    public void Other_bodies_usual_wordings_have_their_kind(string heading, SectionKind kind) =>
        Assert.Equal(kind, RuleKindOf(heading));

    [Theory]
    // Findings the body states as its own are its opinion's, needs "en" a skill are a part of their own: the classifier names them.
    [InlineData("Les constats du CESER")]
    [InlineData("Titre II – Les besoins en compétences")]
    [InlineData("Une introduction progressive des véhicules")]
    // "Organisation et pilotage" is a wording kept out of every rule and training row on purpose (corpus/README.md).
    [InlineData("Organisation et pilotage")]
    [InlineData("Les actions de formation")]
    [InlineData("Un suivi individualisé des apprentis")]
    // A campus's own words about itself are no body's opinion, nor a campus's question its context's.
    [InlineData("Ce que le campus retient de ses débuts")]
    [InlineData("Pourquoi les entreprises du territoire peinent-elles autant à recruter des jeunes")]
    [InlineData("Sur le développement des compétences")]
    [InlineData("1.2 Sur les moyens")]
    [InlineData("Un pilote industriel à Douai")]
    [InlineData("Territoire et réseau du campus")]
    [InlineData("Le territoire connaît une transformation profonde")]
    // A count of an opinion's own points, or a count inside a part, is no campus's axes.
    [InlineData("Trois recommandations du comité")]
    [InlineData("II.2 Quatre orientations")]
    [InlineData("1.2 Des métiers en tension")]
    [InlineData("2.1 Analyse du projet de plan")]
    [InlineData("b) Deux priorités")]
    [InlineData("L'organisation des formations")]
    [InlineData("Que demande le comité aux financeurs ?")]
    [InlineData("Des métiers qui changent")]
    [InlineData("Les propositions du rectorat et de la Région")]
    [InlineData("L'atelier des formateurs")]
    [InlineData("Le territoire de Lens")]
    [InlineData("Le plateau technique de la filière")]
    // A port named for its trade, a discussion of a subject, the partners' opinions of a point inside a part.
    [InlineData("Le port de plaisance")]
    [InlineData("Discussion sur les moyens du campus")]
    [InlineData("2.3 Avis des partenaires consultés")]
    [InlineData("Vote en séance")]
    // What is presented, said inside a part, or a sentence that goes on after who presents it.
    [InlineData("2.1 Éléments présentés par l'administration")]
    [InlineData("Le plan présenté par la DREETS et la Région s'appuie sur le service public")]
    // The partners' and members' own statements, or a part's point; the campus's figures.
    [InlineData("Les partenaires sociaux")]
    [InlineData("2.1 Les partenaires réunis")]
    [InlineData("Le campus en chiffres")]
    // The body's own statement is its opinion's, named by the classifier; a report of the body's own work too.
    [InlineData("Déclaration du CESER")]
    [InlineData("Rapport d'activité du campus")]
    // What is proposed may be the text's content or its axes: the neighbours decide (the classifier and the order).
    [InlineData("Les ouvertures proposées")]
    [InlineData("Ce que le campus soumet au comité")]
    // "Enjeux" alone opens an opinion as often as it heads its axes; who sat is not who the campus gathers.
    [InlineData("Enjeux")]
    [InlineData("Composition de la séance")]
    [InlineData("A/ Le cadre de la demande")]
    public void Wordings_near_those_are_left_to_the_classifier(string heading) =>
        Assert.Null(RuleKindOf(heading));

    // The kind the first rule that knows the heading's wording gives it; null when none does.
    private static SectionKind? RuleKindOf(string heading) =>
        AvisIngest.Sections.DefaultHeadingRules.Create().Select(r => r.Match(AvisIngest.Sections.Heading.Parse(heading)!)).FirstOrDefault(k => k is not null);

    [Theory]
    [InlineData("Avis du CESER", SectionKind.Opinion)]
    [InlineData("Avis de l'Autorité environnementale", SectionKind.Opinion)]
    [InlineData("Avis de la commission permanente", SectionKind.Opinion)]
    [InlineData("3. L'avis du CESER", SectionKind.Opinion)]
    public void A_body_s_own_opinion_named_by_the_body_is_a_known_heading(string heading, SectionKind kind)
    {
        Assert.Equal(kind, RuleKindOf(heading));
        // A title naming its subject is no heading of the opinion.
        foreach (var title in new[] { "Avis du CESER sur le projet de schéma", "Avis de l'Autorité environnementale relatif au projet", "Avis du conseil pour le renouvellement" })
            Assert.DoesNotContain(AvisIngest.Sections.DefaultHeadingRules.Create(), r => r.Match(AvisIngest.Sections.Heading.Parse(title)!) == SectionKind.Opinion);
    }

    [Fact]
    public void Plain_lines_closed_by_a_full_stop_are_headings_when_a_known_one_is_closed_so_and_short_sentences_are_not_otherwise()
    {
        const string body = "Le secteur en région.\n\nLes studios de la région emploient deux mille personnes et recrutent chaque année des développeurs.\n\n" +
            "Des ambitions nouvelles.\n\nOuvrir un bachelor en alternance et créer un parcours de reconversion vers le métier de testeur.\n\n";
        Assert.Equal([null, "Le secteur en région.", "Des ambitions nouvelles.", "Gouvernance.", "Avis du bureau."],
            HeadingsOf(Title + body + "Gouvernance.\n\nLa métropole préside le comité de pilotage, où siègent la Région et l'académie.\n\nAvis du bureau.\n\n" + Decision));
        // No known title closed by a full stop: short sentences of the body stay body text.
        Assert.Equal([null, "Position du comité"], HeadingsOf(Title + body + "Position du comité\n\n" + Decision));
    }

    [Fact]
    public void A_byline_naming_a_rapporteur_or_a_person_by_her_title_is_not_a_heading()
    {
        var text = Title + "Rapporteur : Mme Claire Vasseur, au nom de la commission Environnement\n\n" +
            "Un campus en mutation\n\nLe territoire connaît une transformation profonde de son tissu industriel depuis dix ans.\n\n" +
            "Audition de M. Paul Durand\n\nLe directeur du campus a présenté le bilan des cinq années écoulées devant le comité.\n\n" +
            "Position du comité\n\n" + Decision;
        Assert.Equal([null, "Un campus en mutation", "Position du comité"], HeadingsOf(text));
    }

    [Fact]
    public void A_plain_line_starting_with_pour_is_a_heading_but_a_signature_is_not()
    {
        var text = Title +
            "Un campus en mutation\n\nLe territoire connaît une transformation profonde de son tissu industriel depuis dix ans.\n\n" +
            "Pour les prochaines années\n\nLe campus veut doubler le nombre de ses apprentis d'ici à la fin de son label.\n\n" +
            "Position du comité\n\n" + Decision + "\n\nPour le Président du comité\n\nJean Dupont";
        Assert.Equal([null, "Un campus en mutation", "Pour les prochaines années", "Position du comité"], HeadingsOf(text));
    }

    [Fact]
    public void A_line_of_a_sentence_broken_by_a_conversion_is_not_a_heading()
    {
        var text = Title +
            "Un campus en mutation\n\nLe campus réunit ses partenaires, les lycées et les universités de la\n\n" +
            "région pour former aux métiers de demain.\n\nLe campus accueille aussi des salariés\nEn reconversion chaque année depuis 2020 dans ses ateliers.\n\n" + Decision;
        Assert.Equal([null, "Un campus en mutation"], HeadingsOf(text));
    }

    [Fact]
    public void A_last_section_that_states_the_decision_is_the_opinion_whatever_its_heading()
    {
        var text = Title +
            "Une mutation industrielle engagée\n\nLe territoire connaît une transformation profonde de son tissu industriel depuis dix ans.\n\n" +
            "Au terme de l'examen\n\n" + Decision;
        var sections = TestFiles.RecordOf(text);
        Assert.Equal(SectionKind.Opinion, sections.Sections[^1].Kind);
        Assert.Equal(Outcome.Favorable, sections.Opinion.Outcome);
        Assert.DoesNotContain(sections.Warnings, w => w.Contains("Au terme de l'examen"));
    }

    // PdfPig's standard fonts have no "°" nor some accented letters: these PDFs are written without them.
    private static readonly string[] PdfLines =
    [
        "Avis du Comite regional pour l'emploi No 2024CE09",
        "# Une mutation industrielle engagee",
        "Le territoire vit une transformation profonde de son tissu industriel.",
        "# Des formations qui se renouvellent",
        "Les lycees ont ouvert douze formations nouvelles.",
        "# Position du comite",
        "Le comite emet un avis favorable a la demande.",
    ];

    [Fact]
    public void In_a_pdf_headings_set_larger_and_bold_are_found_without_any_blank_line()
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("gras.pdf");
        File.WriteAllBytes(path, TestPdfs.WithBoldHeadings(PdfLines));
        var record = TestFiles.Pipeline.Extract(path).Record!;
        Assert.Equal([null, "Une mutation industrielle engagee", "Des formations qui se renouvellent", "Position du comite"], record.Sections.Select(s => s.Heading));
        Assert.Equal(SectionKind.Opinion, record.Sections[^1].Kind);
    }

    [Fact]
    public void The_same_pdf_lines_without_the_bold_face_stay_one_section()
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("plat.pdf");
        File.WriteAllBytes(path, TestPdfs.Text(PdfLines.Select(l => l.Replace("# ", "")).ToArray()));
        var record = TestFiles.Pipeline.Extract(path).Record!;
        Assert.Equal([SectionKind.Header], record.Sections.Select(s => s.Kind));
    }
}
