using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The proper name after a participle of what an organisation runs, makes or funds and "par": "le port
/// de Dourges, exploité par Delta 3", "des cellules fabriquées par AESC", "des robots fournis par Stäubli",
/// "un programme financé par la Fondation de France", "les qualifications délivrées par Qualibat",
/// "des intérimaires recrutés par Adecco", "un projet porté par Eurasanté".
/// Running, making, designing, supplying, selling and hiring are a company's (unless the known list says
/// otherwise); managing, funding, delivering, awarding, accrediting, carrying, steering and leading give no category. Not a person named with a title ("géré par M. Dupont").
/// </summary>
public sealed partial class AgentFinder : NameInContextFinder
{
    protected override Regex Context => AgentAfterParticiple();

    protected override OrganizationCategory? CategoryOf(Match match) => match.Groups["company"].Success ? OrganizationCategory.Company : null;

    [GeneratedRegex(@"(?<![\p{L}])(?:(?<company>exploit|fabriqu|distribu|opér|recrut|embauch|employ)(?:é|ée|és|ées)|(?<company>produit|construit|fourni|conçu)(?:e|s|es)?|(?:gér|financ|cofinanc|délivr|décern|attribu|certifi|agré|accrédit|habilit|port|pilot|anim|coordonn)(?:é|ée|és|ées))[ \u00A0]+par[ \u00A0]+(?:(?:le|la|les)[ \u00A0]+|l['’])?(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AgentAfterParticiple();
}
