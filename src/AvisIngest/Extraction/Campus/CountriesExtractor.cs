using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>Foreign countries and regions of cooperation named anywhere but in the regional context.</summary>
public sealed class CountriesExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var kinds = Enum.GetValues<SectionKind>().Where(k => k is not SectionKind.Context and not SectionKind.Header).ToArray();
        record.Campus.Countries.AddRange(Gazetteer.Countries.FindAll(context.TextOf(kinds)));
    }
}
