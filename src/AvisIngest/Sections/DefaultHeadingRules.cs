using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// The wordings of headings known from the committee's opinions and from other bodies' (a
/// preamble, a summary, recommendations, a conclusion), one rule per kind, then for some kinds one
/// whose wordings name a part at the first levels only, and one for a facility named with its
/// commune (the site). Order
/// matters: the campus presentation ("Avis du CoRE pour le renouvellement ...") is tried before
/// the opinion ("Avis du CoRE"). Keys are folded: lower case, no accents; an opening definite
/// article is tried with and without (PatternHeadingRule), so a pattern spells it only where it
/// must be there ("la demande").
/// </summary>
public static class DefaultHeadingRules
{
    // The bodies that give an opinion, as a heading names them ("le conseil", "le CoRE", "la commission").
    private const string OpinionBodies = "comite|conseil|core|ceser|crefop|commission|bureau|assemblee|autorite|mrae|chambre|college|instance|jury";

    // The text under opinion and what it does, in a heading that says what it holds ("Ce que prévoit le plan",
    // "Ce que l'engagement finance").
    private const string TextNouns = "plan|programme|schema|projet|candidature|dossier|contrat|volet|strategie|document|engagement|accord|convention|charte|pacte|feuille de route";
    private const string TextVerbs = "prevoi(?:t|ent)|di(?:t|sent)|porte(?:nt)?|propose(?:nt)?|contien(?:t|nent)|finance(?:nt)?";

    // Those who sit in the body and speak in it ("Les remarques des collèges", "Positions des organisations syndicales").
    private const string Members = "membres|partenaires sociaux|colleges?|organisations syndicales|syndicats|representants";

    private static PatternHeadingRule AtFirstLevels(SectionKind kind, params string[] patterns) => new(kind, patterns) { FirstLevelsOnly = true };

    public static IReadOnlyList<IHeadingRule> Create() =>
    [
        new PatternHeadingRule(SectionKind.Presentation,
            @"avis du (?:core|comite)[^°]* pour (?:le |la |l')?(?:renouvellement|obtention|labellisation|premiere labellisation|attribution|creation).*",
            @"presentation(?: du campus| du cmq.*)?",
            // What is submitted to the body: "Objet de la saisine", "La demande de renouvellement" (with
            // its article: "Demande de première labellisation" is a title's subtitle).
            @"objet(?: de la (?:saisine|consultation|demande))?",
            @"(?:rappel de )?la demande(?: de [a-z' -]+)?",
            // What the text under opinion holds, said as a question's answer: "Ce que prévoit le plan",
            // "Ce que porte la candidature", "Ce que demande le campus" (the framework it comes in is
            // context: "Ce que prévoit le cadre régional" is not taken here).
            @"ce que (?:" + TextVerbs + @") (?:le |la |l'|les )?(?:" + TextNouns + @")\b(?: [a-z0-9'-]+){0,4}",
            @"ce que (?:le |la |l'|les )?(?:" + TextNouns + @") (?:" + TextVerbs + @")\b(?: [a-z0-9'-]+){0,4}",
            @"ce que (?:demande(?:nt)?|sollicite(?:nt)?) (?:le |la |l'|les )?(?:campus|porteurs?|candidats?|candidature|dossier)\b(?: [a-z0-9'-]+){0,3}",
            // "Le contenu de la convention", "Contenu du schéma".
            @"(?:le )?contenu (?:du |de la |de l'|des )(?:projet|plan|schema|programme|convention|contrat|dossier|document|strategie)\b(?: [a-z0-9'-]+){0,3}"),
        // The wordings below name a part at the first levels only: inside a part ("1.2 Des métiers en
        // tension", "II.2 Quatre orientations") they are a point of that part, left inside it.
        AtFirstLevels(SectionKind.Presentation,
            // Asked: "Que demande l'exploitant ?", "Que sollicite le pétitionnaire ?".
            @"que (?:demande(?:nt)?|sollicite(?:nt)?) (?:le |la |l'|les )?(?:campus|porteurs?|candidats?|candidature|dossier|exploitant|petitionnaire|maitre d'ouvrage|demandeur)\b(?: [a-z0-9'-]+){0,3} ?\??",
            // What is put before the body, said by who puts it: "Présentation par l'administration", "Éléments
            // présentés par la Région", "Le projet présenté par le rectorat".
            // The report that puts the request before the body: "Rapport de l'inspection des installations
            // classées", "Rapport du service instructeur", "Rapport de présentation".
            @"(?:le )?rapport (?:de l'inspection|du service instructeur|des services instructeurs|de l'administration|du rapporteur|de presentation)\b(?: [a-z0-9'-]+){0,5}",
            @"presentation (?:faite )?par(?: [a-z0-9'-]+){1,4}",
            // What is put before the body, said so: "Le projet soumis au CESER", "Les mesures soumises à l'avis du comité".
            @"(?!ce qu)(?:les |la |le |l'|des )?[a-z'-]+(?: [a-z'-]+){0,2} soumise?s? (?:a l'avis )?(?:au |a la |a l'|du |de la |de l')(?:" + OpinionBodies + @")\b(?: [a-z-]+)?",
            @"(?:les |le |la |l')?[a-z'-]+(?: [a-z'-]+)? presente(?:e|s|es)? par(?: [a-z0-9'-]+){1,4}",
            // The text under opinion in figures: "Le programme en chiffres", "Le plan régional en quelques chiffres".
            @"(?:le |la |l')?(?:" + TextNouns + @")(?: [a-z'-]+){0,2} en (?:quelques )?chiffres"),
        new PatternHeadingRule(SectionKind.Opinion,
            @"avis(?: final| motive)?",
            @"avis (?:du|de la|de l')\s?(?:core|crefop|comite regional(?: pour l'emploi)?|commission)(?: hauts-de-france| [a-z-]+)?",
            // Any body's own opinion named by the body, in four words at most ("Avis du CESER", "Avis de
            // l'Autorité environnementale"); "Avis du CESER sur le projet …" is a title, not a heading.
            @"avis (?:du|de la|de l')\s?(?!.*\b(?:sur|relatif|relative|concernant|portant|pour|a|au|aux)\b)[a-z0-9'-]+(?: [a-z0-9'-]+){0,3}",
            @"avis et recommandations",
            // Other bodies' reports close on their conclusion, which is their opinion.
            @"conclusions?(?: generales?)?"),
        // What the body makes of it, said as a question's answer: "Ce que le conseil retient", "Ce
        // que le CoRE en pense", "Ce que décide le comité" (a campus's wishes are its axes); before a
        // later opinion's heading ("Ce que le comité en retient", then "Avis"), the body's remarks.
        new PatternHeadingRule(SectionKind.Opinion,
            @"ce que (?:le |la |l')(?:" + OpinionBodies + @")(?: [a-z0-9'-]+){0,2} (?:retien(?:t|nent)|conclu(?:t|ent)|pensen?t?|decide(?:nt)?|recommande(?:nt)?|preconise(?:nt)?|demande(?:nt)?|attend(?:ent)?)\b(?: [a-z0-9'-]+){0,3}",
            @"ce qu(?:e |')(?:retien(?:t|nent)|conclu(?:t|ent)|decide(?:nt)?|recommande(?:nt)?|preconise(?:nt)?|demande(?:nt)?|pensen?t?) (?:le |la |l')(?:" + OpinionBodies + @")\b(?: [a-z0-9'-]+){0,2}")
        {
            YieldsToLaterOfKind = true,
        },
        new PatternHeadingRule(SectionKind.Perimeter,
            @"(?:contexte et )?perimetre(?: du campus| et partenaires| et partenariats)?",
            @"presentation et perimetre"),
        AtFirstLevels(SectionKind.Perimeter,
            // What the campus leans on: "Un campus adossé à la recherche", "Adossement et partenaires".
            // A few words, no comma: "Adossé à l'ESAAT de Roubaix, le CMQe …" is a paragraph's first line in a PDF.
            @"(?:un |le )?(?:campus|reseau|cmq) adosses? (?:a|au|aux)(?: [a-z0-9'-]+){1,5}",
            @"(?:l')?adossement(?: [a-z0-9'-]+){0,4}",
            // Who the campus gathers: "Les partenaires réunis", "Les acteurs mobilisés", "Les forces en
            // présence", "Les membres du réseau" (the partners' or members' statements are other: "Les
            // observations des membres", "Les partenaires sociaux").
            @"(?:les )?(?:partenaires|membres|acteurs|forces)(?: (?:reunis|rassembles|mobilises|associes|impliques|en presence|du campus|du reseau|du cmq))?(?: autour (?:du|de la|de l') [a-z'-]+)?",
            // "Composition du réseau", "La composition du campus" (not "Composition de la séance": who sat).
            @"(?:la )?composition (?:du|de son) (?:campus|reseau|cmq|consortium)",
            // "Qui le porte", "Qui porte le campus", "Qui compose le réseau" ("Qui pilote" is its governance).
            @"qui (?:le |la |les )?(?:porte(?:nt)?|compose(?:nt)?|constitue(?:nt)?|rassemble(?:nt)?)(?: (?:le |la |l'|les )?(?:campus|reseau|cmq|projet))?"),
        new PatternHeadingRule(SectionKind.Context,
            @"(?:rappel du |elements de )?contexte(?: general| regional| national)?",
            @"rappel",
            @"cadre regional",
            // The framework the request comes in: "Le contexte de la saisine", "La saisine".
            @"(?:contexte |cadre )?(?:de )?(?:la )?saisine",
            // "Contexte de la demande", "Cadre de la consultation", "Contexte du projet" ("Le cadre de la demande"
            // sets out what is asked: the presentation).
            @"contexte (?:de la |du |de l')(?:demande|consultation|candidature|projet|dossier)",
            @"cadre de la consultation",
            // A report's opening and its findings: "Introduction", "Les constats partagés", "Le
            // diagnostic", "Les besoins des employeurs" ("les constats du CESER" are its opinion's).
            @"introduction",
            @"(?:les? )?constats?(?: partages?)?",
            @"(?:le )?diagnostic(?: partage| territorial| regional)?",
            @"(?:les |un |des )?besoins? (?:des|du|de la|de l'|d'|de|constates|exprimes|identifies)\b.*",
            // The territory described: "Le territoire", "Le territoire et ses emplois" (with its
            // article: "Territoire et réseau du campus" is the perimeter; a sentence goes on).
            @"le territoire(?: et (?:ses|son|sa|leurs?) [a-z'-]+)?",
            // Why the text was written, asked in the heading: "Pourquoi ce plan ?", "Pourquoi le comité
            // est-il consulté ?" (a few words: a line of a paragraph that opens on "Pourquoi" goes on).
            @"pourquoi(?: [a-z0-9'-]+){1,6} ?\??"),
        AtFirstLevels(SectionKind.Context,
            // A deliberation's statement of grounds.
            @"(?:l')?expose des motifs",
            // The shortage the text answers: "Des métiers en tension", "Les emplois difficiles à pourvoir".
            @"(?:des |les )?(?:metiers|emplois|postes|recrutements) (?:en tension|difficiles a pourvoir|non pourvus)\b.*",
            // A sector or a territory in figures: "La pêche régionale en quelques chiffres", "L'industrie en
            // chiffres" (not "Le campus en chiffres": what the campus did, left to the classifier; nor the
            // text under opinion in figures, its presentation).
            @"(?!(?:le |la |l')?(?:campus|cmq|reseau|" + TextNouns + @")\b)(?:[a-z'-]+ ){1,4}en (?:quelques )?chiffres"),
        new PatternHeadingRule(SectionKind.Axes,
            // Not "Enjeux" alone: opening an opinion, it is the sector's stakes (context), left to the classifier.
            @"enjeux (?:et objectifs(?: strategiques)?|strategiques)",
            @"objectifs strategiques",
            // "Axes stratégiques", "Axes du nouveau projet".
            @"(?:les )?axes\b.*",
            // What is planned, as against what was done (results): "Les actions prévues", "Les chantiers envisagés".
            @"(?:les )?(?:actions|chantiers) (?:prevus|prevues|envisages|envisagees|a mener|a venir)\b.*",
            // What the campus means to do: "Ce que le campus veut faire", "Ce que nous comptons développer".
            @"ce qu(?:e |').*\b(?:veut|veulent|va|vont|compte|comptent|entend|entendent|souhaite|souhaitent) (?:faire|developper|engager|conduire|mener|construire)\b.*",
            @"orientations strategiques",
            @"strategie(?: du campus)?"),
        AtFirstLevels(SectionKind.Axes,
            // What the campus proposes or plans ("Ce que le campus propose", "Ce que le réseau prévoit
            // pour 2030"); what a plan proposes is the plan's presentation (above).
            @"ce que (?:le |la |l')(?:campus|cmq|reseau) (?:propose|proposent|prevoit|envisage|projette)\b(?: [a-z0-9'-]+){0,4}",
            // A count of what the campus will pursue: "Trois priorités pour la filière", "Quatre
            // engagements pour 2031-2036" (not "Trois recommandations": an opinion's).
            @"(?:deux|trois|quatre|cinq|six|sept|huit) (?:axes|priorites|engagements|objectifs|chantiers|orientations|ambitions|defis|leviers|enjeux)\b.*",
            // Where it means to go: "Où il veut aller", "Où le campus veut aller d'ici 2030".
            @"ou (?:il|elle|ils|elles|on|le campus|le reseau|le cmq) (?:veut|veulent|souhaite|souhaitent|compte|comptent|va|vont) aller\b.*"),
        new PatternHeadingRule(SectionKind.Site,
            // "Le lieu totem : …": the word of the campuses' label for their emblematic place.
            @"(?:site|lieu) (?:emblematique|totem).*",
            // "Équipement phare", "Le plateau vitrine": the flagship facility the label asks for, by another word.
            @"(?:site|lieu|equipement|plateau|outil|batiment) (?:phare|vitrine)\b.*"),
        new PlacedFacilityHeadingRule(),
        new PatternHeadingRule(SectionKind.Governance,
            @"gouvernance.*",
            @"moyens(?: humains et financiers)?",
            // "Pilotage et moyens", "Le pilotage du campus", "Qui pilote le campus".
            @"(?:le |qui )?pilot(?:e|ent|age)\b.*",
            // "Le suivi du plan", "Suivi et évaluation": how the body will follow what it gives its opinion on.
            @"(?:le )?suivi(?: et (?:l')?evaluation)?(?: (?:du|de la|de l')\s?(?:plan|schema|programme|projet|campus|contrat|label)\b.*)?"),
        AtFirstLevels(SectionKind.Governance,
            // Who does what: "Qui fait quoi", "La répartition des rôles".
            @"qui fait quoi\b.*",
            @"(?:la )?repartition des roles\b.*",
            // "L'organisation retenue", "Organisation prévue": how it will be run, once decided ("Organisation
            // et pilotage" is kept out of every rule, corpus/README.md).
            @"(?:l')?organisation (?:retenue|prevue|envisagee|mise en place|adoptee)\b.*"),
        new PatternHeadingRule(SectionKind.Results,
            @"(?:principaux )?resultats.*",
            @"bilan.*",
            @"realisations.*",
            // "Ce qui a été réalisé", "Ce que le campus a réalisé".
            @"ce (?:que|qui) .*\brealisee?s?\b.*",
            // "Ce que les porteurs ont déjà fait", "Ce qui a été accompli depuis 2021".
            @"ce (?:que|qui)(?: [a-z0-9'-]+){0,3} (?:a|ont)(?: ete)?(?: deja)? (?:fait|accompli|mene|conduit)e?s?\b(?: [a-z0-9'-]+){0,3}",
            @"(?:les )?actions (?:menees|conduites|realisees|engagees)\b.*",
            @"(?:le )?chemin parcouru.*"),
        AtFirstLevels(SectionKind.Results,
            // Where it starts from: "D'où part le campus", "D'où vient le réseau".
            @"d'ou (?:part|partent|vient|viennent) (?:le |la |l'|les )?(?:campus|cmq|reseau|projet|label)\b.*",
            // What is there already: "Ce qui existe déjà", "Ce qui existe aujourd'hui sur le territoire".
            @"ce qui existe(?: deja| aujourd'hui| a ce jour)?(?: [a-z0-9'-]+){0,4}"),
        new PatternHeadingRule(SectionKind.Perspectives,
            @"perspectives.*"),
        // What other bodies' opinions set before and after their parts: a preamble and a summary
        // (of how the opinion was prepared, of what it says), recommendations.
        new PatternHeadingRule(SectionKind.Other,
            @"preambule.*",
            @"synthese(?: de l'avis)?",
            @"(?:preconisations|recommandations)(?: du [a-z-]+| de la [a-z-]+| de l'[a-z-]+)?"),
        AtFirstLevels(SectionKind.Other,
            // What the body or its members add: "Propositions de la Chambre", "Les observations du
            // CESER", "Les réserves des membres" ("Les propositions du rectorat" are the text's own).
            @"(?:propositions|observations|remarques|reserves|attentes|appreciations) (?:du |de la |de l'|des )(?:" + OpinionBodies + @"|" + Members + @")\b.*",
            // The members' positions ("Positions des collèges"; the body's own position is its opinion).
            @"(?:les )?positions? (?:du |de la |de l'|des )(?:" + Members + @")\b(?: [a-z0-9'-]+){0,4}",
            @"observations generales",
            // What others said before the body: "Avis recueillis", "Les avis des services consultés"; and
            // what its members said in session: "Discussion", "Débats", "Les échanges en séance".
            @"(?:les )?avis (?:recueillis|recus|des services|des personnes consultees|des organismes consultes|des partenaires consultes)\b.*",
            @"(?:la |les )?(?:discussions?|debats?|echanges)(?: en seance| des membres)?",
            // The session's agenda, and what it dealt with besides: "Ordre du jour", "Questions diverses".
            @"(?:l')?ordre du jour(?: [a-z0-9'-]+){0,4}",
            @"questions diverses",
            // Any account of the session but its vote: "Positions exprimées en séance", "Interventions en séance".
            @"(?!.*\bvotes?\b).*\ben seance",
            // The body's reading of the text it was given: "Analyse du projet de plan", "Analyse de
            // l'étude d'impact", "L'analyse du CESER".
            @"analyse (?:du |de la |de l'|des )(?:projet|plan|schema|programme|dossier|etude|document|texte|contrat|convention|" + OpinionBodies + @")\b.*",
            // Who spoke in session, by name of speaker: "Intervention de l'exploitant", "Déclarations des
            // membres", "Expression des représentants du personnel" (not the body's own: "Déclaration du CESER").
            @"(?:l')?(?:interventions?|declarations?|expression|prises? de parole) (?:du |de la |de l'|des |d')(?!(?:" + OpinionBodies + @")\b)[a-z'-]+(?: [a-z'-]+){0,4}"),
    ];
}
