using System.Text.RegularExpressions;
using AvisIngest.Extraction.Organizations;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Campus;

/// <summary>
/// The institution the campus is "adossé à" (or "porté par", "porté depuis 2021 par", that it
/// "a pour établissement support", that "en est l'établissement support", that is named
/// "X, établissement support," "X, qui porte le campus," or "l'établissement support est X"): a proper name, or a school named by its kind in lower case
/// ("le lycée hôtelier du Touquet": a school or university cue of corpus/organizations/cues.tsv),
/// then written with its capital; the town after it ("à Cottenchy") is not its name. Read in the campus's
/// description, else in the title.
/// </summary>
public sealed partial class SupportInstitutionExtractor(OrganizationCatalogue catalogue) : IFieldExtractor
{
    public SupportInstitutionExtractor() : this(OrganizationCatalogue.Default) { }

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var description = context.CampusDescription();
        // The campus's description first; then its title, which may say it alone ("…, porté par le lycée Louis
        // Blériot d'Étaples", "… (CMQ BPS), adossé à l'Université de Lille").
        var matches = Support().Matches(description).Concat(SupportIsSubject().Matches(description))
            .Concat(SupportInApposition().Matches(description)).Concat(SupportIsNamed().Matches(description))
            .Concat(Support().Matches(record.Title));
        foreach (Match match in matches)
        {
            var name = match.Groups["name"].Value.Trim();
            if (char.IsLower(name[0]) && !IsSchoolKind(name))
                continue;
            record.Campus.SupportInstitution = char.ToUpperInvariant(name[0]) + name[1..];
            return;
        }
    }

    private bool IsSchoolKind(string name) =>
        catalogue.Cues.Any(c => c.InName && c.Category is OrganizationCategory.School or OrganizationCategory.University
            && name.StartsWith(c.Word, StringComparison.OrdinalIgnoreCase) && (name.Length == c.Word.Length || !char.IsLetter(name[c.Word.Length])));

    // "Le lycée Félix Faure de Beauvais en est l'établissement support", "… en serait l'établissement support".
    [GeneratedRegex(@"(?:^|\n|\. )(?:[Ll]e |[Ll]a |[Ll]es |[Ll]')?(?<name>\p{L}[^,;.\n]{2,80}?) (?:en )?(?:est|sera|serait|reste|devient|deviendra) l'établissement support")]
    private static partial Regex SupportIsSubject();

    // "Le lycée Jean Bart de Dunkerque, établissement support, sollicite …", "…, son établissement support du campus, …";
    // "Le lycée Pierre d'Ailly, qui porte le campus depuis 2019, demande …", "…, porteur du campus, …".
    [GeneratedRegex(@"(?:^|\n|\. )(?:[Ll]e |[Ll]a |[Ll]es |[Ll]')(?<name>\p{L}[^,;.\n]{2,80}?), (?:(?:son |l')?établissement support\b|qui porte le campus\b|porteur du campus\b)")]
    private static partial Regex SupportInApposition();

    // "L'établissement support est le lycée Baudelaire de Roubaix.", "L'établissement support du campus, le lycée …, …".
    [GeneratedRegex(@"[Ll]'établissement support(?: du campus)?(?: est|,) (?:l'|la |le |les )(?<name>\p{L}[^,;.\n]*?)(?=\s*(?:,|;|\.|\n|$)|\s+à\s+\p{Lu})")]
    private static partial Regex SupportIsNamed();

    [GeneratedRegex(@"(?:[Aa]dossée?|[Pp]ortée?(?: depuis (?:19|20)\d\d)? par|[Rr]attachée?|pour établissement support)\s+(?:à |au |aux |par )?(?:l'|la |le |les )?(?<name>\p{L}[^,;.\n]*?(?:\([^)]*\))?)(?=\s*(?:,|;|\.|\n|$)|\s+à\s+\p{Lu})")]
    private static partial Regex Support();
}
