using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Consultation;

/// <summary>
/// How and when the committee was consulted: "Consultation écrite du CoRE du 19 janvier 2026" in
/// the header, "consulté par écrit le …" or "réuni en séance plénière le …" in the opinion, and
/// for written consultations the closing date ("s'est clôturée le 02 février 2026").
/// </summary>
public sealed class ConsultationExtractor : IFieldExtractor
{
    private static readonly string[] WrittenMarkers = ["consultation ecrite", "consulte par ecrit", "consultee par ecrit", "par voie ecrite", "consultation dematerialisee"];
    private static readonly string[] MeetingMarkers = ["seance", "reunion pleniere", "reuni en", "reunie en", "en pleniere", "en assemblee"];
    private static readonly string[] ClosingMarkers = ["clotur", "close le", "clos le", "fin de la consultation"];

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var paragraphs = context.ParagraphsOf(SectionKind.Header).Concat(context.ParagraphsOf(SectionKind.Opinion)).ToList();
        var folded = paragraphs.Select(TextFolding.Fold).ToList();

        var consultation = Enumerable.Range(0, paragraphs.Count)
            .Where(i => ContainsAny(folded[i], WrittenMarkers) || ContainsAny(folded[i], MeetingMarkers) || folded[i].Contains("consulte"))
            .ToList();
        foreach (var i in consultation)
        {
            record.Consultation.Mode ??= ContainsAny(folded[i], WrittenMarkers) ? ConsultationMode.Written
                : ContainsAny(folded[i], MeetingMarkers) ? ConsultationMode.Meeting
                : null;
        }

        var dates = consultation
            .Where(i => !ContainsAny(folded[i], ClosingMarkers))
            .Select(i => FrenchDate.FindFirst(paragraphs[i]))
            .OfType<DateOnly>()
            .Distinct()
            .ToList();
        if (dates.Count > 0)
            record.Consultation.Date = dates[0];
        if (dates.Count > 1)
            record.Warnings.Add($"plusieurs dates de consultation : {string.Join(", ", dates.Select(d => d.ToString("yyyy-MM-dd")))} ; la première est retenue");

        var closing = Enumerable.Range(0, paragraphs.Count).FirstOrDefault(i => ContainsAny(folded[i], ClosingMarkers), -1);
        if (closing >= 0)
            record.Consultation.ClosedOn = FrenchDate.FindFirst(paragraphs[closing]);
    }

    private static bool ContainsAny(string folded, string[] markers) => markers.Any(folded.Contains);
}
