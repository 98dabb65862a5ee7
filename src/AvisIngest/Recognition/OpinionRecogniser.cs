using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Recognition;

/// <summary>A document's verdict: whether it is an opinion, and the marks that weighed, in French.</summary>
public sealed record RecognitionVerdict(bool IsOpinion, int Score, IReadOnlyList<string> Marks)
{
    /// <summary>One line: the marks, or why none was found.</summary>
    public string Explanation => Marks.Count > 0 ? string.Join(" ; ", Marks) : NoMark;

    public const string NoMark = "aucun avis trouvé : ni titre « Avis … » ni formule d'adoption ou de décision (avis favorable, défavorable, ajournement, prise d'acte)";
}

/// <summary>
/// Tells an opinion from the papers archives hold beside them by the genre's own marks, weighed
/// together so that no single word decides. For: a title of the genre ("Avis …", "Avis n° …",
/// "Avis délibéré", "Rapport-avis") among the opening paragraphs (after a cover page, a table of
/// contents or a web page's menus), the body's own adoption or decision formula anywhere ("émet un
/// avis", "rend l'avis suivant", "adopte le présent avis"), an outcome. Against: another genre's
/// heading (agenda, minutes, press release, letter, notice of meeting), an opinion reported in the
/// third person ("a rendu un avis"), several agenda items, a legal act's form (décret, arrêté,
/// "Article 1er"). A document is an opinion when the marks for outweigh those against.
/// </summary>
public sealed partial class OpinionRecogniser
{
    /// <summary>Opening paragraphs searched for a title: past a cover page, a contents list or menus.</summary>
    public const int OpeningParagraphs = 40;

    private static readonly (Regex Mark, int Weight, string Says)[] OpeningMarks =
    [
        (TitleMark(), 3, "titre d'avis"),
        (new Regex(@"^ordre du jour\b"), -3, "en-tête « ordre du jour »"),
        (new Regex(@"^communique(?: de presse)?\b"), -3, "en-tête de communiqué de presse"),
        (new Regex(@"^(?:compte[ -]rendu|proces[ -]verbal|releve de decisions)\b"), -3, "en-tête de compte rendu de séance"),
        (new Regex(@"^(?:convocation|invitation)\b"), -3, "en-tête de convocation"),
        (new Regex(@"^(?:madame|monsieur|objet\s*:)"), -2, "en-tête de courrier"),
        (new Regex(@"^(?:decret|arrete|loi|ordonnance)(?: n°| du\b|\b)"), -4, "en-tête d'acte juridique (décret, arrêté, loi)"),
    ];

    private static readonly (Regex Mark, int Weight, string Says)[] TextMarks =
    [
        (OwnFormula(), 3, "formule d'adoption ou de décision de l'instance"),
        (Outcome(), 1, "décision énoncée (favorable, défavorable, ajournement, prise d'acte)"),
        (Reported(), -2, "avis rapporté à la troisième personne (article, compte rendu)"),
        (new Regex(@"\barticle (?:1er|premier)\b"), -2, "articles d'un acte juridique"),
    ];

    public RecognitionVerdict Judge(NormalisedDocument document)
    {
        var marks = new List<string>();
        var score = 0;
        var opening = document.Paragraphs.Take(OpeningParagraphs).Select(p => TextFolding.Fold(document.TextOf(p)).TrimStart()).ToList();
        foreach (var (mark, weight, says) in OpeningMarks)
        {
            if (opening.Any(mark.IsMatch))
                Weigh(weight, says);
        }
        // A paragraph at a time: no mark spans paragraphs, and a large text is never folded whole.
        var found = new bool[TextMarks.Length];
        var agendaItems = 0;
        foreach (var paragraph in document.Paragraphs)
        {
            var folded = TextFolding.Fold(document.TextOf(paragraph));
            for (var i = 0; i < TextMarks.Length; i++)
                found[i] |= !found[i] && TextMarks[i].Mark.IsMatch(folded);
            if (AgendaItem().IsMatch(folded))
                agendaItems++;
        }
        for (var i = 0; i < TextMarks.Length; i++)
        {
            if (found[i])
                Weigh(TextMarks[i].Weight, TextMarks[i].Says);
        }
        if (agendaItems >= 2)
            Weigh(-3, "plusieurs points d'ordre du jour");
        return new RecognitionVerdict(score > 0, score, marks);

        void Weigh(int weight, string says)
        {
            score += weight;
            marks.Add($"{says} ({(weight > 0 ? "+" : "")}{weight})");
        }
    }

    /// <summary>Null when the document is an opinion; otherwise a one-line French reason.</summary>
    public string? WhyNotAnOpinion(NormalisedDocument document) =>
        Judge(document) is { IsOpinion: false } verdict ? verdict.Explanation : null;

    // "Avis", "Avis n° …", "Avis délibéré", "Avis du/de la …", "Rapport-avis", "Projet d'avis" is not one.
    [GeneratedRegex(@"^(?:avis\b(?! d'(?:enquete|appel|publicite|marche|recrutement|vacance|concours))|rapport[- ]avis\b)")]
    private static partial Regex TitleMark();

    [GeneratedRegex(@"\b(?:emet|emettent|rend|rendent|formule|adopte|adoptent) (?:un|l'|le present|cet|son|le) ?avis\b|\bavis (?:suivant|qui suit)\b|\b(?:a|ont) vote le present avis\b|\badopte le present (?:avis|rapport)\b|\bapres en avoir delibere\b")]
    private static partial Regex OwnFormula();

    [GeneratedRegex(@"\bavis (?:\w+ )?(?:favorable|defavorable)\b|\bsursis a statuer\b|\bajourne\b|\bprend acte\b")]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:a|ont|avait|avaient) (?:rendu|emis|adopte|donne|vote) (?:un|son|leur|l') ?avis\b|\bselon (?:le|la|les) (?:president|presidente|communique)\b")]
    private static partial Regex Reported();

    // "Point n° 3", "Délibération n° 2024-12", "Dossier n° 4" at a paragraph's start: an agenda or minutes.
    [GeneratedRegex(@"^(?:point|item|dossier|deliberation|rapport) n° ?\d")]
    private static partial Regex AgendaItem();
}
