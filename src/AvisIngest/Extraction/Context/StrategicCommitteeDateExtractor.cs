using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Context;

/// <summary>
/// When the regional strategic committee (COSTRA) last met: the first "réuni le DATE" after the
/// committee is named.
/// </summary>
public sealed partial class StrategicCommitteeDateExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = context.Has(SectionKind.Context) ? context.TextOf(SectionKind.Context) : context.Document.Text;
        var committee = Committee().Match(text);
        if (!committee.Success)
            return;
        var met = Met().Match(text, committee.Index);
        if (met.Success)
            record.Context.StrategicCommitteeDate = FrenchDate.FindFirst(text, met.Index);
    }

    [GeneratedRegex(@"COSTRA|comité stratégique régional|COmité STRAtégique", RegexOptions.IgnoreCase)]
    private static partial Regex Committee();

    [GeneratedRegex(@"\bréunie?s?\b|\bs'est tenue?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Met();
}
