using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>The issuing committee: its name and acronym from the header, its region from the header or the opinion.</summary>
public sealed partial class IssuingBodyExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.TextOf(SectionKind.Header);
        var name = Name().Match(header);
        if (name.Success)
            record.Body.Name = name.Groups["name"].Value.Trim();
        var acronym = Acronym().Match(header.Length > 0 ? header : context.Document.Text);
        if (!acronym.Success)
            acronym = Acronym().Match(context.Document.Text);
        if (acronym.Success)
            record.Body.Acronym = acronym.Value;
        record.Body.Region = Gazetteer.FrenchRegions.FirstIn(header)
            ?? Gazetteer.FrenchRegions.FirstIn(context.TextOf(SectionKind.Opinion));
    }

    [GeneratedRegex(@"Avis (?:du |de la )(?<name>(?:Comité|Conseil|Commission)[^\n]*?)(?=\s*(?:\(|N\s?°|n\s?°|$|\n|\s-\s))", RegexOptions.Multiline)]
    private static partial Regex Name();

    [GeneratedRegex(@"\b(?:CoRE|CREFOP|CESER|COREF)\b")]
    private static partial Regex Acronym();
}
