using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction;

/// <summary>Organisations in texts written for these tests.</summary>
public class OrganizationsExtractorTests
{
    private static List<Organization> OrganizationsOf(string body) =>
        TestFiles.RecordOf("Avis du Comité régional pour l'emploi N° 2025CE30\n\nI. Contexte\n" + body + "\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.").Organizations;

    [Fact]
    public void A_full_name_and_its_acronym_are_one_organisation_with_the_full_name()
    {
        var found = OrganizationsOf("Le campus travaille avec l'Institut régional de formation sanitaire (IRFS). Plus tard, l'IRFS a ouvert une licence.");
        Assert.Equal([new Organization("Institut régional de formation sanitaire", "IRFS", OrganizationCategory.School)], found);
    }

    [Fact]
    public void A_known_acronym_gives_the_known_name_so_that_two_opinions_count_one_organisation()
    {
        var first = OrganizationsOf("Le campus est adossé à l'UPJV.");
        var second = OrganizationsOf("Le campus est adossé à l'Université de Picardie Jules Verne.");
        Assert.Equal(first, second);
        Assert.Equal("UPJV", first.Single().Acronym);
    }

    [Fact]
    public void A_known_company_followed_by_proper_names_is_one_of_its_companies_and_alone_is_itself()
    {
        var found = OrganizationsOf("Les stages ont lieu chez Engie Solutions, chez Saint-Gobain et dans une agence EDF de la côte.");
        Assert.Equal(
            [("Engie Solutions", OrganizationCategory.Company), ("Saint-Gobain", OrganizationCategory.Company), ("EDF", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Theory]
    [InlineData("Le campus s'appuie sur le groupe Verallia pour ses stages.", "Verallia", OrganizationCategory.Company)]
    [InlineData("Le pôle de compétitivité Nucléopolis accompagne le campus.", "Nucléopolis", OrganizationCategory.Network)]
    [InlineData("Le CHU de Reims accueille des apprentis.", "CHU de Reims", OrganizationCategory.Institution)]
    [InlineData("La Chambre de métiers et de l'artisanat de la Somme finance les forums.", "Chambre de métiers et de l'artisanat de la Somme", OrganizationCategory.Institution)]
    [InlineData("Le lycée Édouard Branly forme les techniciens.", "Lycée Édouard Branly", OrganizationCategory.School)]
    public void A_cue_word_introduces_a_name_and_gives_its_category(string text, string name, OrganizationCategory category)
    {
        Assert.Contains(new Organization(name, null, category), OrganizationsOf(text));
    }

    [Theory]
    [InlineData("Le cabinet Alcimed a conduit l'étude des besoins.", "Alcimed", OrganizationCategory.Company)]
    [InlineData("L'étude d'impact a été confiée au bureau d'études Ramboll.", "Ramboll", OrganizationCategory.Company)]
    [InlineData("Le plasturgiste Plastivaloire accueille des alternants.", "Plastivaloire", OrganizationCategory.Company)]
    // A laboratory's or a technology centre's kind in lower case, then its own name: the name alone.
    [InlineData("Le laboratoire Roberval étudie les composites.", "Roberval", OrganizationCategory.Other)]
    [InlineData("Le centre technique IPC ouvre une antenne.", "IPC", OrganizationCategory.Other)]
    [InlineData("Le directeur est recruté par le GIP Formation continue et insertion professionnelle de l'académie d'Amiens.", "GIP Formation continue et insertion professionnelle de l'académie d'Amiens", OrganizationCategory.Institution)]
    // A capitalised cue and the adjectives after it ("supérieure"), to the clause's punctuation.
    [InlineData("Des stages sont prévus avec l'École supérieure de chimie organique et minérale, à Compiègne.", "École supérieure de chimie organique et minérale", OrganizationCategory.School)]
    public void New_cues_and_kinds_before_an_own_name(string text, string name, OrganizationCategory category)
    {
        Assert.Contains(new Organization(name, null, category), OrganizationsOf(text));
    }

    [Fact]
    public void A_school_described_before_a_known_name_is_the_known_school()
    {
        var found = OrganizationsOf("Le campus travaille avec l'école d'ingénieurs IMT Nord Europe, qui ouvre une option.");
        Assert.Equal([("IMT Nord Europe", OrganizationCategory.School)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_known_name_is_found_whatever_the_case_of_its_later_words_or_of_its_acronym()
    {
        var found = OrganizationsOf("La Banque des territoires et l'Opco 2i financent les parcours.");
        Assert.Equal(["Banque des Territoires", "OPCO 2i"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_name_before_a_region_may_hold_de_and_a_region_merged_in_2016_makes_a_branch_not_an_organisation()
    {
        var found = OrganizationsOf("Terre de Liens Hauts-de-France achète des fermes. La Mutualité sociale agricole Picardie suit les exploitants du Nord-Pas de Calais.");
        Assert.Equal(["Terre de Liens Hauts-de-France", "Mutualité sociale agricole Picardie"], found.Select(o => o.Name));
    }

    [Fact]
    public void Partners_are_read_after_partnerships_that_were_signed_with_them()
    {
        var found = OrganizationsOf("Des partenariats ont été signés avec Faurecia, Novares et Sabic pour les stages.");
        Assert.Equal(["Faurecia", "Novares", "Sabic"], found.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Le verrier Duralex ouvre ses ateliers aux élèves.", "Duralex")]
    [InlineData("Le fabricant de pneumatiques agricoles Kléber forme ses régleurs au lycée.", "Kléber")]
    [InlineData("Les apprentis sont accueillis par le groupe italien Lavazza.", "Lavazza")]
    [InlineData("L'équipementier ferroviaire Faiveley recrute des électrotechniciens.", "Faiveley")]
    [InlineData("La jeune pousse Néolithe recycle les déchets de chantier.", "Néolithe")]
    // Said of the name before it, after a comma.
    [InlineData("Le campus s'appuie sur Duralex, verrier du Loiret, pour former ses régleurs.", "Duralex")]
    [InlineData("Les apprentis rejoignent Néolithe, une jeune pousse qui recycle les gravats.", "Néolithe")]
    [InlineData("Il travaille avec Kléber Industries, l'équipementier de la plaine, depuis 2020.", "Kléber Industries")]
    // An adjective set before the trade ("une jeune entreprise", "un petit fabricant").
    [InlineData("Les tablettes seront fournies par Tabloo, une jeune entreprise de Lens.", "Tabloo")]
    [InlineData("Il achète ses pièces à Mécanor, un petit fabricant de l'Avesnois.", "Mécanor")]
    public void A_trade_announces_a_company_with_its_complement_or_is_said_of_it(string text, string name)
    {
        Assert.Contains(new Organization(name, null, OrganizationCategory.Company), OrganizationsOf(text));
    }

    [Theory]
    [InlineData("Le campus forme pour l'entreprise familiale de Roubaix qui l'a sollicité.")]
    [InlineData("Le fabricant de meubles installé à Hazebrouck accueille des stagiaires.")]
    [InlineData("Chaque industriel présent au comité a signé la charte. Le constructeur est satisfait. Amiens accueille le forum.")]
    [InlineData("En 2024, un fabricant a rejoint le campus. Dans le Valenciennois, le constructeur a recruté.")]
    [InlineData("Le campus forme pour le brasseur de Bénifontaine et le sucrier d'Escaudœuvres.")]
    public void A_town_after_a_trade_or_a_sentence_s_first_words_before_one_are_no_company(string text)
    {
        Assert.Empty(OrganizationsOf(text));
    }

    [Fact]
    public void Names_in_a_partner_list_are_organisations_and_a_known_acronym_with_a_place_is_a_branch()
    {
        var found = OrganizationsOf("Le campus a noué des partenariats avec Hutchinson, Valdunes et l'UIMM Somme.");
        Assert.Equal(["Hutchinson", "Valdunes", "UIMM Somme"], found.Select(o => o.Name));
        Assert.Equal(OrganizationCategory.Network, found[2].Category);
    }

    [Fact]
    public void Towns_countries_people_programmes_and_a_lycee_in_general_are_not_organisations()
    {
        var found = OrganizationsOf("Le campus a des partenariats avec la Belgique et France 2030. Madame la Rectrice et Monsieur le Président le soutiennent. Le lycée support est à Amiens.");
        Assert.Empty(found);
    }

    [Theory]
    [InlineData("Agence nationale pour la formation professionnelle des adultes", "agence")]
    [InlineData("INSTITUT Mines-Télécom", "institut")]
    [InlineData("Les Instituteurs associés", null)]
    [InlineData("Les agencements de Picardie", null)]
    public void The_cue_a_bracketed_name_holds_is_a_whole_word_in_any_case(string name, string? cue)
    {
        Assert.Equal(cue, AvisIngest.Extraction.Organizations.OrganizationCatalogue.Default.CueIn(name)?.Word);
    }

    [Fact]
    public void A_known_acronym_inside_a_longer_word_is_not_that_organisation_but_one_after_it_is()
    {
        Assert.Empty(OrganizationsOf("Le projet SUPJV2 et les XUPJV sont des codes internes."));
        Assert.Equal(["Université de Picardie Jules Verne"], OrganizationsOf("Le projet XUPJV associe l'UPJV.").Select(o => o.Name));
    }

    [Fact]
    public void Trade_unions_and_employment_networks_are_known_and_a_regional_branch_keeps_its_region()
    {
        Assert.Equal([new Organization("Carif-Oref", null, OrganizationCategory.Institution)], OrganizationsOf("Le Carif-Oref diffuse l'étude."));
        var found = OrganizationsOf("Le Carif-Oref Hauts-de-France a publié une étude avec la CGT, Force ouvrière et Cap emploi.");
        Assert.Equal(
            [new Organization("Carif-Oref Hauts-de-France", "C2RP", OrganizationCategory.Institution), new Organization("Confédération générale du travail", "CGT", OrganizationCategory.Network),
             new Organization("Force ouvrière", "FO", OrganizationCategory.Network), new Organization("Cap emploi", null, OrganizationCategory.Institution)],
            found);
    }

    [Fact]
    public void Names_coordinated_with_a_found_organisation_are_organisations_but_not_a_town_or_a_sentence_start()
    {
        var found = OrganizationsOf("Valeo, la société Faurecia et Hutchinson recrutent. Depuis 2022, Verallia et l'UPJV coopèrent. Le campus forme à Abbeville et l'UPJV à Amiens.");
        Assert.Equal(["Valeo", "Faurecia", "Hutchinson", "Verallia", "Université de Picardie Jules Verne"], found.Select(o => o.Name));
        Assert.DoesNotContain(found, o => o.Name.StartsWith("Depuis", StringComparison.Ordinal) || o.Name == "Abbeville");
    }

    [Fact]
    public void Towns_listed_after_a_preposition_of_place_before_an_organisation_are_not_organisations()
    {
        var found = OrganizationsOf("Le campus rassemble des lycées de Dunkerque, Calais, Boulogne-sur-Mer et Étaples, l'Université du Littoral Côte d'Opale et Ifremer.");
        Assert.Equal(["Université du Littoral Côte d'Opale", "Ifremer"], found.Select(o => o.Name));
    }

    [Theory]
    [InlineData("Le Grand Port Maritime de Dunkerque et les plateformes multimodales sont au cœur du report modal.", "Grand Port Maritime de Dunkerque")]
    [InlineData("La Métropole européenne de Lille prévoit le prolongement de son tramway.", "Métropole européenne de Lille")]
    [InlineData("La Communauté Urbaine de Dunkerque finance le projet.", "Communauté Urbaine de Dunkerque")]
    public void A_cue_written_in_title_case_still_names(string body, string name)
    {
        Assert.Contains(OrganizationsOf(body), o => o.Name == name && o.Category == OrganizationCategory.Institution);
    }

    [Fact]
    public void A_coordinated_name_that_goes_on_in_lower_case_is_not_cut_short()
    {
        var found = OrganizationsOf("Arkema et le CFA régional des métiers du transport accueillent des apprentis.");
        Assert.DoesNotContain(found, o => o.Name == "CFA régional");
    }

    [Theory]
    [InlineData("Le plan est porté par la Région avec ses partenaires.", "Région Hauts-de-France")]
    [InlineData("Le président du conseil régional a saisi le comité.", "Région Hauts-de-France")]
    public void The_regional_council_named_alone_is_the_region_of_the_opinion(string body, string name)
    {
        var found = TestFiles.RecordOf("Avis du CoRE Hauts-de-France N° 2025CE31\n\nI. Contexte\n" + body + "\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.").Organizations;
        Assert.Equal([new Organization(name, null, OrganizationCategory.Institution)], found);
    }

    [Fact]
    public void The_region_as_a_territory_or_the_academic_region_is_not_the_regional_council()
    {
        Assert.DoesNotContain(OrganizationsOf("Les entreprises de la région recrutent ; la Région académique suit le projet."), o => o.Name.StartsWith("Région Hauts", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le projet est suivi par l'Observatoire régional de la santé, qui publie ses chiffres.", null)]
    [InlineData("Le projet est suivi par l'Institut national de la consommation, qui publie ses chiffres.", "Institut national de la consommation")]
    [InlineData("L'Agence nationale pour la rénovation urbaine finance les travaux du lycée.", "Agence nationale pour la rénovation urbaine")]
    [InlineData("Le campus travaille avec un institut de formation local.", null)]
    public void A_cue_with_its_capital_after_an_article_names_even_with_common_words_after_it(string body, string? name)
    {
        var found = OrganizationsOf(body);
        if (name is null)
            Assert.DoesNotContain(found, o => o.Name.StartsWith("Institut", StringComparison.OrdinalIgnoreCase));
        else
            Assert.Contains(found, o => o.Name == name);
    }

    [Fact]
    public void Any_known_name_followed_by_a_region_is_a_regional_branch()
    {
        Assert.Equal(["Transitions Pro Grand Est"], OrganizationsOf("Transitions Pro Grand Est finance les reconversions.").Select(o => o.Name));
        Assert.Equal(["Transitions Pro"], OrganizationsOf("Transitions Pro Amiens finance les reconversions.").Select(o => o.Name));
    }

    [Fact]
    public void A_council_named_with_its_region_is_that_region_s_council_including_regions_merged_in_2016()
    {
        var found = OrganizationsOf("Le conseil régional de Picardie, puis la Région Grand Est et le Conseil régional du Nord Pas de Calais ont financé les plateaux ; le conseil régional de l'Ordre des architectes a été consulté.");
        // The architects' regional council is the order's (a network since orders are cues), no region's.
        Assert.Equal(["Région Picardie", "Région Grand Est", "Région Nord-Pas-de-Calais", "Ordre des architectes"], found.Select(o => o.Name));
        Assert.Equal([.. Enumerable.Repeat(OrganizationCategory.Institution, 3), OrganizationCategory.Network], found.Select(o => o.Category));
    }

    [Fact]
    public void The_regional_council_named_alone_in_an_opinion_without_a_region_is_that_of_the_first_region_written()
    {
        Assert.Equal(["Région Normandie"], OrganizationsOf("En Normandie, la Région finance les plateaux techniques.").Select(o => o.Name));
        // "la réunion" in lower case is a meeting, not La Réunion.
        Assert.Empty(OrganizationsOf("C'est la réunion des acteurs ; la Région finance les plateaux techniques."));
    }

    [Theory]
    [InlineData("L'École des Métiers du Numérique accueille depuis 2019 des jeunes sans diplôme.", "École des Métiers du Numérique")]
    [InlineData("La convention avec l'Université de Lorraine du 12 mars 2021 prévoit des stages.", "Université de Lorraine")]
    public void A_date_after_a_name_is_not_part_of_it(string body, string name)
    {
        Assert.Contains(name, OrganizationsOf(body).Select(o => o.Name));
    }

    [Fact]
    public void A_capitalised_cue_followed_by_a_pronoun_and_a_verb_names_nothing()
    {
        Assert.DoesNotContain(OrganizationsOf("Les lycées de l'Union en font partie depuis longtemps."), o => o.Name.StartsWith("Union", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_after_a_network_known_by_its_acronym_alone_is_a_local_unit_but_not_after_a_school_with_a_full_name()
    {
        Assert.Equal(["Greta de Lille", "GRETA d'Arras"], OrganizationsOf("Le Greta de Lille et le GRETA d'Arras forment des adultes.").Select(o => o.Name));
        Assert.Equal(["École Supérieure d'Arts Appliqués et Textile"], OrganizationsOf("L'ESAAT de Roubaix forme des designers.").Select(o => o.Name));
    }

    [Fact]
    public void Names_after_a_kind_of_organisation_and_comme_or_dont_are_organisations_but_a_count_is_not()
    {
        var found = OrganizationsOf("Le territoire accueille des groupes industriels comme Lesaffre ou Bonduelle, et 40 entreprises dont 12 PME exportatrices.");
        Assert.Equal(["Lesaffre", "Bonduelle"], found.Select(o => o.Name));
    }

    [Fact]
    public void Universities_named_by_their_towns_are_one_each_and_a_number_takes_the_town_before_it()
    {
        Assert.Equal(["Université de Rouen", "Université de Caen"], OrganizationsOf("Le campus associe les universités de Rouen et Caen.").Select(o => o.Name));
        Assert.Equal(["Université de Paris 1", "Université de Paris 8"], OrganizationsOf("Le campus associe les universités de Paris 1 et 8.").Select(o => o.Name));
        Assert.All(OrganizationsOf("Le campus associe les universités de Rouen et Caen."), o => Assert.Equal(OrganizationCategory.University, o.Category));
    }

    [Fact]
    public void The_state_s_services_school_groups_and_official_statistics_are_found()
    {
        var found = OrganizationsOf("La cité scolaire Jean Moulin, la direction départementale des territoires (DDT) et la direction régionale des affaires culturelles suivent le projet ; selon l'Insee, l'emploi progresse.");
        Assert.Equal(
            [("Cité scolaire Jean Moulin", null, OrganizationCategory.School), ("Direction départementale des territoires", "DDT", OrganizationCategory.Institution),
             ("DRAC", null, OrganizationCategory.Institution), ("Institut national de la statistique et des études économiques", "INSEE", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Acronym, o.Category)));
    }

    [Theory]
    [InlineData("Le campus forme avec le Centre régional des métiers du bâtiment (CRMB) ses apprentis.", "Centre régional des métiers du bâtiment", "CRMB", OrganizationCategory.Institution)]
    [InlineData("L'Observatoire régional de l'emploi et des qualifications (OREQ) suit les sortants.", "Observatoire régional de l'emploi et des qualifications", "OREQ", OrganizationCategory.Institution)]
    // Read back across commas, one word of the name not in the acronym.
    [InlineData("L'avis de l'Office national des forêts, de la chasse, de la pêche et de la faune (ONFCF) est joint.", "Office national des forêts, de la chasse, de la pêche et de la faune", "ONFCF", OrganizationCategory.Institution)]
    public void A_name_whose_initials_make_the_acronym_after_it_is_an_organisation_when_its_first_word_names_one(string body, string name, string acronym, OrganizationCategory category)
    {
        Assert.Contains(new Organization(name, acronym, category), OrganizationsOf(body));
    }

    [Fact]
    public void A_plan_or_a_study_whose_initials_make_its_acronym_is_no_organisation()
    {
        Assert.Empty(OrganizationsOf("Le schéma régional des formations sanitaires (SRFS) et le centre de la ville (CV) sont cités ; le Centre ouvre (CEO)."));
    }

    [Fact]
    public void A_region_after_the_bracketed_acronym_is_part_of_the_name()
    {
        var found = OrganizationsOf("L'Union régionale des entreprises adaptées (UREA) Hauts-de-France accueille des stagiaires.");
        Assert.Equal([new Organization("Union régionale des entreprises adaptées Hauts-de-France", "UREA", OrganizationCategory.Network)], found);
    }

    [Fact]
    public void And_then_a_capitalised_name_after_a_preposition_starts_another_organisation()
    {
        var found = OrganizationsOf("Le campus s'appuie sur la Chambre de métiers de l'Aisne et de l'Association des boulangers de Picardie pour ses stages.");
        Assert.Contains(found, o => o.Name == "Chambre de métiers de l'Aisne");
        Assert.DoesNotContain(found, o => o.Name.Contains("Association", StringComparison.Ordinal) && o.Name.StartsWith("Chambre", StringComparison.Ordinal));
    }

    [Theory]
    // A federation's kind then its own name: the name is its own.
    [InlineData("La fédération professionnelle Textile Avenir a transmis ses besoins.", "Textile Avenir", OrganizationCategory.Network)]
    [InlineData("L'union patronale Hauts-de-France a transmis ses besoins.", "Union patronale Hauts-de-France", OrganizationCategory.Network)]
    // A capitalised word between an article and the capitalised cue belongs to the name.
    [InlineData("Les élèves rejoignent la Nouvelle École des métiers du verre à Arques.", "Nouvelle École des métiers du verre", OrganizationCategory.School)]
    public void The_words_around_a_cue_that_belong_to_the_name_are_read_with_it(string body, string name, OrganizationCategory category)
    {
        Assert.Contains(new Organization(name, null, category), OrganizationsOf(body));
    }

    [Fact]
    public void A_name_met_again_without_the_words_that_describe_its_kind_is_the_same_organisation()
    {
        var found = OrganizationsOf("Le lycée horticole de Lomme accueille les élèves. Les ateliers du lycée de Lomme et du lycée agricole de Tilloy sont rénovés.");
        Assert.Equal(["Lycée horticole de Lomme", "Lycée agricole de Tilloy"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_school_described_then_named_again_in_another_sentence_is_one_organisation()
    {
        var found = OrganizationsOf("Le campus, porté par le lycée maritime du Portel à Boulogne, demande le label. Autour du lycée du Portel se retrouvent trois CFA.");
        Assert.Equal(["Lycée maritime du Portel"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_name_followed_by_the_region_is_an_organisation_but_not_the_region_the_council_or_the_body()
    {
        var found = OrganizationsOf("Les relevés d'Aérosol Hauts-de-France sont publiés. En Hauts-de-France, le Conseil régional Hauts-de-France et le CoRE Hauts-de-France suivent la Mutuelle Solidaire Hauts-de-France.");
        Assert.Equal(["Aérosol Hauts-de-France", "Mutuelle Solidaire Hauts-de-France"], found.Select(o => o.Name).Where(n => n != "Région Hauts-de-France"));
    }

    [Fact]
    public void A_known_body_named_with_its_acronym_and_a_region_is_its_regional_branch_and_stays_one_organisation()
    {
        var found = OrganizationsOf("L'Agence régionale de santé (ARS) Grand Est a été consultée. L'ARS a répondu en mars.");
        Assert.Equal([new Organization("Agence régionale de santé Grand Est", "ARS", OrganizationCategory.Institution)], found);
    }

    [Fact]
    public void An_announcing_cue_written_with_its_capital_after_an_article_names_with_the_common_words_after_it()
    {
        var found = OrganizationsOf("L'avis de l'Association départementale des parents d'élèves est joint au dossier.");
        Assert.Contains(new Organization("Association départementale des parents d'élèves", null, OrganizationCategory.Network), found);
    }

    [Fact]
    public void A_plural_cue_announces_its_first_name_and_the_names_coordinated_with_it()
    {
        var found = OrganizationsOf("Les coopératives Cérésia et Vivescia ont ouvert des méthaniseurs. Les usages industriels 4.0 se développent.");
        Assert.Equal([("Cérésia", OrganizationCategory.Company), ("Vivescia", OrganizationCategory.Company)], found.Select(o => (o.Name, o.Category)));
    }

    [Theory]
    [InlineData("Les collégiennes rencontrent des ingénieures avec l'association Nous aussi.", "Nous aussi")]
    [InlineData("L'association Elles font l'industrie, créée en 2019, anime les forums.", "Elles font l'industrie")]
    public void An_association_named_with_a_phrase_keeps_the_whole_phrase(string body, string name)
    {
        Assert.Equal([(name, OrganizationCategory.Network)], OrganizationsOf(body).Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_known_network_followed_by_a_department_is_its_branch()
    {
        var found = OrganizationsOf("L'UIMM de l'Oise et le CFAI de l'Aisne accueillent les apprentis.");
        Assert.Equal([("UIMM de l'Oise", OrganizationCategory.Network), ("CFAI de l'Aisne", OrganizationCategory.School)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_name_of_three_words_before_its_region_is_read_whole_and_a_count_is_no_name()
    {
        var found = OrganizationsOf("Le réseau Santé Qualité Hauts-de-France forme les aides-soignants. La communauté d'agglomération regroupe 42 communes. Le Parc naturel régional Scarpe-Escaut reçoit les classes.");
        Assert.Equal(
            [("Santé Qualité Hauts-de-France", OrganizationCategory.Network), ("Parc naturel régional Scarpe-Escaut", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)).Where(o => o.Name != "Région Hauts-de-France"));
    }

    [Fact]
    public void A_region_followed_by_capitalised_words_names_an_agency_but_not_before_a_line_s_end_or_a_sentence_s_first_word()
    {
        var found = OrganizationsOf("Les salons sont montés avec Normandie Attractivité depuis 2022.\nLe campus recrute en Normandie\nLes lycées suivent. Le campus recrute aussi en Normandie Les années suivantes comptent.");
        Assert.Equal(["Normandie Attractivité"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_prefecture_named_by_its_head_is_the_regional_prefecture()
    {
        var byHead = OrganizationsOf("Le contrat est signé par la Région et le préfet de région.");
        var byName = OrganizationsOf("Le contrat est signé par la Région et la préfecture de région.");
        Assert.Equal(("Préfecture de région", OrganizationCategory.Institution), (byHead[^1].Name, byHead[^1].Category));
        Assert.Equal(byHead, byName);
    }

    [Fact]
    public void A_region_before_a_bracketed_acronym_of_initials_is_the_name_s()
    {
        var found = OrganizationsOf("L'Établissement public d'aménagement Hauts-de-France (EPA) a repris la friche.");
        Assert.Equal([("Établissement public d'aménagement Hauts-de-France", "EPA", OrganizationCategory.Institution)], found.Select(o => (o.Name, o.Acronym, o.Category)));
    }

    [Fact]
    public void A_town_before_a_capitalised_cue_after_a_preposition_is_the_name_s()
    {
        var found = OrganizationsOf("Le projet compte sur Valenciennes Métropole pour ses locaux.");
        Assert.Equal(["Valenciennes Métropole"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_confederation_named_by_an_adjective_ends_before_its_verb()
    {
        var found = OrganizationsOf("Les éleveurs comme la Confédération paysanne estiment que les prix baissent.");
        Assert.Equal([("Confédération paysanne", OrganizationCategory.Network)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_rectorate_is_named_by_its_place_however_the_place_is_written_and_the_rectorate_named_alone_is_the_same()
    {
        Assert.Equal([new Organization("Rectorat d'Amiens", null, OrganizationCategory.Institution)],
            OrganizationsOf("Le rectorat instruit la demande. Le dossier a été transmis au rectorat d'Amiens en mai."));
        Assert.Equal([new Organization("Rectorat de Lille", null, OrganizationCategory.Institution)],
            OrganizationsOf("Le rectorat de Lille finance les postes. Le comité réunit le rectorat de l'académie de Lille chaque année, et le rectorat préside."));
    }

    [Theory]
    [InlineData("Le comité réunit la Région, l'académie de Lille et la DRAAF. Il se tient à Douai.", "Académie de Lille")]
    [InlineData("La Région et l’académie d’Amiens financent le poste de directeur.", "Académie d'Amiens")]
    [InlineData("Le projet est suivi par l'académie de Reims et par la Région.", "Académie de Reims")]
    [InlineData("L'académie de Lille finance deux postes.", "Académie de Lille")]
    public void An_academie_in_lower_case_that_acts_is_the_education_authority(string body, string name) =>
        Assert.Contains(new Organization(name, null, OrganizationCategory.Institution), OrganizationsOf(body));

    [Theory]
    [InlineData("Les lycées de l'académie de Lille accueillent les élèves de seconde.")]
    [InlineData("Le dossier a reçu l'accord du rectorat de l'académie d'Amiens.")]
    [InlineData("Dans l'académie de Lille, trois lycées ouvrent une section.")]
    [InlineData("Les formations sont ouvertes sur l'académie d'Amiens depuis 2024.")]
    public void An_academie_in_lower_case_as_a_complement_or_a_place_is_the_territory(string body) =>
        Assert.DoesNotContain(OrganizationsOf(body), o => o.Name.StartsWith("Académie", StringComparison.Ordinal));

    [Theory]
    [InlineData("Depuis 2025, l'Apave forme chaque année des techniciens.", "Apave")]
    [InlineData("Dans le bassin minier, Vertbaudet emploie huit cents salariés.", "Vertbaudet")]
    [InlineData("Le port est ancien. Norlink y gère trois terminaux.", "Norlink")]
    [InlineData("Le secteur recrute. Ubisoft a ouvert un studio à Lille en 2028.", "Ubisoft")]
    [InlineData("Depuis 2020, Safran a implanté une usine à Méaulte.", "Safran")]
    public void A_subject_after_a_sentence_s_opening_phrase_or_before_y_is_read_by_its_verb(string body, string name) =>
        Assert.Contains(OrganizationsOf(body), o => o.Name == name);

    [Theory]
    [InlineData("Depuis 2025, la Région gère les lycées.")]
    [InlineData("En 2029, l'État y gère les ports.")]
    [InlineData("En 2028, Valenciennes a ouvert une médiathèque.")]
    public void A_public_body_s_common_noun_after_an_opening_phrase_is_no_company(string body) =>
        Assert.Empty(OrganizationsOf(body));

    [Fact]
    public void A_task_given_to_a_name_after_a_participle_of_commissioning_names_it_and_its_parallel_task_too()
    {
        var found = OrganizationsOf("La métropole a confié l'entretien des réseaux à Spie Batignolles et la formation des agents à Technopolis. Elle a commandé une étude à Kantar.");
        // Known, it is named as the list writes it, whatever case the text gives it.
        Assert.Contains(found, o => o.Name == "Spie batignolles");
        Assert.Contains(found, o => o.Name == "Technopolis");
        Assert.Contains(new Organization("Kantar", null, OrganizationCategory.Company), found);
    }

    [Theory]
    [InlineData("Le conseil a confié la présidence à M. Paul Durand.")]
    [InlineData("Le département a confié l'étude à la Région.")]
    [InlineData("Le lycée a confié l'aide à domicile à des associations.")]
    public void A_task_given_to_a_person_a_public_body_s_common_noun_or_no_name_names_no_organisation(string body) =>
        Assert.Empty(OrganizationsOf(body));

    [Theory]
    [InlineData("Le campus travaille avec le Comité départemental de tourisme de l'Oise.", "Comité départemental de tourisme de l'Oise")]
    [InlineData("Il associe le Conseil des vins des Hauts-de-France et la Chambre d'agriculture.", "Conseil des vins des Hauts-de-France")]
    public void A_committee_or_council_closed_by_its_territory_is_a_body(string body, string name) =>
        Assert.Contains(OrganizationsOf(body), o => o.Name == name);

    [Theory]
    [InlineData("Le Conseil régional des Hauts-de-France finance le campus.", "Conseil régional des Hauts-de-France")]
    [InlineData("Le Comité de pilotage se réunit deux fois par an.", "Comité de pilotage")]
    [InlineData("Le Conseil des ministres a adopté le plan pour la France.", "Conseil des ministres")]
    public void A_regional_council_a_meeting_or_a_body_without_territory_is_not_read_so(string body, string name) =>
        Assert.DoesNotContain(OrganizationsOf(body), o => o.Name == name);

    [Fact]
    public void A_place_adjective_after_the_place_a_local_authority_s_name_ends_on_is_part_of_it()
    {
        Assert.Contains(OrganizationsOf("Le projet est soutenu par la Communauté de communes du Pays noyonnais."), o => o.Name == "Communauté de communes du Pays noyonnais");
        Assert.Contains(OrganizationsOf("La Communauté de communes du Ternois mais aussi la Région financent."), o => o.Name == "Communauté de communes du Ternois");
    }

    [Fact]
    public void An_intercommunal_body_named_after_two_places_keeps_both_and_stops_before_another_body()
    {
        Assert.Equal(["Communauté de communes du Caudrésis et du Catésis"],
            OrganizationsOf("La communauté de communes du Caudrésis et du Catésis porte le plan.").Select(o => o.Name));
        Assert.Equal(["Communauté de communes de la Vallée de l'Oise et de la Région de Compiègne"],
            OrganizationsOf("La communauté de communes de la Vallée de l'Oise et de la Région de Compiègne porte le plan.").Select(o => o.Name));
        // The second a body of its own: a cue's word, or a known organisation.
        Assert.Equal(["Communauté d'agglomération du Boulonnais", "Communauté de communes de Desvres-Samer"],
            OrganizationsOf("Le schéma est porté par la Communauté d'agglomération du Boulonnais et de la Communauté de communes de Desvres-Samer.").Select(o => o.Name));
        Assert.Equal(["Communauté d'agglomération du Douaisis", "Université de Lille"],
            OrganizationsOf("La communauté d'agglomération du Douaisis et de l'Université de Lille financent l'étude.").Select(o => o.Name));
    }

    [Fact]
    public void A_body_in_lower_case_after_a_singular_article_with_its_acronym_is_named_by_it_not_a_kind_nor_a_plan()
    {
        Assert.Equal([new Organization("Maison départementale des personnes handicapées", "MDPH", OrganizationCategory.Institution)],
            OrganizationsOf("Le conseil a entendu la directrice de la maison départementale des personnes handicapées (MDPH)."));
        // A kind in the plural, a kind whose acronym is a cue's word, a plan: none is one body.
        Assert.Empty(OrganizationsOf("Les maisons départementales des personnes handicapées (MDPH) et le centre de formation d'apprentis (CFA) appliquent le plan régional de santé (PRS)."));
    }

    [Fact]
    public void The_bodies_whose_representatives_or_heads_speak_are_named_two_coordinated_ones_too()
    {
        Assert.Equal(["Générations Mouvement", "Ensemble & Solidaires - UNRPA", "FRTP"],
            OrganizationsOf("Les représentants de Générations Mouvement et d'Ensemble & Solidaires - UNRPA regrettent le calendrier. Le président de la FRTP le confirme.").Select(o => o.Name));
        // A place, the State, a region's generic head, a person: no organisation.
        Assert.Empty(OrganizationsOf("Les élus de Lille et le représentant de l'État sont venus, comme le président de Région et le directeur de M. Paul Durand."));
    }

    [Fact]
    public void A_commune_s_social_service_and_a_company_announced_by_its_hiring_trade_are_organisations()
    {
        var found = OrganizationsOf("Les recommandations seront portées avec le centre communal d'action sociale de Lille. Le campus forme les conducteurs d'engins avec Volvo Construction Equipment et le loueur Kiloutou.");
        Assert.Contains(new Organization("Centre communal d'action sociale de Lille", null, OrganizationCategory.Institution), found);
        Assert.Contains(found, o => o.Name == "Volvo Construction Equipment");
        Assert.Contains(found, o => o.Name == "Kiloutou");
    }

    [Fact]
    public void The_title_names_the_institution_that_carries_the_campus_not_what_it_quotes_nor_a_letterhead()
    {
        var record = TestFiles.RecordOf("COMITÉ RÉGIONAL POUR L'EMPLOI HAUTS-DE-FRANCE\n\n" +
            "Concernant la demande de renouvellement du label du Campus des métiers et des qualifications « Cuir, maroquinerie et métiers d'art », porté par le lycée Louis Blériot d'Étaples\n\n" +
            "I. Contexte\nLe proviseur du lycée Louis Blériot préside le comité.\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.");
        Assert.Equal([new Organization("Lycée Louis Blériot d'Étaples", null, OrganizationCategory.School)], record.Organizations);
        // A first line taken for the title for want of one is a letterhead as often: the body, not an organisation of the opinion.
        Assert.Empty(TestFiles.RecordOf("Conseil départemental de l'insertion par l'activité économique (CDIAE) du Pas-de-Calais\n\n" +
            "I. Contexte\nLe conseil a examiné les demandes.\n\nII. Avis\nLe conseil émet un avis favorable.").Organizations);
    }

    [Fact]
    public void Former_works_are_a_building_not_a_company()
    {
        Assert.Empty(OrganizationsOf("La protection de l'ancienne filature Le Blan est demandée par les habitants."));
        Assert.Contains(OrganizationsOf("La filature Le Blan emploie deux cents salariés."), o => o.Name == "Le Blan");
    }

    [Fact]
    public void After_a_category_word_and_a_colon_a_sentence_is_not_a_list_of_names()
    {
        // "… les entreprises … recrutent : il demande que …" explains; no item of it is a name with its verb.
        Assert.DoesNotContain(OrganizationsOf("Les entreprises de la logistique recrutent par l'intérim : il demande que Durand Intérim et Lefort Travail soient associés au suivi."),
            o => o.Name.Contains("soient", StringComparison.Ordinal));
        Assert.Equal(["Renault", "Valeo"], OrganizationsOf("Le campus s'appuie sur des entreprises : notamment Renault, Valeo.").Select(o => o.Name));
    }

    [Fact]
    public void What_a_council_member_says_ends_the_name_before_it()
    {
        Assert.Equal(["SNES-FSU", "Commission nationale de l'informatique et des libertés"],
            OrganizationsOf("Le syndicat SNES-FSU demande une étude de la Cnil sur les données des élèves.").Select(o => o.Name));
        // A name's own common words after an article or a preposition are no verb ("… de la demande …").
        Assert.Contains(OrganizationsOf("L'Observatoire régional de la demande de soins publie un rapport."), o => o.Name.StartsWith("Observatoire régional de la demande", StringComparison.Ordinal));
    }

    [Fact]
    public void A_known_acronym_of_four_capitals_is_found_written_with_one_capital()
    {
        Assert.Equal([new Organization("Fédération des établissements hospitaliers et d'aide à la personne privés solidaires", "FEHAP", OrganizationCategory.Network)],
            OrganizationsOf("Les recommandations seront portées avec la Fehap."));
    }

    [Fact]
    public void A_company_announced_by_its_trade_as_a_driller_or_a_supplier_is_named()
    {
        var found = OrganizationsOf("Le foreur Sonergia et le fournisseur Techniforage y représentent les entreprises.");
        Assert.Equal([("Sonergia", OrganizationCategory.Company), ("Techniforage", OrganizationCategory.Company)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Intercommunal_bodies_of_several_places_under_one_plural_kind_are_one_each()
    {
        Assert.Equal(["Communauté d'agglomération de Lens-Liévin", "Communauté d'agglomération d'Hénin-Carvin", "Communauté de communes du Ternois", "Communauté de communes des Sept Vallées"],
            OrganizationsOf("Le plan couvre les communautés d'agglomération de Lens-Liévin et d'Hénin-Carvin, puis les communautés de communes du Ternois et des Sept Vallées.").Select(o => o.Name));
    }

    [Fact]
    public void A_known_company_s_town_after_de_is_its_site_a_network_s_is_its_branch()
    {
        Assert.Equal(["GSK"], OrganizationsOf("Le campus est présidé par la directrice du site GSK de Saint-Amand-les-Eaux.").Select(o => o.Name));
        Assert.Equal(["UIMM de la Somme"], OrganizationsOf("Le campus travaille avec l'UIMM de la Somme.").Select(o => o.Name));
    }

    [Fact]
    public void A_school_s_kind_in_lower_case_before_the_known_body_it_belongs_to_names_that_body()
    {
        Assert.Equal(["Institut supérieur d'agriculture de Lille", "Junia"],
            OrganizationsOf("Le campus associe l'Institut supérieur d'agriculture de Lille (ISA), école de Junia.").Select(o => o.Name));
    }

    [Fact]
    public void A_forge_is_works_named_by_its_trade_and_a_hospital_is_named_with_its_town()
    {
        var found = OrganizationsOf("La forge Dutilleul, à Guise, accueille des apprentis, comme l'hôpital de Soissons. L'hôpital de jour ferme le dimanche.");
        Assert.Equal([("Dutilleul", OrganizationCategory.Company), ("Hôpital de Soissons", OrganizationCategory.Institution)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_network_s_regional_or_departmental_unit_named_by_its_kind_before_the_acronym_is_a_body_of_its_own()
    {
        Assert.Equal(["Comité régional UFOLEP", "Ligue départementale UNSS du Nord", "Union nationale du sport scolaire"],
            OrganizationsOf("Le Comité régional UFOLEP et la Ligue départementale UNSS du Nord demandent des aides, comme l'UNSS.").Select(o => o.Name));
        // A State establishment known by its acronym, with its seat.
        Assert.Contains(OrganizationsOf("Le CREPS de Wattignies propose deux brevets."), o => o.Name.StartsWith("CREPS", StringComparison.Ordinal) && o.Name.EndsWith("Wattignies", StringComparison.Ordinal));
    }

    [Fact]
    public void A_departement_s_prefect_stands_for_its_prefecture_the_prefect_alone_for_no_one()
    {
        Assert.Equal(["Préfecture de l'Aisne", "Préfecture du Nord"],
            OrganizationsOf("La MRAe a été saisie par le préfet de l'Aisne ; la préfète du Nord a été consultée.").Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Le préfet a signé l'arrêté."));
    }

    [Fact]
    public void A_kind_s_acronym_before_a_known_name_with_its_region_is_that_organisation()
    {
        Assert.Equal([new Organization("Formasup Hauts-de-France", null, OrganizationCategory.School)],
            OrganizationsOf("Le CFA Formasup Hauts-de-France finance les contrats."));
        // Not before a name no list knows: the kind is the name's ("CFA BTP Hauts-de-France").
        Assert.Contains(OrganizationsOf("Le CFA Compagnons Hauts-de-France forme les apprentis."), o => o.Name == "CFA Compagnons Hauts-de-France");
    }

    [Fact]
    public void A_possessive_s_kind_and_its_town_is_a_place_of_an_organisation_named_before()
    {
        var found = OrganizationsOf("L'Afpa forme des soudeurs dans son école de Liévin ; le lycée Condorcet de Lens les accueille aussi.");
        Assert.DoesNotContain(found, o => o.Name == "École de Liévin");
        Assert.Contains(found, o => o.Name == "Lycée Condorcet de Lens");
    }

    [Fact]
    public void An_acronym_among_complements_coordinated_with_a_found_organisation_is_one_but_a_town_is_not()
    {
        Assert.Contains(OrganizationsOf("Les apprentis travaillent dans les selleries de Hermès et de CWD."), o => o.Name == "CWD");
        Assert.DoesNotContain(OrganizationsOf("Les apprentis travaillent dans les ateliers de Hermès et de Pantin."), o => o.Name == "Pantin");
    }

    [Fact]
    public void A_known_network_followed_by_one_of_the_region_s_departements_is_its_branch() =>
        Assert.Contains(OrganizationsOf("Les prêts sont distribués par Réseau Entreprendre Somme depuis 2024."), o => o.Name == "Réseau Entreprendre Somme");

    [Fact]
    public void A_departement_in_lower_case_that_acts_is_its_council_but_not_where_it_is_a_place()
    {
        Assert.Contains(OrganizationsOf("Le département du Nord a confié l'évaluation des besoins à Kantar."), o => o.Name == "Département du Nord" && o.Category == OrganizationCategory.Institution);
        Assert.Contains(OrganizationsOf("Le comité réunit la CCI Grand Lille et le département de l'Oise."), o => o.Name == "Département de l'Oise");
        Assert.DoesNotContain(OrganizationsOf("Les entreprises installées dans le département du Nord et les communes du département de la Somme recrutent avec la CCI Grand Lille."), o => o.Name.StartsWith("Département", StringComparison.Ordinal));
    }

    [Fact]
    public void A_person_named_with_a_title_is_never_an_organisation() =>
        Assert.DoesNotContain(OrganizationsOf("Le campus est présidé par Mme Sophie Delattre, directrice régionale de Dalkia. Son comité réunit M. Paul Lemaire et la Région."),
            o => o.Name.StartsWith("Mme", StringComparison.Ordinal) || o.Name.StartsWith("M.", StringComparison.Ordinal) || o.Name.Contains("Delattre", StringComparison.Ordinal));

    [Fact]
    public void A_cite_in_lower_case_is_a_place_and_with_its_capital_a_centre()
    {
        var found = OrganizationsOf("L'atelier est installé dans la cité des Électriciens. La Cité des métiers de Lille accueille les visiteurs.");
        Assert.DoesNotContain(found, o => o.Name.Contains("Électriciens", StringComparison.Ordinal));
        Assert.Contains(found, o => o.Name == "Cité des métiers de Lille");
    }

    [Fact]
    public void A_trade_s_complement_joined_by_a_goes_on_to_the_name_but_not_to_a_town()
    {
        Assert.Contains(OrganizationsOf("Le fabricant de pompes à chaleur Atlantic a ouvert une ligne."), o => o.Name == "Atlantic" && o.Category == OrganizationCategory.Company);
        Assert.DoesNotContain(OrganizationsOf("Le fabricant de pièces à Douai a ouvert une ligne."), o => o.Name == "Douai");
    }

    [Fact]
    public void A_trade_in_the_plural_names_the_list_in_brackets_after_it_but_not_as_an_adjective()
    {
        var found = OrganizationsOf("Les armements hauturiers (Euronor, Scapêche) débarquent leurs captures. Les industriels (Arkema, Sabic) recrutent.");
        Assert.Equal(["Arkema", "Euronor", "Sabic", "Scapêche"], found.Where(o => o.Category == OrganizationCategory.Company).Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(OrganizationsOf("Un module sera construit avec les formateurs aux arts verriers (Lumen) du centre."), o => o.Name == "Lumen");
    }

    [Fact]
    public void Producers_organisations_cooperatives_with_adjectives_and_marine_parks_are_named_by_their_kind()
    {
        var found = OrganizationsOf("L'organisation de producteurs From Nord et la Coopérative maritime étaploise regroupent les patrons. Le Parc naturel marin des estuaires picards et de la mer d'Opale propose des zones.");
        Assert.Contains(found, o => o.Name == "From Nord" && o.Category == OrganizationCategory.Network);
        Assert.Contains(found, o => o.Name == "Coopérative maritime étaploise" && o.Category == OrganizationCategory.Company);
        Assert.Contains(found, o => o.Name == "Parc naturel marin des estuaires picards et de la mer d'Opale");
    }

    [Fact]
    public void The_name_after_a_participle_of_delivering_or_accrediting_and_par_is_an_organisation_not_a_person()
    {
        Assert.Equal(["Qualibat", "Qualit'EnR"], OrganizationsOf("Les qualifications sont délivrées par Qualibat, les certificats accordés et agréés par Qualit'EnR.").Select(o => o.Name).Order(StringComparer.Ordinal));
        Assert.Empty(OrganizationsOf("Les certificats sont délivrés par M. Martin."));
    }

    [Fact]
    public void Among_complements_a_name_is_a_partner_unless_the_gazetteers_know_it_for_a_place()
    {
        var found = OrganizationsOf("Les apprentis travaillent dans les ateliers de Hermès et d'Oney, de Valeo et de Beauvais, de Thales et de Courtrai, de Safran et du Douaisis, et les lycées de Lille et de Saint-Omer.");
        Assert.Equal(["Hermès", "Oney", "Safran", "Thales", "Valeo"], found.Select(o => o.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_commune_no_cue_names_is_a_place_but_with_a_cue_an_organisation()
    {
        Assert.Equal(["CCI Grand Lille"], OrganizationsOf("Le campus a noué des partenariats avec Arras et la CCI Grand Lille.").Select(o => o.Name));
        Assert.Contains(OrganizationsOf("Le campus travaille avec le laboratoire Roberval, qui étudie les composites."), o => o.Name == "Roberval");
    }

    [Fact]
    public void The_same_kind_of_body_of_another_region_is_not_the_body_giving_the_opinion()
    {
        var found = TestFiles.RecordOf("COMITÉ RÉGIONAL DES PÊCHES MARITIMES ET DES ÉLEVAGES MARINS DES HAUTS-DE-FRANCE\nAvis sur le document stratégique de façade\n\nObjet de la consultation\n"
            + "Le comité régional des pêches maritimes et des élevages marins des Hauts-de-France a été saisi. Siègent au conseil de façade le Comité régional des pêches maritimes et des élevages marins de Normandie et l'Ifremer."
            + "\n\nAvis\nLe conseil émet un avis défavorable.").Organizations;
        Assert.Contains(found, o => o.Name == "Comité régional des pêches maritimes et des élevages marins de Normandie");
        Assert.DoesNotContain(found, o => o.Name.EndsWith("Hauts-de-France", StringComparison.Ordinal) && o.Name.StartsWith("Comité", StringComparison.Ordinal));
    }

    [Fact]
    public void A_federation_s_kind_in_lower_case_right_before_its_name_is_not_part_of_it()
    {
        Assert.Contains(OrganizationsOf("La fédération Valorplast et la CCI Grand Lille ont été entendues."), o => o.Name == "Valorplast" && o.Category == OrganizationCategory.Network);
        // Written with its capital, the kind is the name's first word.
        Assert.Contains(OrganizationsOf("La Fédération Valorplast a été entendue."), o => o.Name == "Fédération Valorplast");
        // So for a public body's kind: "l'agence Calais Promotion" is Calais Promotion.
        Assert.Contains(OrganizationsOf("Le CESER a entendu l'agence Calais Promotion et la Région."), o => o.Name == "Calais Promotion");
    }

    [Fact]
    public void A_farm_named_by_its_trade_is_a_company_but_not_its_town() =>
        Assert.Equal(["Gloria Maris"], OrganizationsOf("La ferme aquacole Gloria Maris élève des bars ; la ferme de Beaumont vend ses légumes.").Where(o => o.Category == OrganizationCategory.Company).Select(o => o.Name));

    [Fact]
    public void A_departmental_state_service_known_by_its_acronym_is_named_with_its_departement() =>
        Assert.Contains(OrganizationsOf("La DDETS du Pas-de-Calais et la DDTM de la Somme ont instruit le dossier."), o => o.Name == "DDETS du Pas-de-Calais" && o.Category == OrganizationCategory.Institution);

    [Fact]
    public void A_company_is_the_subject_of_a_relative_clause_s_activity_verb()
    {
        Assert.Contains(OrganizationsOf("Le terminal est neuf. La SOGEMAR, qui l'exploite pour le compte du port, recrute."), o => o.Name == "SOGEMAR" && o.Category == OrganizationCategory.Company);
        Assert.Contains(OrganizationsOf("Easyjet et Volotea y basent désormais des avions."), o => o.Name == "Volotea");
        // A relative clause whose verb is no company's says nothing of the name.
        Assert.DoesNotContain(OrganizationsOf("Le terminal est neuf. La Gabrielle, qui le longe, déborde souvent."), o => o.Name == "Gabrielle" || o.Name == "La Gabrielle");
    }

    [Fact]
    public void Names_after_an_infinitive_of_making_together_and_avec_are_partners() =>
        Assert.Contains(OrganizationsOf("Le campus veut créer avec l'EPSAA un module. Il veut aussi concevoir avec Airtec un atelier."), o => o.Name == "Airtec");

    [Fact]
    public void Names_after_a_participle_of_making_together_and_avec_are_partners()
    {
        Assert.Contains(OrganizationsOf("Le certificat, élaboré avec Moët Hennessy et la MSA Picardie, ouvrira en 2032."), o => o.Name == "Moët Hennessy");
        Assert.Empty(OrganizationsOf("Le module a été créé avec le soutien des entreprises du territoire."));
    }

    [Fact]
    public void A_known_body_followed_by_two_places_of_the_region_joined_by_a_hyphen_is_its_branch()
    {
        Assert.Contains(OrganizationsOf("Les parcours sont financés avec le soutien de la Carsat Nord-Picardie."), o => o.Name == "Carsat Nord-Picardie");
        Assert.Contains(OrganizationsOf("Les parcours sont financés avec le soutien de la Carsat Somme-Picardie."), o => o.Name == "Carsat Somme-Picardie");
        // A place that is neither: the body itself, its name not lengthened.
        Assert.Contains(OrganizationsOf("Les parcours sont financés avec le soutien de la Carsat Nord-Flandre."), o => o.Name == "Caisse d'assurance retraite et de la santé au travail");
    }

    [Fact]
    public void Names_after_a_verb_of_working_together_and_avec_are_partners() =>
        Assert.Equal(["Covage", "Equidia"], OrganizationsOf("Le lycée conduira avec Equidia et Covage un programme sur les données.").Select(o => o.Name).Order(StringComparer.Ordinal));

    [Fact]
    public void A_school_of_a_university_and_the_university_are_two_organisations()
    {
        var found = OrganizationsOf("Le campus associe l'IUT de Calais de l'Université du Littoral Côte d'Opale à ses formations.");
        Assert.Contains(new Organization("IUT de Calais", null, OrganizationCategory.School), found);
        Assert.Contains(found, o => o.Name == "Université du Littoral Côte d'Opale" && o.Category == OrganizationCategory.University);
        Assert.DoesNotContain(found, o => o.Name.StartsWith("IUT de Calais de", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_capitalised_words_joined_by_et_after_des_are_one_name_and_two_names_elsewhere_stay_two()
    {
        Assert.Contains(new Organization("École des Ponts et Chaussées", null, OrganizationCategory.School),
            OrganizationsOf("Un module est construit avec l'École des Ponts et Chaussées pour les chefs de chantier."));
        var two = OrganizationsOf("Le campus travaille avec l'Université de Lille et Centrale Lille.");
        Assert.DoesNotContain(two, o => o.Name.Contains(" et ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_association_named_by_a_phrase_keeps_the_phrase()
    {
        Assert.Contains(OrganizationsOf("Les jeunes sont suivis par l'association Solidarité sans frontières, qui les loge."),
            o => o.Name == "Solidarité sans frontières" && o.Category == OrganizationCategory.Network);
    }

    [Fact]
    public void Integration_bodies_and_reuse_centres_are_named_by_their_cue()
    {
        var found = OrganizationsOf("La structure d'insertion Rebond forme des valoristes ; la Ressourcerie de Douai les accueille.");
        Assert.Contains(found, o => o.Name == "Rebond" && o.Category == OrganizationCategory.Network);
        Assert.Contains(found, o => o.Name == "Ressourcerie de Douai" && o.Category == OrganizationCategory.Other);
    }

    [Fact]
    public void The_banque_des_territoires_is_named_on_its_own_and_not_as_the_caisse_des_depots()
    {
        Assert.Contains(new Organization("Banque des Territoires", null, OrganizationCategory.Institution),
            OrganizationsOf("Les travaux sont cofinancés par la Banque des Territoires."));
    }

    [Fact]
    public void The_sentences_before_the_first_heading_are_read_and_the_title_lines_are_not()
    {
        var found = TestFiles.RecordOf("Conseil régional de l'emploi\n\nAvis n° 2025CE31 relatif au Campus Énergies de la Somme\n\n"
            + "Vu le dossier de candidature présenté par l'Agence régionale pour l'innovation (ARI) ;\n\nI. Contexte\nLe campus est porté par le lycée Jean Rostand.\n\n"
            + "II. Avis du CoRE\nLe CoRE émet un avis favorable.").Organizations;
        Assert.Contains(found, o => o.Acronym == "ARI" && o.Name == "Agence régionale pour l'innovation");
        Assert.DoesNotContain(found, o => o.Name.Contains("Énergies", StringComparison.Ordinal) || o.Name.StartsWith("Conseil", StringComparison.Ordinal));
    }

    [Fact]
    public void A_departement_named_without_its_article_before_capitalised_words_names_its_agency()
    {
        var found = OrganizationsOf("Le campus travaille avec Somme Numérique et, dans le Nord Pas-de-Calais, avec IMT Nord Europe.");
        Assert.Contains(found, o => o.Name == "Somme Numérique");
        Assert.DoesNotContain(found, o => o.Name.StartsWith("Nord", StringComparison.Ordinal));
    }

    [Fact]
    public void A_cluster_a_subsidiary_and_a_training_body_in_apposition_are_named_by_their_cue()
    {
        var found = OrganizationsOf("Le pôle Euralogistic anime le réseau. Le groupe s'appuie sur sa filiale logistique Transalliance. "
            + "Les modules sont confiés à Promotrans, l'organisme de formation du transport.");
        Assert.Contains(found, o => o.Name == "Euralogistic" && o.Category == OrganizationCategory.Network);
        Assert.Contains(found, o => o.Name == "Transalliance" && o.Category == OrganizationCategory.Company);
        Assert.Contains(found, o => o.Name == "Promotrans" && o.Category == OrganizationCategory.School);
    }

    [Fact]
    public void A_cue_word_with_no_name_after_it_is_no_organisation()
    {
        var found = OrganizationsOf("Le campus associe l'Université d'Artois et son IUT, ainsi que le Pôle, qui anime les entreprises.");
        Assert.Equal(["Université d'Artois"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_body_with_one_seat_in_each_place_named_by_its_acronym_is_named_with_its_seat()
    {
        var found = OrganizationsOf("Avec le Crous de Reims et le crous de Caen, la Région ouvrira des logements pour les stagiaires.");
        Assert.Contains(new Organization("Crous de Reims", null, OrganizationCategory.Institution), found);
        Assert.Contains(new Organization("Crous de Caen", null, OrganizationCategory.Institution), found);
    }

    [Theory]
    [InlineData("Le lycée Henri Darras de Liévin porte le campus. Le lycée Henri Darras accueille le plateau technique.")]
    [InlineData("Le lycée Henri Darras porte le campus. Le lycée Henri Darras de Liévin accueille le plateau technique.")]
    public void A_school_named_with_and_without_its_town_is_one_school_named_with_its_town(string body) =>
        Assert.Equal([new Organization("Lycée Henri Darras de Liévin", null, OrganizationCategory.School)], OrganizationsOf(body));

    [Fact]
    public void Two_schools_of_one_name_in_two_towns_stay_two()
    {
        var found = OrganizationsOf("Le lycée Jean Moulin de Roubaix et le lycée Jean Moulin d'Amiens partagent leurs ateliers.");
        Assert.Equal(["Lycée Jean Moulin de Roubaix", "Lycée Jean Moulin d'Amiens"], found.Select(o => o.Name));
    }

    [Fact]
    public void Two_words_joined_by_et_after_a_capitalised_cue_are_one_name()
    {
        var found = OrganizationsOf("La Fondation Travail et Santé, qui gère trois foyers, finance les bourses.");
        Assert.Equal([new Organization("Fondation Travail et Santé", null, OrganizationCategory.Network)], found);
    }

    [Fact]
    public void An_acronym_cue_followed_by_a_common_complement_names_nothing_and_followed_by_a_place_names()
    {
        var found = OrganizationsOf("La CCI de région a délibéré ; la CCI Grand Hainaut et la CCI de l'Aisne ont été consultées.");
        Assert.Equal([("CCI Grand Hainaut", OrganizationCategory.Institution), ("CCI de l'Aisne", OrganizationCategory.Institution)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_known_body_listed_without_an_acronym_keeps_the_one_the_opinion_gives_it()
    {
        var found = OrganizationsOf("L'Établissement public foncier Hauts-de-France (EPF) requalifie les friches.");
        Assert.Equal([new Organization("Établissement public foncier Hauts-de-France", "EPF", OrganizationCategory.Institution)], found);
    }

    [Theory]
    [InlineData("L'Institut régional de formation sanitaire et sociale de la Croix-Rouge française ouvre deux cents places.", "Institut régional de formation sanitaire et sociale de la Croix-Rouge française", OrganizationCategory.School)]
    [InlineData("L'IFSI de Béthune ouvre deux cents places.", "IFSI de Béthune", OrganizationCategory.School)]
    [InlineData("Le Pôle formation UIMM d'Arras ouvre deux cents places.", "Pôle formation UIMM d'Arras", OrganizationCategory.School)]
    public void Long_names_nursing_schools_and_the_metal_industrys_centres_are_named_whole(string body, string name, OrganizationCategory category) =>
        Assert.Equal([(name, category)], OrganizationsOf(body).Select(o => (o.Name, o.Category)));

    [Fact]
    public void A_name_stops_before_et_and_a_cue_of_two_words()
    {
        var found = OrganizationsOf("Le projet a reçu le soutien de la Caisse d'allocations familiales du Nord et du centre hospitalier de Lens.");
        Assert.Equal(["Caisse d'allocations familiales du Nord", "Centre hospitalier de Lens"], found.Select(o => o.Name));
    }

    [Fact]
    public void Words_joined_by_an_ampersand_are_one_name()
    {
        var found = OrganizationsOf("Le pôle de compétitivité Mer & Littoral (PML) anime le réseau des entreprises.");
        var cluster = Assert.Single(found);
        Assert.Equal(("PML", OrganizationCategory.Network), (cluster.Acronym, cluster.Category));
        Assert.Contains("Mer & Littoral", cluster.Name);
    }

    [Fact]
    public void Two_words_joined_by_et_after_an_association_s_cue_in_lower_case_are_its_name()
    {
        var found = OrganizationsOf("Les logements seront confiés à l'association Sport et Citoyenneté, qui les gérera.");
        Assert.Equal([new Organization("Sport et Citoyenneté", null, OrganizationCategory.Network)], found);
    }

    [Fact]
    public void The_regional_council_asked_to_do_something_is_named()
    {
        var found = OrganizationsOf("Le comité des Hauts-de-France demande à la Région d'ouvrir le programme aux salariés.");
        Assert.Equal([new Organization("Région Hauts-de-France", null, OrganizationCategory.Institution)], found);
    }

    [Fact]
    public void Social_housing_in_general_is_no_organisation_and_an_agglomeration_named_with_its_initials_is_one()
    {
        var found = OrganizationsOf("Les organismes HLM et l'Agglomération Creil Sud Oise (ACSO) réservent des logements aux apprentis.");
        Assert.Equal([new Organization("Agglomération Creil Sud Oise", "ACSO", OrganizationCategory.Institution)], found);
    }

    [Fact]
    public void Alliances_clubs_orders_and_interprofessions_are_networks()
    {
        var found = OrganizationsOf("Le lycée s'appuie sur l'Ordre des kinésithérapeutes, l'Alliance Emploi Seine, le Club des dirigeants du Cambrésis et l'interprofession Inaporc.");
        Assert.Equal(
            [
                new Organization("Ordre des kinésithérapeutes", null, OrganizationCategory.Network),
                new Organization("Alliance Emploi Seine", null, OrganizationCategory.Network),
                new Organization("Club des dirigeants du Cambrésis", null, OrganizationCategory.Network),
                new Organization("Inaporc", null, OrganizationCategory.Network),
            ],
            found);
    }

    [Fact]
    public void The_same_words_in_lower_case_as_common_nouns_name_nothing()
    {
        Assert.Empty(OrganizationsOf("L'ordre du jour portait sur une alliance entre les lycées et sur le club de lecture du foyer."));
    }

    [Fact]
    public void A_name_of_common_words_ends_before_the_verb_of_the_names_it_follows()
    {
        var found = OrganizationsOf("Le lycée Jean Bart et l'Institut national des métiers portuaires accueillent des apprentis chaque année.");
        Assert.Equal(
            [new Organization("Lycée Jean Bart", null, OrganizationCategory.School), new Organization("Institut national des métiers portuaires", null, OrganizationCategory.School)],
            found);
        // A noun or an adjective ending in "-ent" is the name's ("Comité permanent", "Établissement").
        Assert.Contains(OrganizationsOf("Le campus travaille avec l'Office permanent des agents portuaires (OPAP)."), o => o.Name == "Office permanent des agents portuaires");
    }

    [Fact]
    public void Names_listed_after_the_plural_of_a_cue_have_its_category()
    {
        var found = OrganizationsOf("Les élèves sont accueillis par des studios de jeu vidéo comme Kylotonn et Amplitude Studios. Des fabricants tels que Bic prennent aussi des stagiaires.");
        Assert.Equal(
            [("Kylotonn", OrganizationCategory.Company), ("Amplitude Studios", OrganizationCategory.Company), ("Bic", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Names_each_with_its_own_de_are_coordinated_with_a_found_one_but_towns_are_not_organisations()
    {
        var found = OrganizationsOf("Le projet mobilise les équipes de Norlink Ports, de Duferco Logistique et de l'Agence de l'eau Artois-Picardie.");
        Assert.Equal(["Norlink Ports", "Duferco Logistique", "Agence de l'eau Artois-Picardie"], found.Select(o => o.Name));
        var places = OrganizationsOf("Les formations de Dunkerque, de Calais et de l'Université du Littoral Côte d'Opale sont ouvertes.");
        Assert.Equal(["Université du Littoral Côte d'Opale"], places.Select(o => o.Name));
    }

    [Fact]
    public void European_bodies_farmers_unions_and_employers_groups_are_known()
    {
        var found = OrganizationsOf("La Commission européenne et la BEI cofinancent le programme ; la FDSEA du Nord, la Confédération paysanne et le Geiq BTP Artois y participent.");
        Assert.Equal(
            [
                new Organization("Commission européenne", null, OrganizationCategory.Institution),
                new Organization("Banque européenne d'investissement", "BEI", OrganizationCategory.Institution),
                new Organization("FDSEA du Nord", null, OrganizationCategory.Network),
                new Organization("Confédération paysanne", null, OrganizationCategory.Network),
                new Organization("Geiq BTP Artois", null, OrganizationCategory.Network),
            ],
            found);
    }

    [Fact]
    public void Names_after_chez_are_employers_but_a_person_or_a_pronoun_is_not()
    {
        var found = OrganizationsOf("Les apprentis se forment chez Derichebourg, chez Idex Énergies et chez M. Dupont, artisan ; le campus les suit chez eux.");
        Assert.Equal([("Derichebourg", OrganizationCategory.Company), ("Idex Énergies", OrganizationCategory.Company)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_company_announced_by_its_size_its_legal_form_or_its_role_and_mutuals_and_incubators_by_their_kind()
    {
        var found = OrganizationsOf("La PME roubaisienne Tissages Vanoutryve, la Scic Bois Local et l'exploitant Citeos recrutent ; la mutuelle Apréva et l'incubateur Quai Alpha les accompagnent.");
        Assert.Equal(
            [
                ("Tissages Vanoutryve", OrganizationCategory.Company), ("Bois Local", OrganizationCategory.Company), ("Citeos", OrganizationCategory.Company),
                ("Apréva", OrganizationCategory.Company), ("Quai Alpha", OrganizationCategory.Network),
            ],
            found.Select(o => (o.Name, o.Category)));
        // "l'ETI" is written in capitals as an acronym, not as a name: the name is the one after it.
        Assert.Equal(["Atelier Bois Nord"], OrganizationsOf("L'ETI familiale Atelier Bois Nord embauche une dizaine de menuisiers.").Select(o => o.Name));
    }

    [Fact]
    public void An_acronym_kind_opens_a_list_and_gives_its_category()
    {
        var found = OrganizationsOf("Des CFA tels que Formaposte et Proméo ouvrent des places.");
        Assert.Equal([("Formaposte", OrganizationCategory.School), ("Proméo", OrganizationCategory.School)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_body_named_after_the_one_it_belongs_to_is_itself_only_when_written_with_its_capital()
    {
        Assert.Equal(
            [new Organization("Institut de formation de la Croix-Rouge française", null, OrganizationCategory.School)],
            OrganizationsOf("Les élèves aides-soignants sont formés à l'Institut de formation de la Croix-Rouge française."));
        Assert.Equal(
            [new Organization("Croix-Rouge française", null, OrganizationCategory.Network)],
            OrganizationsOf("Les élèves aides-soignants sont formés à l'institut de formation de la Croix-Rouge française."));
        Assert.Equal(
            [("Unapei", OrganizationCategory.Network), ("APF France handicap", OrganizationCategory.Network)],
            OrganizationsOf("L'Unapei et APF France handicap recherchent des éducateurs.").Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_plant_or_a_warehouse_names_its_company_and_its_town_is_not_the_company_s()
    {
        var found = OrganizationsOf("L'usine Nexans de Fumay et l'entrepôt Plastivaloire d'Amiens recrutent, comme l'usine de Douai.");
        Assert.Equal([("Nexans", OrganizationCategory.Company), ("Plastivaloire", OrganizationCategory.Company)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_former_name_and_the_present_one_are_read_apart_and_a_known_former_name_is_the_present_one()
    {
        var found = OrganizationsOf("L'Institut supérieur d'agriculture de Beauvais devenu UniLaSalle et l'École des Mines de Douai accueillent des alternants.");
        Assert.Equal(["Institut supérieur d'agriculture de Beauvais", "UniLaSalle", "IMT Nord Europe"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_name_stops_at_its_verb_and_an_english_name_keeps_its_small_words()
    {
        var found = OrganizationsOf("L'Université d'Artois et Bank of America Securities accueillent les titulaires de BTS.");
        Assert.Equal(["Université d'Artois", "Bank of America Securities"], found.Select(o => o.Name));
    }

    [Fact]
    public void A_kind_in_lower_case_said_of_the_name_before_it_gives_its_category_but_not_when_it_names_another()
    {
        var found = OrganizationsOf("Fruilégum, l'interprofession des fruits et légumes frais, et Oléotech, centre technique des oléagineux, appuient le campus ; la Région, l'université de Lille et Arvalis aussi.");
        Assert.Contains(found, o => o is { Name: "Fruilégum", Category: OrganizationCategory.Network });
        Assert.Contains(found, o => o is { Name: "Oléotech", Category: OrganizationCategory.Other });
        Assert.DoesNotContain(found, o => o.Name == "Région Hauts-de-France" && o.Category == OrganizationCategory.University);
        // A common noun opening a line is no name, even before a kind ("Recherche, réseau et international").
        Assert.Empty(OrganizationsOf("Le campus soutient la recherche appliquée.\nRecherche, réseau et international\nLe campus ouvre deux laboratoires communs."));
    }

    [Fact]
    public void A_trade_in_the_plural_announces_every_name_and_a_subsidiary_names_its_group()
    {
        var found = OrganizationsOf("Les jardineries Gamm Vert et Jardiland recrutent ; Eurovia, filiale de Vinci Construction, et les fonderies Atlantic Industrie fournissent les chantiers.");
        Assert.Equal(
            [("Gamm Vert", OrganizationCategory.Company), ("Jardiland", OrganizationCategory.Company), ("Eurovia", OrganizationCategory.Company), ("Vinci Construction", OrganizationCategory.Company), ("Atlantic Industrie", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_ministry_in_lower_case_a_central_directorate_and_cultural_bodies_are_named_by_their_kind()
    {
        var found = OrganizationsOf("Le ministère de la Culture, la Direction générale de la création artistique (DGCA), le Théâtre du Nord, l'Orchestre de Picardie et le Conservatoire à rayonnement départemental d'Arras sont consultés.");
        Assert.Equal(
            [
                ("Ministère de la Culture", OrganizationCategory.Institution), ("Direction générale de la création artistique", OrganizationCategory.Institution),
                ("Théâtre du Nord", OrganizationCategory.Other), ("Orchestre de Picardie", OrganizationCategory.Other), ("Conservatoire à rayonnement départemental d'Arras", OrganizationCategory.School),
            ],
            found.Select(o => (o.Name, o.Category)));
        Assert.Equal("DGCA", found[1].Acronym);
    }

    [Fact]
    public void A_colon_after_a_plural_kind_opens_a_list_but_not_after_a_common_noun()
    {
        var found = OrganizationsOf("Le bassin compte trois universités : Lille, Artois et UPJV. Le campus a trois objectifs : Former, Insérer et Innover. "
            + "La métropole compte de grands studios : Ankama, Xilam et Tessalit Productions.");
        Assert.Equal(
            [
                ("Université de Lille", OrganizationCategory.University), ("Université d'Artois", OrganizationCategory.University), ("Université de Picardie Jules Verne", OrganizationCategory.University),
                ("Ankama", OrganizationCategory.Company), ("Xilam", OrganizationCategory.Company), ("Tessalit Productions", OrganizationCategory.Company),
            ],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_laboratory_of_a_known_body_is_that_body_and_two_known_schools_side_by_side_are_one()
    {
        var found = OrganizationsOf("Le campus s'appuie sur un laboratoire du CNRS et sur Junia HEI.");
        Assert.Equal([("CNRS", OrganizationCategory.Institution), ("Junia HEI", OrganizationCategory.School)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void An_acronym_with_a_department_number_a_centre_named_by_its_town_and_a_name_running_past_a_dash()
    {
        var found = OrganizationsOf("Le Service départemental d'incendie et de secours du Pas-de-Calais (SDIS 62), l'Epide de Doullens et l'Association régionale des amis des moulins du Nord – Pas-de-Calais (ARAM) sont partenaires.");
        Assert.Equal(
            [("Service départemental d'incendie et de secours du Pas-de-Calais", "SDIS 62"), ("EPIDE de Doullens", null), ("Association régionale des amis des moulins du Nord – Pas-de-Calais", "ARAM")],
            found.Select(o => (o.Name, o.Acronym)));
    }

    [Fact]
    public void The_agent_of_what_is_run_or_made_is_an_organisation_a_trade_names_the_one_between_commas_but_a_person_is_not()
    {
        var found = OrganizationsOf("Le terminal, exploité par Norlink Ports, reçoit des cellules fabriquées par Verkor ; un transporteur, Heppner, les livre. La visite est menée par M. Durand et le lieu est géré par Mme Martin.");
        Assert.Equal([("Norlink Ports", OrganizationCategory.Company), ("Verkor", OrganizationCategory.Company), ("Heppner", OrganizationCategory.Company)], found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_plural_kinds_list_ends_at_pour_a_company_head_names_a_company_and_a_name_with_a_head_office_is_one()
    {
        var found = OrganizationsOf("Le plan s'appuie sur les cliniques des groupes Vivalto Santé et Almaviva pour la chirurgie. Le comité est présidé par une dirigeante de Castorama. Gifi, dont le siège est à Villeneuve-sur-Lot, ouvrira un magasin.");
        Assert.Equal(
            [("Vivalto Santé", OrganizationCategory.Company), ("Almaviva", OrganizationCategory.Company), ("Castorama", OrganizationCategory.Company), ("Gifi", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_supplier_or_designer_after_par_is_a_company_and_a_metropolitan_pole_a_local_authority()
    {
        var found = OrganizationsOf("Les machines, fournies par Kuka et conçues par Fanuc, équipent l'atelier. Le Pôle métropolitain du Cambrésis et l'Unesco sont associés ; un outil conçu par M. Martin aussi.");
        Assert.Equal(
            [("Kuka", OrganizationCategory.Company), ("Fanuc", OrganizationCategory.Company), ("Pôle métropolitain du Cambrésis", OrganizationCategory.Institution),
             ("Organisation des Nations unies pour l'éducation, la science et la culture", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void The_companies_of_production_sites_each_with_its_town_are_named_and_a_site_of_a_town_is_not()
    {
        var found = OrganizationsOf("Les sites de production de Servier à Gidy, d'Ipsen à Dreux et de Pierre Fabre à Gien recrutent. Le site de production de Douai ferme ; l'usine de Valenciennes aussi.");
        Assert.Equal(
            [("Servier", OrganizationCategory.Company), ("Ipsen", OrganizationCategory.Company), ("Pierre Fabre", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Drug_makers_biotechs_training_insurance_funds_manufactures_and_cites_have_their_cue()
    {
        var found = OrganizationsOf("Le laboratoire pharmaceutique Théa et la biotech Inventiva recrutent. Le Fonds d'assurance formation des professions médicales (FAF-PM) finance. " +
            "La Manufacture Bohin et la Cité des métiers de Valenciennes accueillent des stagiaires ; la cité minière de Lens aussi.");
        Assert.Equal(
            [("Théa", OrganizationCategory.Company), ("Inventiva", OrganizationCategory.Company), ("Fonds d'assurance formation des professions médicales", OrganizationCategory.Institution),
             ("Manufacture Bohin", OrganizationCategory.Company), ("Cité des métiers de Valenciennes", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_long_name_ends_at_a_verb_in_ment_and_a_cancer_centre_is_named_by_its_usual_name()
    {
        var found = OrganizationsOf("La Cité internationale des arts et des métiers du textile de Roubaix forment des apprentis avec le centre de lutte contre le cancer François Baclesse.");
        Assert.Equal(
            [("Cité internationale des arts et des métiers du textile de Roubaix", OrganizationCategory.Institution), ("Centre François Baclesse", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_known_body_s_regional_branch_named_by_its_acronym_is_the_body_named_alone_later_and_a_school_s_town_may_have_its_article()
    {
        var found = OrganizationsOf("La FFB Hauts-de-France et le lycée Jean Perrin de La Bassée forment des maçons. Le lycée Jean Perrin accueille aussi des adultes ; la FFB finance.");
        Assert.Equal(
            [("FFB Hauts-de-France", OrganizationCategory.Network), ("Lycée Jean Perrin de La Bassée", OrganizationCategory.School)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_foundation_written_with_its_capital_keeps_the_word_and_management_schools_and_mental_health_hospitals_have_their_cue()
    {
        var found = OrganizationsOf("La Fondation Santelys, l'IAE d'Amiens et l'EPSM de la Somme sont partenaires. Un dirigeant de M. Dupont n'est pas une entreprise.");
        Assert.Equal(
            [("Fondation Santelys", OrganizationCategory.Network), ("IAE d'Amiens", OrganizationCategory.School), ("EPSM de la Somme", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_train_service_is_not_an_organisation() =>
        Assert.Equal(["SNCF Voyageurs"], OrganizationsOf("Les apprentis viennent en TER ou en TGV ; la Région finance les TER exploités par SNCF Voyageurs.").Select(o => o.Name).Where(n => n != "Région Hauts-de-France"));

    [Fact]
    public void Names_apposed_to_a_plural_kind_are_read_but_places_going_on_from_its_complement_are_not()
    {
        var found = OrganizationsOf("Les sous-traitants du nucléaire, Onet Technologies, Orano DS et Boccard, recrutent. Des lycées de Dunkerque, Calais, Boulogne-sur-Mer et Étaples, partenaires du campus, forment des soudeurs.");
        Assert.Equal(
            [("Onet Technologies", OrganizationCategory.Company), ("Orano DS", OrganizationCategory.Company), ("Boccard", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_laboratory_s_name_stops_before_its_university_in_lower_case_and_a_pronoun_ends_a_name()
    {
        var found = OrganizationsOf("Le campus travaille avec le laboratoire Heudiasyc de l'université de technologie de Compiègne. Le conseil départemental de la Somme et celui du Nord financent le projet.");
        Assert.Equal(
            ["Heudiasyc", "Université de technologie de Compiègne", "Conseil départemental de la Somme"],
            found.Select(o => o.Name));
    }

    [Fact]
    public void A_cue_inside_a_longer_one_of_the_other_kind_gives_way_and_a_short_number_after_a_naming_number_names()
    {
        var found = OrganizationsOf("Le syndicat mixte Somme Numérique 80 02 et le Syndicat mixte du Pays du Ternois financent ; la fédération Numeum aussi. " +
            "L'Université Lille 2 2025 n'existe plus.");
        Assert.Equal(
            [("Somme Numérique 80 02", OrganizationCategory.Institution), ("Syndicat mixte du Pays du Ternois", OrganizationCategory.Institution),
             ("Numeum", OrganizationCategory.Network), ("Université Lille 2", OrganizationCategory.University)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Rural_family_schools_technical_institutes_and_independent_authorities_have_their_category()
    {
        var found = OrganizationsOf("La MFR de Haut-Pays et la Maison familiale rurale de Vervins forment des bûcherons avec l'institut technique Arvalis ; l'Arcep et la Haute Autorité de santé (HAS) sont consultées.");
        Assert.Equal(
            [("MFR de Haut-Pays", OrganizationCategory.School), ("Maison familiale rurale de Vervins", OrganizationCategory.School), ("Arvalis", OrganizationCategory.Other),
             ("Autorité de régulation des communications électroniques, des postes et de la distribution de la presse", OrganizationCategory.Institution),
             ("Haute Autorité de santé", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Names_apposed_to_a_plural_kind_may_close_on_their_verb_and_a_departement_alone_is_a_place()
    {
        var found = OrganizationsOf("Chez les assureurs, Groupama Nord-Est et Macif Hauts-de-France recrutent des conseillers. " +
            "La direction départementale des territoires (DDT) de l'Oise et la Chambre d'agriculture de l'Oise instruisent les dossiers ; " +
            "la direction départementale de la protection des populations (DDPP) du Nord et l'Académie de Lille aussi.");
        Assert.Equal(
            [("Groupama Nord-Est", OrganizationCategory.Company), ("Macif Hauts-de-France", OrganizationCategory.Company),
             ("Direction départementale des territoires", OrganizationCategory.Institution), ("Chambre d'agriculture de l'Oise", OrganizationCategory.Institution),
             ("Direction départementale de la protection des populations", OrganizationCategory.Institution), ("Académie de Lille", OrganizationCategory.Institution)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Theory]
    // A federation's or an association's name written with its capital goes on with its purpose, to
    // its verb or to the clause's end.
    [InlineData("La Fédération de l'Aisne pour la pêche et la protection du milieu aquatique a recensé les frayères.", "Fédération de l'Aisne pour la pêche et la protection du milieu aquatique")]
    [InlineData("Il associe l'Union régionale de Picardie pour l'insertion par l'activité économique, qui anime les chantiers.", "Union régionale de Picardie pour l'insertion par l'activité économique")]
    public void A_network_named_with_its_capital_keeps_its_purpose_in_lower_case(string text, string name)
    {
        Assert.Contains(OrganizationsOf(text), o => o.Name == name && o.Category == OrganizationCategory.Network);
    }

    [Fact]
    public void A_purpose_that_runs_on_into_a_clause_with_its_own_object_is_not_the_names()
    {
        // "pour former …": a verb, not a purpose's noun.
        var found = OrganizationsOf("Le campus travaille avec la Fédération du Nord pour former des apprentis.");
        Assert.Contains(found, o => o.Name == "Fédération du Nord");
    }

    [Fact]
    public void Public_bodies_set_up_by_several_communes_are_named_by_their_kind_to_the_verb()
    {
        var found = OrganizationsOf("Le comité souhaite que l'Institution intercommunale des wateringues soit dotée d'un plan pluriannuel.");
        Assert.Equal([new Organization("Institution intercommunale des wateringues", null, OrganizationCategory.Institution)], found);
    }

    [Fact]
    public void The_states_services_written_in_lower_case_are_named_to_their_clauses_end_never_past_a_negation()
    {
        Assert.Equal([new Organization("Direction générale de l'aviation civile", null, OrganizationCategory.Institution), new Organization("Armée de l'air et de l'espace", null, OrganizationCategory.Institution)],
            OrganizationsOf("La direction générale de l'aviation civile et l'armée de l'air n'ont pas formulé d'objection."));
        // With its capital, the name stops at the elided negation of its verb.
        Assert.Equal(["Direction générale de l'aviation civile"], OrganizationsOf("La Direction générale de l'aviation civile n'a pas formulé d'objection.").Select(o => o.Name));
        // A comma before another complement: the name goes on past it, where it ends is unknown, so no short name.
        Assert.DoesNotContain(OrganizationsOf("La direction régionale de l'économie, de l'emploi, du travail et des solidarités instruit le dossier."),
            o => o.Name.StartsWith("Direction régionale", StringComparison.Ordinal));
    }

    [Fact]
    public void A_departmental_unit_and_a_league_are_named_with_their_acronym_and_a_league_in_lower_case_is_none()
    {
        var found = OrganizationsOf("L'unité départementale de l'architecture et du patrimoine de la Somme (UDAP) juge l'effet fort ; " +
            "Picardie Nature et la Ligue pour la protection des oiseaux (LPO) partagent cette crainte.");
        Assert.Equal(
            [("Unité départementale de l'architecture et du patrimoine de la Somme", "UDAP", OrganizationCategory.Institution),
             ("Picardie Nature", null, OrganizationCategory.Other), ("Ligue pour la protection des oiseaux", "LPO", OrganizationCategory.Network)],
            found.Select(o => (o.Name, o.Acronym, o.Category)));
        Assert.Empty(OrganizationsOf("Le club joue dans la ligue régionale depuis trois saisons."));
    }

    [Fact]
    public void A_companys_legal_form_closes_its_name_but_not_across_a_verb()
    {
        Assert.Contains(OrganizationsOf("La société Boralex, par sa filiale Parc éolien des Hauts de Bray SAS, sollicite l'autorisation."),
            o => o.Name == "Parc éolien des Hauts de Bray SAS" && o.Category == OrganizationCategory.Company);
        Assert.Contains(OrganizationsOf("La société Boralex a signé un bail avec la commune pour vingt ans SA."), o => o.Name == "Boralex");
    }

    [Fact]
    public void A_municipality_a_company_and_a_heritage_service_are_named_with_their_capital_or_their_official_lower_case()
    {
        var found = OrganizationsOf("Construite pour la société Le Blan et Cie, la filature a fermé. La Ville de Lille l'a rachetée en 1984. " +
            "La conservation régionale des monuments historiques souligne la qualité de la charpente sortie des ateliers de la Compagnie de Fives-Lille.");
        Assert.Equal(
            [("Le Blan et Cie", OrganizationCategory.Company), ("Ville de Lille", OrganizationCategory.Institution),
             ("Conservation régionale des monuments historiques", OrganizationCategory.Institution), ("Compagnie de Fives-Lille", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
        // In lower case the town is a place, and a company in lower case announces its name.
        Assert.Empty(OrganizationsOf("La ville de Lille compte deux cent mille habitants."));
        Assert.Equal(["Ryanair"], OrganizationsOf("La compagnie Ryanair y base deux avions.").Select(o => o.Name));
    }

    [Fact]
    public void A_name_at_a_sentences_start_keeps_its_first_word_and_stops_before_its_verb()
    {
        Assert.Equal(["Lille Métropole Habitat"], OrganizationsOf("Le dossier est complet. Lille Métropole Habitat demande que la protection n'empêche pas l'isolation.").Select(o => o.Name));
        Assert.Equal(["Lille Métropole Habitat"], OrganizationsOf("Le dossier est complet.\nLille Métropole Habitat demande un délai.").Select(o => o.Name));
        Assert.Equal(["Métropole Habitat"], OrganizationsOf("Ainsi Métropole Habitat demande un délai.").Select(o => o.Name));
        Assert.Equal(["Fondation du patrimoine"], OrganizationsOf("Le représentant de la Fondation du patrimoine rappelle que la souscription a réuni des fonds.").Select(o => o.Name));
    }

    [Fact]
    public void An_academie_whose_rector_is_named_is_the_education_authority_and_the_maritime_administration_is_known()
    {
        Assert.Equal(["Académie de Lille", "Affaires maritimes"],
            OrganizationsOf("Le comité est coprésidé par le recteur de l'académie de Lille. Les lycéens visitent l'atelier des Affaires maritimes.").Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Les lycées de l'académie de Lille ouvrent des sections."));
    }

    [Fact]
    public void A_hyphenated_name_said_of_by_a_kind_staff_and_a_network_that_federates_are_read_whole()
    {
        var found = OrganizationsOf("Le comité est présidé par le président d'Up-Tex, pôle de compétitivité des textiles. " +
            "Le campus propose des certificats aux salariés de Lemahieu. Amorce, qui fédère les collectivités, doute du financement.");
        Assert.Equal([("Up-Tex", OrganizationCategory.Network), ("Lemahieu", OrganizationCategory.Company), ("Amorce", OrganizationCategory.Network)],
            found.Select(o => (o.Name, o.Category)));
        // A town's staff is no company's.
        Assert.Empty(OrganizationsOf("Les salariés de Roubaix travaillent surtout dans le commerce."));
    }

    [Fact]
    public void A_union_named_with_its_confederations_acronym_after_a_hyphen_is_a_union_of_its_own()
    {
        var found = OrganizationsOf("Le SNUipp-FSU et le SE-Unsa dénoncent des fermetures ; la FSU et l'Unsa ont voté contre.");
        Assert.Equal(["SNUipp-FSU", "SE-Unsa", "Fédération syndicale unitaire", "Union nationale des syndicats autonomes"], found.Select(o => o.Name));
        Assert.All(found, o => Assert.Equal(OrganizationCategory.Network, o.Category));
    }

    [Fact]
    public void A_departement_with_its_capital_is_its_council_and_the_education_authoritys_service_is_known_in_lower_case()
    {
        Assert.Equal(["Département du Nord", "Direction des services départementaux de l'éducation nationale"],
            OrganizationsOf("Le Département du Nord, qui siège au conseil, s'inquiète. Les mesures sont préparées par la direction des services départementaux de l'éducation nationale.").Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Dans le département du Nord, trois écoles ferment."));
    }

    [Fact]
    public void A_name_that_speaks_at_a_sentences_start_is_an_organisation_and_a_company_that_prints_is_a_company()
    {
        var found = OrganizationsOf("Les imprimeries recrutent. DS Smith regrette le manque de techniciens. Zero Waste Lille et SUD Rail dénoncent le projet. " +
            "IN Groupe, qui imprime à Douai les titres d'identité, ouvre son atelier.");
        // Speaking tells no category (a union, a company and an association all do); printing does.
        Assert.Equal([("DS Smith", OrganizationCategory.Other), ("Zero Waste Lille", OrganizationCategory.Other), ("SUD Rail", OrganizationCategory.Other), ("IN Groupe", OrganizationCategory.Company)],
            found.Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Names_that_speak_with_their_article_or_after_a_clauses_et_are_found_a_body_named_by_its_kind_a_person_a_town_a_pronoun_are_not()
    {
        Assert.Equal(["Uniclima", "FFIE", "Orange"],
            OrganizationsOf("Uniclima et la FFIE estiment les besoins à mille techniciens. Les installateurs recrutent, et Orange annonce la fin du cuivre.").Select(o => o.Name));
        Assert.Empty(OrganizationsOf("La Chambre demande un délai. Le Comité regrette le calendrier."));
        Assert.Empty(OrganizationsOf("Marie Dupont, présidente de la section, souligne l'effort des lycées."));
        Assert.Empty(OrganizationsOf("Le dossier est complet. Lille regrette le départ des étudiants. Que demande le campus ?"));
    }

    [Fact]
    public void A_companys_workshops_name_it_and_a_name_of_common_words_ends_before_a_displaced_object()
    {
        Assert.Equal(["DS Smith", "Léonce Deprez"], OrganizationsOf("Les collégiens visitent les ateliers de DS Smith et de Léonce Deprez.").Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Les collégiens visitent les ateliers de Lille et ceux du lycée."));
        Assert.Equal(["Centre technique du papier"], OrganizationsOf("Il faut former avec le Centre technique du papier les salariés aux presses.").Select(o => o.Name));
    }

    [Fact]
    public void The_neighbours_of_a_name_the_classifier_took_in_an_enumeration_are_named_too()
    {
        // No rule names "Eiffage Construction" (no cue, no list, no verb of the lists); the shipped classifier
        // takes it, and the names coordinated with it are the enumeration's other items.
        const string text = "Rabot Dutilleul, Ramery et Eiffage Construction se sont engagés à accueillir des stagiaires.";
        Assert.Equal(["Rabot Dutilleul", "Ramery", "Eiffage Construction"], OrganizationsOf(text).Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Arras, Lens et Béthune se sont engagées à accueillir des stagiaires."));
    }

    [Theory]
    [InlineData("La Fondation pour la sauvegarde et le développement du domaine de Chantilly accueillera un atelier.", "Fondation pour la sauvegarde et le développement du domaine de Chantilly")]
    [InlineData("La Fédération pour la pêche et le développement de la pisciculture accueillera un atelier.", "Fédération pour la pêche et le développement de la pisciculture")]
    [InlineData("La commission relève que la Fédération du Pas-de-Calais pour la pêche et la protection du milieu aquatique n'a pas été consultée.", "Fédération du Pas-de-Calais pour la pêche et la protection du milieu aquatique")]
    [InlineData("La Ligue contre le cancer finance des bourses.", "Ligue contre le cancer")]
    [InlineData("La Fondation pour la recherche finance des bourses.", "Fondation pour la recherche")]
    [InlineData("Et la Ligue contre l'obésité souhaite des actions auprès des familles.", "Ligue contre l'obésité")]
    [InlineData("L'Association pour la mise en œuvre de la charte accueillera les stagiaires.", "Association pour la mise en œuvre de la charte")]
    // A verb of the lists after an article or "de" is a noun of the name ("collecte").
    [InlineData("L'Association pour la collecte et le tri des textiles accueillera les stagiaires.", "Association pour la collecte et le tri des textiles")]
    [InlineData("Le Syndicat mixte de collecte et de traitement des déchets du Calaisis a voté le plan.", "Syndicat mixte de collecte et de traitement des déchets du Calaisis")]
    public void A_networks_purpose_for_or_against_runs_past_et_le_to_a_place_and_stops_at_its_clauses_verb(string text, string name) =>
        Assert.Equal([name], OrganizationsOf(text).Select(o => o.Name));

    [Fact]
    public void A_name_after_a_participle_of_hiring_is_a_company_and_one_of_carrying_or_steering_is_found_without_category()
    {
        Assert.Equal([("Proxiflex", OrganizationCategory.Company), ("Intermaine", OrganizationCategory.Other), ("Eurasanté", OrganizationCategory.Network)],
            OrganizationsOf("Les intérimaires, recrutés par Proxiflex et Intermaine, sont exclus. Le projet est porté par Eurasanté.").Select(o => (o.Name, o.Category)));
        // A town that steers is its council, which the text names otherwise; a person with her title is none.
        Assert.Empty(OrganizationsOf("Le projet est piloté par Lille et animé par Mme Durand."));
    }

    [Fact]
    public void Works_named_by_their_trade_are_companies_whose_town_is_their_site()
    {
        Assert.Equal(
            [("Parodi", OrganizationCategory.Company), ("Delpierre", OrganizationCategory.Company), ("Lefebvre et Fils", OrganizationCategory.Company), ("Tereos", OrganizationCategory.Company)],
            OrganizationsOf("La conserverie Parodi et la saurisserie Delpierre recrutent ; la menuiserie Lefebvre et Fils préside le comité, et la sucrerie Tereos d'Origny-Sainte-Benoîte livre ses pulpes.")
                .Select(o => (o.Name, o.Category)));
        // A trade followed by its town or its material names no company.
        Assert.Empty(OrganizationsOf("La sucrerie de Chevrières ferme ; la menuiserie PVC et la brasserie artisanale recrutent."));
    }

    [Fact]
    public void A_maison_de_l_emploi_is_a_public_body()
    {
        Assert.Equal([("Maison de l'emploi du Montreuillois", OrganizationCategory.Institution)],
            OrganizationsOf("Le campus associera les pêcheurs, que la Maison de l'emploi du Montreuillois connaît bien.").Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_known_acronym_after_a_plural_determiner_names_the_kind_not_one_body()
    {
        Assert.Equal(["GEIQ Propreté Hauts-de-France", "Association pour l'emploi des cadres"],
            OrganizationsOf("France Travail travaillera en lien avec les Geiq, dont le GEIQ Propreté Hauts-de-France, et avec l'Association pour l'emploi des cadres (Apec).")
                .Select(o => o.Name).Where(n => n != "France Travail"));
        Assert.Empty(OrganizationsOf("Il faut veiller à ce que les GRETA disposent de jurys et que des CCI ouvrent leurs locaux."));
        // One body named by its acronym after "le", "la" or "l'" is one.
        Assert.Equal(["GRETA"], OrganizationsOf("Le GRETA ouvre une session.").Select(o => o.Name));
    }

    [Fact]
    public void An_acronym_may_leave_out_the_place_that_ends_the_name_and_a_joint_body_opens_with_organisme()
    {
        Assert.Equal(
            [
                ("Maison départementale des personnes handicapées du Pas-de-Calais", "MDPH", OrganizationCategory.Institution),
                ("Organisme professionnel de prévention du bâtiment et des travaux publics", "OPPBTP", OrganizationCategory.Institution),
                ("Centre hospitalier de Lens", "CHL", OrganizationCategory.Institution),
            ],
            OrganizationsOf("La Maison départementale des personnes handicapées du Pas-de-Calais (MDPH) instruit les demandes ; l'Organisme professionnel de prévention du bâtiment et des travaux publics (OPPBTP) et le Centre hospitalier de Lens (CHL) forment les salariés.")
                .Select(o => (o.Name, o.Acronym, o.Category)));
        // The initials must still spell the acronym without the place.
        Assert.Empty(OrganizationsOf("Le Centre de ressources du Nord (CDN) ouvre."));
    }

    [Fact]
    public void A_range_ends_at_au_and_a_kind_in_apposition_with_its_town_says_what_the_name_before_is()
    {
        Assert.Equal([("Maison de la culture d'Amiens", OrganizationCategory.Other), ("Phénix", OrganizationCategory.Other)],
            OrganizationsOf("Les salles, de la Maison de la culture d'Amiens au Phénix, scène nationale de Valenciennes, manquent de techniciens.").Select(o => (o.Name, o.Category)));
        // A list's next item has its article: it names.
        Assert.Equal(["Université de Picardie Jules Verne", "Université d'Artois"],
            OrganizationsOf("Le schéma s'appuie sur l'université de Picardie Jules Verne, l'université d'Artois.").Select(o => o.Name));
    }

    [Fact]
    public void A_dealership_names_its_make_and_France_Travail_s_agency_for_performers_is_its_own()
    {
        Assert.Equal([("Volvo Trucks", OrganizationCategory.Company), ("France Travail Spectacle", OrganizationCategory.Institution)],
            OrganizationsOf("Les mécaniciens sont formés avec le concessionnaire Volvo Trucks de Douai ; France Travail Spectacle cherche des intermittents.").Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void A_company_s_institute_or_foundation_written_with_its_capital_is_a_body_of_its_own()
    {
        Assert.Equal(
            [("Institut des métiers d'excellence LVMH", OrganizationCategory.School), ("Fondation d'entreprise Hermès", OrganizationCategory.Network), ("IMT Nord Europe", OrganizationCategory.School)],
            OrganizationsOf("L'Institut des métiers d'excellence LVMH et la Fondation d'entreprise Hermès financent des bourses ; l'École d'ingénieurs IMT Nord Europe accueille les stagiaires.")
                .Select(o => (o.Name, o.Category)));
    }

    [Fact]
    public void Works_written_with_their_capital_are_the_company_s_name()
    {
        Assert.Equal([("Maroquinerie Thomas", OrganizationCategory.Company), ("LVMH", OrganizationCategory.Company)],
            OrganizationsOf("Les artisans de la Maroquinerie Thomas, à Breteuil, fabriquent pour LVMH.").Select(o => (o.Name, o.Category)));
    }

    [Theory]
    [InlineData("L'association Ateliers d'art de France fait connaître les métiers.", "Ateliers d'art de France")]
    [InlineData("L'association Construire en Chanvre représente la filière.", "Construire en Chanvre")]
    // "en" and a region is where it works, not its name.
    [InlineData("L'association Emmaüs en Hauts-de-France accueille des compagnons.", "Emmaüs")]
    public void An_association_s_one_word_name_goes_on_with_common_words_to_a_capitalised_complement(string text, string name) =>
        Assert.Equal([name], OrganizationsOf(text).Select(o => o.Name));

    [Fact]
    public void Airlines_an_independent_authority_and_a_programme_s_agency_are_named_and_the_programme_is_not()
    {
        Assert.Equal(
            ["Volotea", "easyJet", "Transavia", "Autorité de contrôle des nuisances aéroportuaires", "Erasmus+ France Éducation Formation"],
            OrganizationsOf("Volotea, easyJet et Transavia assurent l'essentiel des vols ; l'Autorité de contrôle des nuisances aéroportuaires (ACNUSA) suivra le plan. Des stages ont lieu avec le soutien d'Erasmus+ et de l'agence Erasmus+ France Éducation Formation.")
                .Select(o => o.Name));
    }

    [Fact]
    public void A_capitalised_word_and_a_movement_s_adjective_before_the_region_name_its_regional_body()
    {
        Assert.Equal(["Mouvement associatif Hauts-de-France", "Réseau rural Hauts-de-France"],
            OrganizationsOf("Le Mouvement associatif Hauts-de-France et le Réseau rural Hauts-de-France accueillent des apprentis.").Select(o => o.Name));
    }

    [Fact]
    public void A_known_name_inside_a_listed_phrase_is_the_phrase_s_and_an_agricultural_training_centre_is_a_school()
    {
        Assert.Equal([("CFPPA de Laon", OrganizationCategory.School), ("CMA France", OrganizationCategory.Institution)],
            OrganizationsOf("Le lycée porte le campus avec le CFPPA de Laon. Il a répondu à l'AMI CMA France 2030 ; CMA France sera associée au suivi.")
                .Select(o => (o.Name, o.Category)));
        Assert.Empty(OrganizationsOf("Le campus est lauréat de l'AMI CMA France 2030."));
    }

    [Fact]
    public void An_observatory_written_with_its_capital_is_named_by_its_common_words_and_in_lower_case_only_with_its_acronym()
    {
        Assert.Equal(["Akto", "Observatoire prospectif des métiers de la métallurgie", "Observatoire régional de la santé et du social"],
            OrganizationsOf("Les données viennent d'Akto et de l'Observatoire prospectif des métiers de la métallurgie. L'observatoire régional de la santé et du social (ORSS) les complète.")
                .Select(o => o.Name));
        Assert.Empty(OrganizationsOf("Le campus crée un observatoire régional des métiers du bois."));
    }

    [Fact]
    public void Another_body_s_regional_council_is_not_the_region_s()
    {
        Assert.DoesNotContain(OrganizationsOf("Les éleveurs des Hauts-de-France manquent de vétérinaires. Le Conseil régional de l'ordre des vétérinaires demande des moyens, comme le conseil régional d'orientation."),
            o => o.Name == "Région Hauts-de-France");
        // "d'" before an infinitive is the sentence's: the region's council is asked to act.
        Assert.Contains(OrganizationsOf("Les éleveurs des Hauts-de-France manquent de vétérinaires. Le comité demande au conseil régional d'ouvrir des places."),
            o => o.Name == "Région Hauts-de-France");
        Assert.Equal(["Coopération agricole Hauts-de-France"], OrganizationsOf("La Coopération agricole Hauts-de-France souhaite une indemnisation rapide.").Select(o => o.Name));
    }

    [Fact]
    public void A_foundry_s_town_is_its_site_as_for_the_other_works()
    {
        Assert.Equal([("Ferry-Capitain", OrganizationCategory.Company)],
            OrganizationsOf("Les apprentis sont accueillis à la fonderie Ferry-Capitain de Vecqueville.").Select(o => (o.Name, o.Category)));
    }
}

