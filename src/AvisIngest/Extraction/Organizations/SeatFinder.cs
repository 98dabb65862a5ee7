using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A name said to have a head office, in an apposition: "Vertbaudet, dont le siège est à Tourcoing,",
/// "Roquette, dont le siège social est à Lestrem". An opinion says it of companies (the known list's
/// category wins where it has one). Not a person with a title ("M. Dupont, dont le siège …" is no one's).
/// </summary>
public sealed partial class SeatFinder : NameInContextFinder
{
    protected override Regex Context => NameWithSeat();

    protected override OrganizationCategory? CategoryOf(Match match) => OrganizationCategory.Company;

    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?<name>" + ProperName.Pattern + @")[ \u00A0]*,[ \u00A0]*dont[ \u00A0]+(?:le|son)[ \u00A0]+siège(?:[ \u00A0]+social)?[ \u00A0]+est(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex NameWithSeat();
}
