using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// Runs a campus field's extractor only on an opinion about a campus: in a regional plan's or an
/// environmental authority's opinion, a membership, a period or a list of towns belongs to
/// something else, and the campus fields stay empty.
/// </summary>
public sealed class CampusOnly(IFieldExtractor inner) : IFieldExtractor
{
    /// <summary>The extractor this one runs.</summary>
    public IFieldExtractor Inner => inner;

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        if (context.IsAboutCampus(record))
            inner.Extract(context, record);
    }
}
