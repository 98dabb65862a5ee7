using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Recognition;

/// <summary>A document's verdict: whether it is an opinion, and the marks that weighed, in French.</summary>
public sealed record RecognitionVerdict(bool IsOpinion, int Score, IReadOnlyList<string> Marks)
{
    /// <summary>One line: the marks, or why none was found.</summary>
    public string Explanation => Marks.Count > 0 ? string.Join(" ; ", Marks) : NoMark;

    public const string NoMark = "aucun avis trouvé : ni titre « Avis … » ou « Contribution sur … » ni formule d'adoption ou de décision (avis favorable, défavorable, ajournement, prise d'acte)";
}

/// <summary>
/// Tells an opinion from the papers archives hold beside them by the genre's own marks, weighed
/// together so that no single word decides. For: a title of the genre ("Avis …", "Avis n° …",
/// "Avis délibéré", "Rapport-avis", "Contribution sur …") among the opening paragraphs (after a cover page, a table of
/// contents or a web page's menus), the body's own adoption or decision formula anywhere ("émet un
/// avis", "rend l'avis suivant", "adopte le présent avis", "adopte la présente contribution": a CESER's
/// contribution is its opinion on a subject it took up itself), an outcome. Against: another genre's
/// heading (agenda, minutes, press release, letter, notice of meeting), an opinion reported in the
/// third person ("a rendu un avis"), several agenda items, a legal act's form (décret, arrêté,
/// "Article 1er"). A document is an opinion when the marks for outweigh those against.
/// </summary>
public sealed partial class OpinionRecogniser
{
    /// <summary>Opening paragraphs searched for a title: past a cover page, a contents list or menus.</summary>
    public const int OpeningParagraphs = 40;

    // The marks a paragraph of the opening may start with, by group name of OpeningMark().
    private static readonly (string Group, int Weight, string Says)[] OpeningMarks =
    [
        ("title", 3, "titre d'avis"),
        ("agenda", -3, "en-tête « ordre du jour »"),
        ("press", -3, "en-tête de communiqué de presse"),
        ("minutes", -3, "en-tête de compte rendu de séance"),
        ("notice", -3, "en-tête de convocation"),
        ("letter", -2, "en-tête de courrier"),
        ("act", -4, "en-tête d'acte juridique (décret, arrêté, loi)"),
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
        // One pass over the opening paragraphs, one expression for every heading mark.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in document.Paragraphs.Take(OpeningParagraphs))
        {
            var match = OpeningMark().Match(TextFolding.Fold(document.TextOf(paragraph)).TrimStart());
            if (match.Success)
                seen.Add(OpeningMarks.First(m => match.Groups[m.Group].Success).Group);
        }
        foreach (var (group, weight, says) in OpeningMarks)
        {
            if (seen.Contains(group))
                Weigh(weight, says);
        }
        // No mark spans paragraphs (one a line in the normalised text): a large text is read in chunks.
        var found = new bool[TextMarks.Length];
        var agendaItems = 0;
        foreach (var folded in TextFolding.FoldInChunks(document.Text))
        {
            for (var i = 0; i < TextMarks.Length; i++)
                found[i] |= !found[i] && TextMarks[i].Mark.IsMatch(folded);
            agendaItems += AgendaItem().Count(folded);
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

    /// <summary>Whether a paragraph opens with a title of the genre ("Avis n° …", "Avis délibéré …", "Rapport-avis …", "Contribution sur …").</summary>
    public static bool IsGenreTitle(string paragraph) =>
        OpeningMark().Match(TextFolding.Fold(paragraph).TrimStart()).Groups["title"].Success;

    /// <summary>"Délibération n° 2028-21 portant avis sur le projet …": an assembly's act that gives its opinion, its own title.</summary>
    public static bool IsDeliberationGivingOpinion(string paragraph) => DeliberationGivingOpinion().IsMatch(paragraph);

    [GeneratedRegex(@"^Délibération\b[^\n]*\b(?:portant|emportant|rendant) avis\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeliberationGivingOpinion();

    /// <summary>Null when the document is an opinion; otherwise a one-line French reason.</summary>
    public string? WhyNotAnOpinion(NormalisedDocument document) =>
        Judge(document) is { IsOpinion: false } verdict ? verdict.Explanation : null;

    // Titles of the genre ("Avis", "Avis n° …", "Avis délibéré", "Rapport-avis", "Contribution sur …":
    // a council's contribution is its opinion on a subject; not a notice of inquiry, tender or
    // vacancy) and the headings of other genres, at a paragraph's start.
    [GeneratedRegex(@"^(?:(?<title>avis\b(?! d'(?:enquete|appel|publicite|marche|recrutement|vacance|concours))|rapport[- ]avis\b|contribution (?:sur|relative|au|aux|a|du|de|des|d'|pour|concernant)\b)" +
        @"|(?<agenda>ordre du jour\b)|(?<press>communique(?: de presse)?\b)|(?<minutes>(?:compte[ -]rendu|proces[ -]verbal|releve de decisions)\b)" +
        @"|(?<notice>(?:convocation|invitation)\b)|(?<letter>madame|monsieur|objet\s*:)|(?<act>(?:decret|arrete|loi|ordonnance)\b))")]
    private static partial Regex OpeningMark();

    [GeneratedRegex(@"\b(?:emet|emettent|rend|rendent|formule|adopte|adoptent) (?:un|l'|le present|cet|son|le) ?avis\b|\bavis (?:suivant|qui suit)\b|\b(?:a|ont) vote le present avis\b|\badopte(?:nt)? (?:le present (?:avis|rapport)|la presente (?:contribution|resolution|deliberation))\b|\bapres en avoir delibere\b" +
        @"|\b(?:avis|contribution) (?:est |a ete )?adoptee? (?:a l'unanimite|a la majorite|par \d+ voix)")]
    private static partial Regex OwnFormula();

    /// <summary>Whether a text holds the body's own adoption or decision formula ("adopte le présent avis", "Avis adopté par 92 voix").</summary>
    public static bool StatesOwnFormula(string text) => OwnFormula().IsMatch(TextFolding.Fold(text));

    [GeneratedRegex(@"\bavis (?:\w+ )?(?:favorable|defavorable)\b|\bsursis a statuer\b|\bajourne\b|\bprend acte\b")]
    private static partial Regex Outcome();

    [GeneratedRegex(@"\b(?:a|ont|avait|avaient) (?:rendu|emis|adopte|donne|vote) (?:un|son|leur|l') ?avis\b|\bselon (?:le|la|les) (?:president|presidente|communique)\b")]
    private static partial Regex Reported();

    // "Point n° 3", "Délibération n° 2024-12", "Dossier n° 4" at a paragraph's start: an agenda or minutes.
    [GeneratedRegex(@"^(?:point|item|dossier|deliberation|rapport) n° ?\d", RegexOptions.Multiline)]
    private static partial Regex AgendaItem();
}
