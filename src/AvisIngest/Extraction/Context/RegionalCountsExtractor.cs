using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Context;

/// <summary>"quatorze CMQ ont obtenu le label dont dix en catégorie excellence" → 14 and 10.</summary>
public sealed partial class RegionalCountsExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = context.Has(SectionKind.Context) ? context.TextOf(SectionKind.Context) : context.Document.Text;
        var match = Counts().Match(text);
        if (!match.Success)
            return;
        record.Context.LabelledCampuses = FrenchNumber.Parse(match.Groups["all"].Value);
        if (match.Groups["excellence"].Success)
            record.Context.ExcellenceCampuses = FrenchNumber.Parse(match.Groups["excellence"].Value);
    }

    [GeneratedRegex(@"(?<all>" + FrenchNumber.Pattern + @")\s+(?:CMQ|campus)\b[^.\n]*?\b(?:label|labellisés?)\b(?:[^.\n]*?\bdont\s+(?<excellence>" + FrenchNumber.Pattern + @")\b[^.\n]*?excellence)?", RegexOptions.IgnoreCase)]
    private static partial Regex Counts();
}
