using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>
/// The outcome and the sentence(s) stating it, from the opinion section. An opinion that says it is
/// "ni favorable, ni défavorable" (an environmental authority's) has none. Postponement and
/// unfavourable opinions are tried before reserved ones ("avis réservé") and reservations, and those before a plain favourable opinion
/// ("avis défavorable" contains "favorable"); "prend acte" only when no opinion is stated. A
/// decision found nowhere is null with a warning. A body approving the text it was consulted on
/// ("approuve les orientations du schéma") is favourable, "sous réserve" of something with
/// reservations. Recommendations do not qualify a favourable opinion.
/// </summary>
public sealed partial class OutcomeExtractor : IFieldExtractor
{
    private static readonly (Outcome? Outcome, Regex Pattern)[] Rules =
    [
        (null, Neither()),
        (Outcome.Postponed, Postponed()),
        (Outcome.Unfavorable, Unfavorable()),
        (Outcome.Reserved, Reserved()),
        (Outcome.FavorableWithReservations, WithReservations()),
        (Outcome.Favorable, Favorable()),
        (Outcome.Noted, Noted()),
    ];

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var paragraphs = OpinionScope.Paragraphs(context);
        if (!context.Has(SectionKind.Opinion))
            record.Warnings.Add("pas de section d'avis (« Avis du CoRE », « L'avis », …) : la décision est cherchée dans tout le texte");
        foreach (var (outcome, pattern) in Rules)
        {
            foreach (var paragraph in paragraphs)
            {
                var match = pattern.Match(TextFolding.Fold(paragraph));
                if (!match.Success)
                    continue;
                record.Opinion.Outcome = outcome;
                record.Opinion.Text = SentenceAround(paragraph, match.Index);
                if (outcome is null)
                    record.Warnings.Add("le texte dit que l'avis n'est ni favorable ni défavorable : pas de décision");
                // "un avis favorable aux ouvertures et un avis défavorable à trois fermetures": one code
                // cannot say both; the unfavourable part is kept, and the reader told.
                if (outcome == Outcome.Unfavorable && paragraphs.Any(p => FavorableBeside().IsMatch(TextFolding.Fold(p))))
                    record.Warnings.Add("avis partagé : favorable sur une partie, défavorable sur une autre ; décision retenue « défavorable » (voir le texte de l'avis)");
                return;
            }
        }
        record.Warnings.Add("décision introuvable : ni favorable, ni défavorable, ni ajournement, ni prise d'acte");
    }

    /// <summary>Whether the text states a decision in one of the forms this extractor reads.</summary>
    public static bool StatesDecision(string text)
    {
        var folded = TextFolding.Fold(text);
        return Rules.Any(rule => rule.Pattern.IsMatch(folded));
    }

    // Folding keeps French text's length for all but ligatures (œ, æ): close enough to find the sentence.
    private static string SentenceAround(string paragraph, int index)
    {
        index = Math.Min(index, paragraph.Length - 1);
        var start = paragraph.LastIndexOf(". ", index, StringComparison.Ordinal);
        var end = paragraph.IndexOf(". ", index, StringComparison.Ordinal);
        return paragraph[(start < 0 ? 0 : start + 2)..(end < 0 ? paragraph.Length : end + 1)].Trim();
    }

    [GeneratedRegex(@"ajourn|sursis a statuer|surseoir a statuer|report(?:e|er) (?:sa|la|son) (?:decision|avis)|avis (?:est )?differe")]
    private static partial Regex Postponed();

    // A body that approves or rejects the text it was consulted on says its opinion so too (a
    // CESER "approuve les orientations du schéma"); not minutes approving a record of a meeting.
    private const string Approves = @"\bapprouve(?:nt)? (?:le |la |les |l')(?!proces-verbal|compte rendu|compte-rendu|ordre du jour|releve de decisions)";

    [GeneratedRegex(@"avis (?:\w+ )?defavorable|avis negatif|avis contraire|\bn'approuve(?:nt)? pas\b|\bdesapprouve(?:nt)?\b|\brejette(?:nt)? (?:le |la |les |l')(?:projet|plan|schema|programme|orientations?)\b")]
    private static partial Regex Unfavorable();

    // "émet un avis réservé", "un avis très réservé": not "un avis sous réserve", not "réserves" (a favourable opinion's).
    [GeneratedRegex(@"avis (?:(?!sous )\w+ )?reserve\b")]
    private static partial Regex Reserved();

    // A favourable opinion stated for itself, not the end of "défavorable" nor denied ("ni favorable").
    [GeneratedRegex(@"\bavis (?:\w+ )?(?<!\bni )favorable\b(?! ni)")]
    private static partial Regex FavorableBeside();

    [GeneratedRegex(@"\bni favorable,? ni defavorable")]
    private static partial Regex Neither();

    [GeneratedRegex(@"avis favorable[^.]*?(?:sous (?:la |les )?reserves?|assorti (?:de |des |d')(?:\w+ )?(?:reserves|conditions)|avec (?:des |les )?reserves)|favorable sous reserve|sous reserve (?:de|que|d')[^.]*(?:avis favorable|" + Approves + @")|" + Approves + @"[^.]*sous (?:la |les )?reserves?")]
    private static partial Regex WithReservations();

    [GeneratedRegex(@"\b(?:prend|prennent|a pris|ont pris|de prendre) acte\b")]
    private static partial Regex Noted();

    [GeneratedRegex(@"avis (?:\w+ )?favorable|avis positif|" + Approves)]
    private static partial Regex Favorable();
}
