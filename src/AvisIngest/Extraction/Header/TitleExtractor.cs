using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>
/// The subject line(s) "Concernant ...", "Demande de ..." of the header, already joined into one paragraph; else the
/// genre's title that says what the opinion is about ("Avis n° 2026-05 sur le plan …"), not a
/// letterhead above it; else the line that names a campus.
/// </summary>
public sealed partial class TitleExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.ParagraphsOf(SectionKind.Header);
        var subject = header.FirstOrDefault(p =>
            p.StartsWith("Concernant", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Objet", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Relatif", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Portant sur", StringComparison.OrdinalIgnoreCase)
            // "Demande de label « Campus des métiers et des qualifications » Commerce, …": what is asked.
            || p.StartsWith("Demande de ", StringComparison.OrdinalIgnoreCase));
        if (subject is not null)
        {
            record.Title = subject.TrimEnd(' ', ':');
            return;
        }
        // "Délibération n° 2028-21 portant avis sur le projet …": an assembly's act that gives its opinion.
        var genreTitle = header.FirstOrDefault(p => (Recognition.OpinionRecogniser.IsGenreTitle(p) || Recognition.OpinionRecogniser.IsDeliberationGivingOpinion(p)) && StatesSubject().IsMatch(p));
        if (genreTitle is not null)
        {
            record.Title = genreTitle.TrimEnd(' ', ':');
            return;
        }
        // "Renouvellement du label du Campus des métiers et des qualifications « … »" on a line of its own
        // under the letterhead: the line that names the campus says what the opinion is about.
        var campusTitle = header.FirstOrDefault(p => Campus.CampusSubject.IsNamedIn(p) && !p.StartsWith("Vu ", StringComparison.Ordinal));
        if (campusTitle is not null)
        {
            record.Title = campusTitle.TrimEnd(' ', ':');
            return;
        }
        var first = header.FirstOrDefault() ?? context.Document.Paragraphs.Select(context.Document.TextOf).FirstOrDefault() ?? "";
        record.Title = first;
        record.Warnings.Add("pas de ligne « Concernant … » : le titre est la première ligne du document");
    }

    // "Avis n° 2026-05 sur …", "Rapport-avis … relatif au …", "Avis n° 2026CE23 – Campus …": a title
    // that says what it is about (a dash between spaces, or a colon, after the number); not the meeting
    // that gave it ("Avis n° 2035CE04 – séance plénière du 28 janvier 2035").
    [GeneratedRegex(@"\b(?:sur|relatif|relative|concernant|portant)\b|\bn\s?[°º]\s*\S+(?:\s+[–—-]|\s*:)\s+(?!(?:séance|seance|réunion|reunion|session|bureau|assemblée|commission|plénière|pleniere|adopté|adopte|rendu|du|le)\b)\p{L}", RegexOptions.IgnoreCase)]
    private static partial Regex StatesSubject();
}
