using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The towns of the campus's sites, from a list such as "(sept sites : Roubaix, Amiens, …, Saint-Quentin,
/// Valenciennes et Calais)". A stated count that disagrees with the list gets a warning.
/// </summary>
public sealed partial class SitesExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        if (Window.FirstMatch(context.Document.Text) is not { } match)
            return;
        var towns = ListSplitter.Split(match.Groups["list"].Value)
            .Where(t => t.Length > 0 && char.IsUpper(t[0]))
            .Distinct()
            .ToList();
        record.Campus.Sites.AddRange(towns);
        if (match.Groups["count"].Success && FrenchNumber.Parse(match.Groups["count"].Value) is { } stated && stated != towns.Count)
            record.Warnings.Add($"le texte annonce {stated} sites mais en nomme {towns.Count}");
    }

    private static readonly KeywordWindow Window = new(SiteWord(), SiteList(), before: 40, after: 400);

    [GeneratedRegex(@"\b(?:sites|implantations|antennes)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteWord();

    [GeneratedRegex(@"(?:(?<count>" + FrenchNumber.Pattern + @")\s+)?(?:sites|implantations|antennes)\s*(?::|sont\s*:?|situés à|répartis (?:à|entre))\s*(?<list>[^()\n.;:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SiteList();
}
