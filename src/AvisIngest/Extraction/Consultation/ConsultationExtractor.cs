using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Consultation;

/// <summary>
/// How and when the committee was consulted: "Consultation écrite du CoRE du 19 janvier 2026" or
/// "Réunion du bureau du …" in the header, "consulté par écrit le …" or "réuni en séance plénière le
/// …" in the opinion, and
/// for written consultations the closing date ("s'est clôturée le 02 février 2026", or the end of
/// "consultation écrite du 2 au 16 mars 2026", whose start is the consultation's date). The opinion's
/// own date comes first where a formula dates the act itself ("adopté lors de la séance du …",
/// "rendu le …", anywhere: an adoption page may close the document); a date cited after a legal
/// act, a delegation, a referral or a receipt is never the consultation's.
/// </summary>
public sealed partial class ConsultationExtractor : IFieldExtractor
{
    private static readonly string[] WrittenMarkers = ["consultation ecrite", "consulte par ecrit", "consultee par ecrit", "par voie ecrite", "consultation dematerialisee"];
    private static readonly string[] MeetingMarkers = ["seance", "reunion pleniere", "reuni en", "reunie en", "en pleniere", "en assemblee"];
    // In the header only, a meeting's name dates the opinion ("Réunion du bureau du 24 novembre 2026",
    // "Assemblée plénière du …", a chamber's "Assemblée générale du …", "Conseil d'administration du …");
    // in the opinion's text a meeting may be another body's.
    private static readonly string[] HeaderMeetingMarkers = ["reunion", "assemblee pleniere", "assemblee generale", "conseil d'administration", "session", "commission permanente"];
    private static readonly string[] ClosingMarkers = ["clotur", "close le", "clos le", "fin de la consultation"];

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.ParagraphsOf(SectionKind.Header).ToList();
        var paragraphs = header.Concat(context.ParagraphsOf(SectionKind.Opinion)).ToList();
        var folded = paragraphs.Select(TextFolding.Fold).ToList();
        bool Meeting(int i) => ContainsAny(folded[i], MeetingMarkers) || (i < header.Count && (ContainsAny(folded[i], HeaderMeetingMarkers) || DatedBureau().IsMatch(folded[i])));

        var consultation = Enumerable.Range(0, paragraphs.Count)
            .Where(i => ContainsAny(folded[i], WrittenMarkers) || Meeting(i) || folded[i].Contains("consulte"))
            .ToList();
        foreach (var i in consultation)
        {
            record.Consultation.Mode ??= ContainsAny(folded[i], WrittenMarkers) ? ConsultationMode.Written
                : Meeting(i) ? ConsultationMode.Meeting
                : null;
        }

        var own = OwnDate(context.Document.Text);
        // "Consultation écrite du 2 au 16 mars 2026": it opened on the 2nd and closed on the 16th.
        var span = consultation.Select(i => FrenchDate.FindRange(paragraphs[i])).FirstOrDefault(r => r is not null);
        var dates = consultation
            .Where(i => !ContainsAny(folded[i], ClosingMarkers))
            .Select(i => FrenchDate.FindRange(paragraphs[i])?.From
                ?? FrenchDate.FindAll(paragraphs[i]).Where(d => !Cited(paragraphs[i], d)).Select(d => (DateOnly?)d.Date).FirstOrDefault())
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        if (own is { } adopted)
        {
            record.Consultation.Date = adopted;
            dates.Remove(adopted);
            dates.Insert(0, adopted);
        }
        else if (dates.Count > 0)
            record.Consultation.Date = dates[0];
        if (dates.Count > 1)
            record.Warnings.Add($"plusieurs dates de consultation : {string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd")))} ; la première est retenue");

        var closing = Enumerable.Range(0, paragraphs.Count).FirstOrDefault(i => ContainsAny(folded[i], ClosingMarkers), -1);
        if (closing >= 0)
            record.Consultation.ClosedOn = FrenchDate.FindFirst(paragraphs[closing]);
        if (record.Consultation.Mode == ConsultationMode.Written)
            record.Consultation.ClosedOn ??= span?.To;
    }

    private static bool ContainsAny(string folded, string[] markers) => markers.Any(folded.Contains);

    private static string Before(string text, DateMatch date, int span) =>
        TextFolding.Fold(text.Substring(Math.Max(0, date.Index - span), Math.Min(span, date.Index)));

    // The first date that a formula gives to the act itself: "adopté le …", or a line opened by the
    // opinion's number and its date ("Avis n° 2029-04 du 14 mars 2029").
    private static DateOnly? OwnDate(string text) =>
        FrenchDate.FindAll(text).Where(d => Before(text, d, 50) is var before && (OwnAct().IsMatch(before) || NumberedOpinionLine().IsMatch(before)))
            .Select(d => (DateOnly?)d.Date).FirstOrDefault();

    private static bool Cited(string paragraph, DateMatch date) => CitedAct().IsMatch(Before(paragraph, date, 60));

    [GeneratedRegex(@"\b(?:adopte|rendu|delibere|emis|vote)e?s?\b(?: [^.\n]{0,30})? (?:le|du)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))? ?$")]
    private static partial Regex OwnAct();

    // At a line's start, not "… conformément à l'avis n° 12 du 3 mars": that one is cited.
    // "Bureau du 7 juin 2032": a header line naming the bureau's meeting by its date ("Avis du bureau du comité" names none).
    [GeneratedRegex(@"(?:^|\n)[ \t]*bureau du (?:1er|\d{1,2}) ")]
    private static partial Regex DatedBureau();

    [GeneratedRegex(@"(?:^|\n)[ \t]*avis (?:delibere )?n\W{0,2} ?[\w./-]+ du ?$")]
    private static partial Regex NumberedOpinionLine();

    [GeneratedRegex(@"\b(?:decret|arrete|loi|ordonnance|circulaire|article|code|delegation|saisie?|recu|accuse|courrier|courriel|lettre)\b[^.\n]*$")]
    private static partial Regex CitedAct();
}
