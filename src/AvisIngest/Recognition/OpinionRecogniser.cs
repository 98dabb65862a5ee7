using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Recognition;

/// <summary>
/// Tells an opinion from the other papers archives hold (agendas, press releases, letters,
/// minutes). An opinion is titled "Avis …" or states a decision ("avis favorable", "sursis à
/// statuer"); opinions on any subject count, not only campus labels.
/// </summary>
public sealed partial class OpinionRecogniser
{
    private static readonly (Regex Marker, string Reason)[] OtherGenres =
    [
        (new Regex(@"\bordre du jour\b"), "ordre du jour, pas un avis"),
        (new Regex(@"\bcommunique de presse\b"), "communiqué de presse, pas un avis"),
        (new Regex(@"\b(?:compte[ -]rendu|proces[ -]verbal)\b"), "compte rendu de séance, pas un avis"),
        (new Regex(@"^(?:madame|monsieur|objet\s*:)"), "courrier, pas un avis"),
        (new Regex(@"\b(?:convocation|invitation)\b"), "convocation, pas un avis"),
    ];

    /// <summary>Null when the document is an opinion; otherwise a one-line French reason.</summary>
    public string? WhyNotAnOpinion(NormalisedDocument document)
    {
        var opening = document.Paragraphs.Take(3).Select(p => TextFolding.Fold(document.TextOf(p))).ToList();
        foreach (var (marker, reason) in OtherGenres)
        {
            if (opening.Any(marker.IsMatch))
                return reason;
        }
        if (opening.Any(p => TitledOpinion().IsMatch(p)) || Decision().IsMatch(TextFolding.Fold(document.Text)))
            return null;
        return "aucun avis trouvé : ni titre « Avis … » ni décision du comité (avis favorable, défavorable, ajournement)";
    }

    [GeneratedRegex(@"^avis\b|\bavis (?:du|de la|n°|no)\b")]
    private static partial Regex TitledOpinion();

    [GeneratedRegex(@"\bavis (?:\w+ )?(?:favorable|defavorable)\b|\bemet un avis\b|\bsursis a statuer\b|\bajourne\b")]
    private static partial Regex Decision();
}
