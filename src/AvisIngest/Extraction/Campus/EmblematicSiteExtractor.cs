using System.Text.RegularExpressions;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The emblematic site's name: from the site heading ("Site emblématique : le HUB de l'Energie")
/// or the sentence "X, lieu emblématique du …", "Le lieu emblématique (vitrine, totem) est X …", or
/// "X sera le lieu emblématique du campus".
/// When both name it, the spelling of the body text
/// is kept (headings often lose their accents: "Energie" for "Énergie").
/// </summary>
public sealed partial class EmblematicSiteExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var fromHeading = context.HeadingsOf(SectionKind.Site)
            .Select(h => HeadingName().Match(h))
            .Where(m => m.Success)
            .Select(m => m.Groups["name"].Value.Trim())
            .FirstOrDefault();
        var text = context.TextOf(SectionKind.Site, SectionKind.Presentation, SectionKind.Perimeter);
        var inBody = BodyName().Match(text);
        if (!inBody.Success)
            inBody = SiteIsName().Match(text);
        if (!inBody.Success)
            inBody = NameIsSite().Match(text);
        var fromBody = inBody.Success ? inBody.Groups["name"].Value.Trim() : null;

        if (fromHeading is not null && fromBody is not null && !TextFolding.FoldedEquals(fromHeading, fromBody))
            record.Warnings.Add($"site emblématique nommé « {fromHeading} » dans le titre et « {fromBody} » dans le texte : le titre est retenu");
        record.Campus.EmblematicSite = fromHeading is not null && fromBody is not null && TextFolding.FoldedEquals(fromHeading, fromBody)
            ? fromBody
            : fromHeading ?? fromBody;
    }

    [GeneratedRegex(@"(?:site|lieu) (?:emblématique|totem)\s*:\s*(?:le |la |les |l')?(?<name>.+?)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadingName();

    [GeneratedRegex(@"(?:^|\n|\. )(?:Le |La |Les |L')(?<name>\p{Lu}[^,\n]{1,60}?),\s+(?:lieu|site) emblématique")]
    private static partial Regex BodyName();

    // "Le lieu emblématique retenu est l'atelier de formation bâti sur …", "Le lieu vitrine du campus
    // sera la halle technologique d'Estrées-Mons, ouverte …": the name, up to the clause's punctuation
    // or the participle or relative pronoun that starts describing it.
    [GeneratedRegex(@"(?:^|\n|\. )(?:Le|Son) (?:lieu|site) (?:emblématique|vitrine|totem|phare)(?: du campus| retenu| choisi)? (?:est|sera|reste|demeure|devient) (?:le |la |les |l')(?<name>[^,.;\n]{3,80}?)(?=\s*(?:[,.;\n]|$)|\s+" + Describing + ")")]
    private static partial Regex SiteIsName();

    // "Le futur plateau technique de Beauvais sera le lieu emblématique du campus", "La plateforme
    // installée sur le site de … sera le lieu emblématique": the subject, up to what describes it.
    [GeneratedRegex(@"(?:^|\n|\. )(?:Le |La |Les |L')(?<name>[^,.;\n]{3,80}?)(?:\s+" + Describing + @"[^,.;\n]*?)? (?:est|sera|reste|demeure|devient|deviendra|constitue|constituera) (?:le|son) (?:lieu|site) (?:emblématique|vitrine|totem|phare)")]
    private static partial Regex NameIsSite();

    // Words that start describing a site after its name: a relative pronoun or a participle.
    private const string Describing = @"(?:qui|que|dont|ouverte?s?|bâtie?s?|rénovée?s?|installée?s?|située?s?|implantée?s?|mise?s?|construite?s?|inaugurée?s?|aménagée?s?)\b";
}
