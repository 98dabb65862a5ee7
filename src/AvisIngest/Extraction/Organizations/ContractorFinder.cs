using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The proper name a task is given to, after a participle of commissioning and "à", in the same
/// clause: "a commandé une étude des besoins à Kantar", "a confié ses réseaux à Axione", and the
/// names of a parallel "et … à …" ("… l'évaluation à Ipsos et l'accompagnement à France Active").
/// One orders a study or subcontracts from a company; one entrusts or delegates to any body (no
/// category then, unless the known list tells it). Not a person with a title, nor a public body named
/// by its common noun ("à la Région").
/// </summary>
public sealed partial class ContractorFinder : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in Commissioned().Matches(text))
        {
            var category = match.Groups["company"].Success ? OrganizationCategory.Company : (OrganizationCategory?)null;
            for (var name = match.Groups["name"]; ;)
            {
                if (ProperName.NotAPerson(name) is { } said && !ActivitySubjectFinder.IsPublicBodyNoun(said.Name))
                    yield return new OrganizationMention(said.Name, CueFinder.AcronymAfter(text, said.End), category, said.Index, said.Name.Length);
                if (ParallelTask().Match(text, name.Index + name.Length, Math.Min(ParallelReach, text.Length - name.Index - name.Length)) is not { Success: true } next)
                    break;
                name = next.Groups["name"];
            }
        }
    }

    /// <summary>The most characters of a parallel task between "et" and its "à" ("et l'accompagnement des structures").</summary>
    private const int ParallelReach = 80;

    // The task may hold an "à" of its own before a word in lower case ("l'aide à domicile à Ipsos").
    [GeneratedRegex(@"(?<![\p{L}])(?:(?<company>command|sous-trait)|confi|attribu|délégu)(?:é|ée|és|ées)(?![\p{L}])[^.;:!?\n]{0,80}?[ \u00A0]à[ \u00A0]+(?:(?:la|le|les)[ \u00A0]+|l['’])?(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Commissioned();

    [GeneratedRegex(@"\G[ \u00A0]+et[ \u00A0]+[^.;:!?\n]{1,60}?[ \u00A0]à[ \u00A0]+(?:(?:la|le|les)[ \u00A0]+|l['’])?(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ParallelTask();
}
