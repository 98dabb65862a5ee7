using AvisIngest.Records;

namespace AvisIngest.Extraction;

/// <summary>Fills in one field (or one small group of fields) of the record from the segmented text.</summary>
public interface IFieldExtractor
{
    void Extract(ExtractionContext context, OpinionRecord record);
}
