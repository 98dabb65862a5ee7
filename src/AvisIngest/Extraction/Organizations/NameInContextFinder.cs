using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The proper name a context says is an organisation ("chez …", "exploité par …", "…, dont le siège
/// est …"): the context's pattern captures it as <c>name</c>; a person named with a title is not read
/// ("chez M. Dupont"), nor a place. The known list's category wins over the context's where it has one (linker).
/// </summary>
public abstract class NameInContextFinder : IOrganizationMentionFinder
{
    /// <summary>The context, with the name as its <c>name</c> group (captured once per name where the context lists two).</summary>
    protected abstract Regex Context { get; }

    /// <summary>The category the context gives, or null when it tells none.</summary>
    protected abstract OrganizationCategory? CategoryOf(Match match);

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in Context.Matches(text))
        {
            foreach (Capture name in match.Groups["name"].Captures)
            {
                // "les salariés de Roubaix": a name that is only a place is the place (a known organisation
                // named as a town, "Hermès", is the known list's to find).
                if (ProperName.NotAPerson(name) is not { } said || Values.Gazetteer.IsPlace(said.Name))
                    continue;
                yield return new OrganizationMention(said.Name, CueFinder.AcronymAfter(text, said.End), CategoryOf(match), said.Index, said.Name.Length);
            }
        }
    }
}
