using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>Excellence or standard label, from the title (and the campus acronym's "e").</summary>
public sealed class LabelCategoryExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var title = TextFolding.Fold(record.Title);
        if (title.Contains("excellence") || (record.Campus.Acronym?.StartsWith("CMQe", StringComparison.Ordinal) ?? false))
            record.Subject.Label = LabelCategory.Excellence;
        else if (title.Contains("label") || title.Contains("campus des metiers"))
            record.Subject.Label = LabelCategory.Standard;
    }
}
