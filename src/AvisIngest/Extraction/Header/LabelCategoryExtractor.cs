using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>
/// Excellence or standard label, from the title (and the campus acronym's "e"), or from where the
/// campus is described when the title does not say it ("une première demande de label, catégorie
/// excellence"). Not from the regional context, which counts other campuses ("dont onze labellisés
/// « excellence »").
/// </summary>
public sealed partial class LabelCategoryExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var title = TextFolding.Fold(record.Title);
        if (title.Contains("excellence") || (record.Campus.Acronym?.StartsWith("CMQe", StringComparison.Ordinal) ?? false)
            || ExcellenceAsked().IsMatch(TextFolding.Fold(context.CampusDescription())))
            record.Subject.Label = LabelCategory.Excellence;
        else if (title.Contains("label") || title.Contains("campus des metiers"))
            record.Subject.Label = LabelCategory.Standard;
    }

    // "label Excellence", "catégorie « excellence »", "label d'excellence" (folded text).
    [GeneratedRegex(@"\b(?:label|categorie)\s*[,:]?\s*(?:[«""“']\s*|d')?excellence\b")]
    private static partial Regex ExcellenceAsked();
}
