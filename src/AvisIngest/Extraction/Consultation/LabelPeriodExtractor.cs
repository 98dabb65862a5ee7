using System.Globalization;
using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Consultation;

/// <summary>The period of the requested label: "pour la période 2025-2027", "pour les années 2025 à 2027".</summary>
public sealed partial class LabelPeriodExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = context.TextOf(SectionKind.Header, SectionKind.Presentation, SectionKind.Perimeter, SectionKind.Opinion);
        var match = Period().Match(text);
        if (!match.Success)
            return;
        record.LabelPeriod.From = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        record.LabelPeriod.To = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?:pour la période|sur la période|pour les années|pour une durée courant)\s+(?:de\s+|du\s+)?(?<from>(?:19|20)\d{2})\s*(?:[-–/]|à|au)\s*(?<to>(?:19|20)\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex Period();
}
