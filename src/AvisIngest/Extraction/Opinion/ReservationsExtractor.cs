using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>
/// Reservations or recommendations attached to the opinion: the items listed after a sentence that
/// announces them ("assorti des réserves suivantes :"), and "sous réserve de …" clauses.
/// </summary>
public sealed partial class ReservationsExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var paragraphs = OpinionScope.Paragraphs(context);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var folded = TextFolding.Fold(paragraphs[i]);
            if (ListItem.StartsBlock(paragraphs[i]) || !folded.TrimEnd().EndsWith(':') || !Announces().IsMatch(folded))
                continue;
            for (var j = i + 1; j < paragraphs.Count && (ListItem.IsBullet(paragraphs[j]) || ListItem.TryParseNumbered(paragraphs[j], out _, out _)); j++)
                Add(record, ListItem.WithoutMarker(paragraphs[j]));
        }
        foreach (var paragraph in paragraphs)
        {
            foreach (Match clause in Clause().Matches(paragraph))
                Add(record, clause.Groups["what"].Value);
        }
        if (record.Opinion.Outcome == Outcome.FavorableWithReservations && record.Opinion.Reservations.Count == 0)
            record.Warnings.Add("avis assorti de réserves, mais les réserves ne sont pas énumérées");
    }

    private static void Add(OpinionRecord record, string reservation)
    {
        reservation = reservation.Trim().TrimEnd(',', ';', '.', ' ');
        if (reservation.Length > 0 && !record.Opinion.Reservations.Contains(reservation))
            record.Opinion.Reservations.Add(reservation);
    }

    [GeneratedRegex(@"reserve|recommand|condition|demande (?:que|au campus)")]
    private static partial Regex Announces();

    [GeneratedRegex(@"sous (?:la |les )?réserves? (?<what>(?:de |d'|du |des |que |qu')[^.;:\n]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Clause();
}
