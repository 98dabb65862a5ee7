using System.Globalization;
using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The year the campus was first labelled ("labellisé en avril 2022", "initialement labellisé en
/// 2015") and the year it became excellence ("distingué par le label d'excellence en 2021").
/// </summary>
public sealed partial class LabelYearsExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = context.CampusDescription();
        var excellence = ExcellenceSince().Match(text);
        if (excellence.Success)
            record.Campus.ExcellenceSinceYear = Year(excellence);
        var first = FirstLabelled().Match(text);
        if (first.Success)
            record.Campus.FirstLabelledYear = Year(first);
    }

    private static int Year(Match match) => int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);

    private const string MonthOrDay = @"(?:(?:le |en )?(?:\d{1,2}(?:er)? )?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?";

    [GeneratedRegex(@"(?:initialement |d'abord |première fois |premier )?(?:labellisée?|créée?|label obtenu)s?\s+(?:en|depuis|dès|le|au|à)\s+(?:\d{1,2}(?:er)?\s+)?" + MonthOrDay + @"(?<year>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex FirstLabelled();

    [GeneratedRegex(@"label (?:d'excellence|« ?excellence ?»|""excellence"")[^.\n]{0,40}?\b(?:en|depuis|dès)\s+" + MonthOrDay + @"(?<year>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex ExcellenceSince();
}
