using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>
/// Reservations and recommendations attached to the opinion, apart: the items listed after a
/// sentence that announces them ("assorti des réserves suivantes :" or "des recommandations
/// suivantes :"), "sous réserve de …" clauses and what follows the colon of "assorti de réserves :
/// …" in the same sentence, which are reservations. A list announced as
/// recommendations does not make reservations of them.
/// </summary>
public sealed partial class ReservationsExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var paragraphs = OpinionScope.Paragraphs(context);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var folded = TextFolding.Fold(paragraphs[i]);
            if (ListItem.StartsBlock(paragraphs[i]) || !folded.TrimEnd().EndsWith(':') || Announces().Match(folded) is not { Success: true } announced)
                continue;
            var list = announced.Value.StartsWith("recommand", StringComparison.Ordinal) ? record.Opinion.Recommendations : record.Opinion.Reservations;
            for (var j = i + 1; j < paragraphs.Count && (ListItem.IsBullet(paragraphs[j]) || ListItem.TryParseNumbered(paragraphs[j], out _, out _)); j++)
                Add(list, ListItem.WithoutMarker(paragraphs[j]));
        }
        foreach (var paragraph in paragraphs)
        {
            foreach (Match clause in Clause().Matches(paragraph))
                Add(record.Opinion.Reservations, clause.Groups["what"].Value);
            // "un avis favorable assorti de réserves : il demande …": stated in the sentence, after its colon.
            foreach (Match inline in InlineReservations().Matches(paragraph))
                Add(record.Opinion.Reservations, inline.Groups["what"].Value);
        }
        if (record.Opinion.Outcome == Outcome.FavorableWithReservations && record.Opinion.Reservations.Count == 0)
            record.Warnings.Add("avis assorti de réserves, mais les réserves ne sont pas énumérées");
    }

    private static void Add(List<string> list, string item)
    {
        item = item.Trim().TrimEnd(',', ';', '.', ' ');
        if (item.Length > 0 && !list.Contains(item))
            list.Add(item);
    }

    // The first word that announces the list decides which list it is.
    [GeneratedRegex(@"reserve|recommand|condition|demande (?:que|au campus)")]
    private static partial Regex Announces();

    [GeneratedRegex(@"(?:avec|assortie?|assortis) (?:de |des |d'|les )?(?:\w+ )?réserves?[ \u00A0]*:[ \u00A0]*(?<what>[^.\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex InlineReservations();

    [GeneratedRegex(@"sous (?:la |les )?réserves? (?<what>(?:de |d'|du |des |que |qu')[^.;:\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
