using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>
/// The opinion number, from the header: the committee's form ("N° 2026 CE 02" → "2026CE02",
/// "2026CEO1" from a scan → "2026CE01"), else any body's "n°" followed by a code with a year
/// ("n° 2019-1234" → "2019-1234", "n°MRAe 2020ABC7" → "2020ABC7": a body's prefix is not part of
/// it). A number after the name of a legal act (décret, arrêté, loi, article…) is that act's, not
/// the opinion's, but for the deliberation that gives the opinion ("Délibération n° 2028-21 portant avis
/// sur …"); a number on a line that names the opinion ("Avis délibéré n° …") comes first.
/// </summary>
public sealed partial class OpinionNumberExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.TextOf(SectionKind.Header);
        var text = header.Length > 0 ? header : context.Document.Text;
        var match = Committee().Match(text);
        if (match.Success)
        {
            record.Number = Digits(match.Groups["year"].Value) + match.Groups["series"].Value.ToUpperInvariant() + Digits(match.Groups["seq"].Value);
            return;
        }
        // "Délibération n° 2028-21 portant avis sur …" is the act that gives this opinion: its number is the opinion's.
        var candidates = AnyBody().Matches(text).Where(m => !AfterLegalAct(text, m.Index) || Recognition.OpinionRecogniser.IsDeliberationGivingOpinion(LineOf(text, m.Index))).ToList();
        var chosen = candidates.FirstOrDefault(m => LineOf(text, m.Index).Contains("avis", StringComparison.OrdinalIgnoreCase)) ?? candidates.FirstOrDefault();
        if (chosen is not null)
            record.Number = chosen.Groups["code"].Value.Replace(" ", "");
    }

    // Scans give "2026 CE 01" or "2026CEO1": spaces are dropped, an O among digits is a 0.
    private static string Digits(string text) => text.Replace(" ", "").Replace('O', '0').Replace('o', '0');

    private static bool AfterLegalAct(string text, int index) =>
        LegalAct().IsMatch(text.AsSpan(Math.Max(0, index - 40), Math.Min(40, index)).ToString());

    private static string LineOf(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    [GeneratedRegex(@"\b(?:N|n)\s?(?:°|o\b|º)\s*(?<year>(?:19|20)[\dOo]{2})\s*(?<series>[A-Za-z]{1,4}?)\s*(?<seq>[\dOo]{1,3})\b")]
    private static partial Regex Committee();

    // "n° 2019-1234", "N° 2021-5163", "n°MRAe 2020ABC7", "n° 2020APNA28": a code that starts with a year.
    [GeneratedRegex(@"\b[Nn]\s?[°º]\s*(?:[A-Z][A-Za-z]{1,7}\s+)?(?<code>(?:19|20)\d{2}(?:[-/]?[A-Z]{0,6}[-/]?\d{1,6}|[A-Z]{1,6}\d{0,6}))\b")]
    private static partial Regex AnyBody();

    [GeneratedRegex(@"\b(?:d[ée]cret|arr[êe]t[ée]|loi|ordonnance|article|circulaire|r[èe]glement|d[ée]cision|d[ée]lib[ée]ration|directive|requ[êe]te)s?\b[^\n]{0,25}$", RegexOptions.IgnoreCase)]
    private static partial Regex LegalAct();
}
