using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>Earlier names of the campus: "sous l'appellation X", "anciennement X", "ex-X".</summary>
public sealed partial class FormerNamesExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        foreach (Match match in FormerName().Matches(context.CampusDescription()))
        {
            var name = match.Groups["name"].Value.Trim();
            if (name.Length > 0 && !record.Campus.FormerNames.Contains(name))
                record.Campus.FormerNames.Add(name);
        }
    }

    [GeneratedRegex(@"(?:sous l'appellation|sous le nom(?: de)?|anciennement(?: (?:dénommé|appelé|nommé)e?)?|précédemment (?:dénommé|appelé|nommé)e?)\s+(?:«\s*)?(?<name>\p{Lu}[^,;.»\n]*?(?:\([^)]*\))?)(?=\s*(?:»|,|;|\.|\n|$| puis))")]
    private static partial Regex FormerName();
}
