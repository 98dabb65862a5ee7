using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The proper names whose representatives, members or heads speak: "les représentants de Générations
/// Mouvement et d'Ensemble & Solidaires", "le président de la FRTP", "la directrice d'Autisme en Nord".
/// A council's opinion says who spoke for which body; the name tells no category. After a bare "de",
/// only a name of two words or an acronym ("le président de Région" is anyone's); never a person named
/// with a title nor a place ("les élus de Lille").
/// </summary>
public sealed partial class RepresentativeFinder : NameInContextFinder
{
    protected override Regex Context => NamesOfRepresented();

    protected override OrganizationCategory? CategoryOf(Match match) => null;

    private const string Of = @"(?:de[ \u00A0]+la[ \u00A0]+|de[ \u00A0]+l['’]|du[ \u00A0]+|des[ \u00A0]+|d['’]|de[ \u00A0]+(?=\p{Lu}[\p{L}\-]*(?:[ \u00A0]*[&\-][ \u00A0]*|[ \u00A0]+)\p{Lu}|\p{Lu}{2,}(?![\p{L}])))";

    // One name, or two joined by "et" ("de Générations Mouvement et d'Ensemble & Solidaires"): the name group captured for each.
    [GeneratedRegex(@"(?<![\p{L}])(?:représentante?s?|membres|adhérents|(?:vice-)?présidente?s?|directeur|directrice|délégué(?:e|s)?|porte-parole)[ \u00A0]+"
        + Of + "(?<name>" + ProperName.Pattern + @")(?:[ \u00A0]+et[ \u00A0]+" + Of + "(?<name>" + ProperName.Pattern + "))?", RegexOptions.CultureInvariant)]
    private static partial Regex NamesOfRepresented();
}
