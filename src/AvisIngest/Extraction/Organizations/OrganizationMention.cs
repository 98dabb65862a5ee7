using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>A name found in the text, with its acronym when the text gives one, and the category its context suggests.</summary>
/// <param name="Index">Where the mention starts in the text searched, to keep organisations in order of first mention.</param>
/// <param name="Length">How much of the text it covers: a mention inside a longer one is part of it.</param>
public sealed record OrganizationMention(string Name, string? Acronym, OrganizationCategory? Category, int Index, int Length)
{
    public int End => Index + Length;

    /// <summary>
    /// The category the names coordinated with this one share, when its cue named a list ("les
    /// coopératives Unéal et Noriap": both cooperatives); null when each name's is its own.
    /// </summary>
    public OrganizationCategory? ListCategory { get; init; }

    /// <summary>
    /// Whether a mention with a longer name covers part of this one: the longer reading wins ("École Supérieure
    /// d'Arts Appliqués" in "… Appliqués et Textile", "la Chambre" in "la Chambre de commerce …"). Of two
    /// readings of the same name, the one that also read its acronym in brackets wins: kept apart, the
    /// full name and "(Ademe)" became two organisations.
    /// </summary>
    public bool IsInside(OrganizationMention other) =>
        other.Index < End && Index < other.End
        && (other.Name.Length > Name.Length || (other.Name.Length == Name.Length && Acronym is null && other.Acronym is not null));
}

/// <summary>Finds organisation mentions in a text of one kind (after a cue word, in a partner list, …).</summary>
public interface IOrganizationMentionFinder
{
    IEnumerable<OrganizationMention> Find(string text);
}
