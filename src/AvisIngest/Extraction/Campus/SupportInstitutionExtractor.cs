using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>The institution the campus is "adossé à" (or "porté par").</summary>
public sealed partial class SupportInstitutionExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var match = Support().Match(context.CampusDescription());
        if (match.Success)
            record.Campus.SupportInstitution = match.Groups["name"].Value.Trim();
    }

    [GeneratedRegex(@"(?:[Aa]dossée?|[Pp]ortée? par|[Rr]attachée?)\s+(?:à |au |aux |par )?(?:l'|la |le |les )?(?<name>\p{Lu}[^,;.\n]*?(?:\([^)]*\))?)(?=\s*(?:,|;|\.|\n|$))")]
    private static partial Regex Support();
}
