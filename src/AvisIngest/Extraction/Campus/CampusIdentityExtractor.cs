using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The campus's acronym and theme from "Campus des Métiers et des Qualifications [d'Excellence]
/// THEME (ACRONYM)": the presentation first (where the campus names itself), then the title.
/// When the two spell the theme differently, the presentation wins and a warning says so. A
/// campus named without an acronym at the title's end has its theme, no acronym; a quoted theme
/// is named without its quotes, up to the closing quote.
/// </summary>
public sealed partial class CampusIdentityExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var inPresentation = Identity().Match(context.TextOf(SectionKind.Presentation, SectionKind.Perimeter));
        var inTitle = Identity().Match(record.Title);
        var best = inPresentation.Success ? inPresentation : inTitle;
        if (!best.Success)
        {
            var bare = Regex.Match(record.Title, @"\((?<acronym>" + CampusAcronym.Pattern + @")\)");
            if (bare.Success)
                record.Campus.Acronym = CampusAcronym.Normalise(bare.Groups["acronym"].Value);
            // A campus named without its acronym at the title's end ("… du Campus des métiers et des
            // qualifications Tourisme et hospitalité Côte d'Opale"): its theme is the rest of the title.
            else if (ThemeEndingTitle().Match(record.Title) is { Success: true } theme)
                record.Campus.Theme = ThemeOf(theme);
            return;
        }
        record.Campus.Acronym = CampusAcronym.Normalise(best.Groups["acronym"].Value);
        record.Campus.Theme = ThemeOf(best);
        if (inPresentation.Success && inTitle.Success && !TextFolding.FoldedEquals(ThemeOf(inPresentation), ThemeOf(inTitle)))
        {
            record.Warnings.Add(
                $"le thème du campus s'écrit « {ThemeOf(inTitle)} » dans le titre et « {record.Campus.Theme} » dans la présentation : la présentation est retenue");
        }
    }

    // A theme may be quoted ("… qualifications « Industries de la mer »"): the quotes are not its name.
    private static string ThemeOf(Match match) => match.Groups["theme"].Value.Trim().Trim('«', '»', '"', '“', '”').Trim();

    [GeneratedRegex(@"Campus des [Mm]étiers et des [Qq]ualifications(?: d'[Ee]xcellence)?\s+(?<theme>[^()\n]+?)\s*\((?<acronym>" + CampusAcronym.Pattern + @")\)")]
    private static partial Regex Identity();

    // The label's name may be quoted on its own, the theme after it ("« Campus des métiers et des qualifications » Commerce, …").
    [GeneratedRegex(@"Campus des [Mm]étiers et des [Qq]ualifications(?: d'[Ee]xcellence)?(?:\s*[»""”])?\s+(?:[«""“]\s*(?<theme>[^»""”\n]+?)\s*[»""”]|(?<theme>\p{Lu}[^()\n]*?)[\s.]*$)")]
    private static partial Regex ThemeEndingTitle();
}
