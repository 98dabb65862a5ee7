using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The institution the campus is "adossé à" (or "porté par", "porté depuis 2021 par", or that it
/// "a pour établissement support"): a proper name, or a school named by its kind in lower case
/// ("le lycée hôtelier du Touquet"), then written with its capital; the town after it ("à
/// Cottenchy") is not its name.
/// </summary>
public sealed partial class SupportInstitutionExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var match = Support().Match(context.CampusDescription());
        if (!match.Success)
            return;
        var name = match.Groups["name"].Value.Trim();
        record.Campus.SupportInstitution = char.ToUpperInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex(@"(?:[Aa]dossée?|[Pp]ortée?(?: depuis (?:19|20)\d\d)? par|[Rr]attachée?|pour établissement support)\s+(?:à |au |aux |par )?(?:l'|la |le |les )?(?<name>(?:\p{Lu}|(?:lycée|école|institut|université|CFA)\b)[^,;.\n]*?(?:\([^)]*\))?)(?=\s*(?:,|;|\.|\n|$)|\s+à\s+\p{Lu})")]
    private static partial Regex Support();
}
