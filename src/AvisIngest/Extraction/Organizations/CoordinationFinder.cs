using System.Collections;
using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Proper names coordinated with an organisation already found: the items of one enumeration name
/// things of one kind ("Alstom, la SNCF et Keolis", "la FEHAP et la Fédération hospitalière de
/// France"). Only names joined to a found one, or to another such name, by a comma, "et", "ou" or
/// "ainsi que", with an article or none. Their category is their cue's, else the list's when a plural
/// cue named it ("les coopératives Unéal et Noriap"), else unknown.
/// </summary>
public sealed partial class CoordinationFinder(OrganizationCatalogue catalogue)
{
    /// <summary>The names coordinated with the found ones, or with those of <paramref name="from"/> only (all found still taken).</summary>
    public IEnumerable<OrganizationMention> Find(string text, IReadOnlyList<OrganizationMention> found, IReadOnlyList<OrganizationMention>? from = null)
    {
        // The characters already named, so that an overlap is checked in the name's length, not against every mention.
        var taken = new BitArray(text.Length);
        foreach (var m in found)
            Take(taken, m.Index, m.End);
        var pending = new Queue<OrganizationMention>(from ?? found);
        var added = new List<OrganizationMention>();
        while (pending.TryDequeue(out var mention))
        {
            foreach (var name in Neighbours(text, mention))
            {
                // A name of a kind's list already found with no category ("Cérésia et Vivescia ont ouvert …",
                // the verb's subject) is found again with the list's, which the longest-mention choice prefers; once
                // (the name found again is queued as any other, and its neighbours would find it again).
                if (IsTaken(taken, name.Index, name.End)
                    && !(mention.ListCategory is not null && !added.Any(a => a.Index == name.Index) && found.Any(f => f.Index == name.Index && f.End == name.End && f.Category is null)))
                    continue;
                var next = new OrganizationMention(name.Name, null, catalogue.CueIn(name.Name)?.Category ?? mention.ListCategory, name.Index, name.Name.Length)
                {
                    ListCategory = mention.ListCategory,
                };
                Take(taken, next.Index, next.End);
                added.Add(next);
                pending.Enqueue(next);
            }
        }
        return added;
    }

    // The names right after and right before a found one. Both searches look only at the words next
    // to it: from a position alone, a failed search would go on trying to the text's end (or start).
    private IEnumerable<(string Name, int Index, int End)> Neighbours(string text, OrganizationMention mention)
    {
        // "les quais de Ports de Lille, de Haropa Port et du Grand port maritime": a found name that is
        // the complement of a noun, with its own "de", is coordinated with names that have theirs.
        // After a plural kind the list is the kind's, with or without a "de" before the kind ("les
        // cliniques des groupes Ramsay Santé et Elsan").
        var start = Math.Max(0, mention.Index - 8);
        var complement = mention.ListCategory is null && OfJustBefore().IsMatch(text.AsSpan(start, mention.Index - start));
        var after = (complement ? AfterOf() : After()).Match(text, mention.End, Math.Min(Reach, text.Length - mention.End));
        if (after.Success && Named(after.Groups["name"]) is { } next && !GoesOnInLowerCase(text, next.End, inKindList: mention.ListCategory is not null) && !(complement && IsPlaceComplement(next.Name)))
            yield return next;
        var window = Math.Max(0, mention.Index - Reach);
        var near = Math.Max(window, mention.Index - 24);
        // A cheap look first: most found names have no separator just before them.
        if (!SeparatorJustBefore().IsMatch(text.AsSpan(near, mention.Index - near)))
            yield break;
        var before = (complement ? BeforeOf() : Before()).Match(text, window, mention.Index - window);
        // "à Arras et l'Institut …", "des lycées de Dunkerque, Calais et Étaples, l'Université …": places,
        // not partners; among complements, "les formations de Calais, de Dunkerque et de l'Université …",
        // the gazetteers tell the towns (IsPlaceComplement).
        if (before.Success && Named(before.Groups["name"]) is { } previous && !GoesOnInLowerCase(text, previous.End, inKindList: mention.ListCategory is not null)
            && (complement ? !IsPlaceComplement(previous.Name) : !IsPlaceList(text, before.Index)))
            yield return previous;
    }

    // Among complements a place is no partner ("les formations de Calais, de Dunkerque et de
    // l'Université …"): a commune, a pays, a town abroad, a region, a country (the gazetteers of
    // corpus/places/). Without them, one word was taken for a town, and "d'Oney" was lost. A known
    // organisation is not ("Hermès" folds to the Oise's Hermes).
    private bool IsPlaceComplement(string name) => catalogue.Find(name) is null && Gazetteer.IsPlace(name);

    // Whether the bare names ending at a position (no article: "Calais, Boulogne-sur-Mer et") follow a
    // preposition of place: walked back name by name, a few at most.
    private static bool IsPlaceList(string text, int index)
    {
        for (var names = 0; names < 8; names++)
        {
            if (AfterPlacePreposition().IsMatch(text.AsSpan(Math.Max(0, index - 12), Math.Min(12, index))))
                return true;
            var window = Math.Max(0, index - Reach);
            var bare = BareNameBefore().Match(text, window, index - window);
            if (!bare.Success)
                return false;
            index = bare.Index;
        }
        return false;
    }

    // "le CFA régional des métiers de l'agriculture": the name goes on in lower case, where it ends is unknown.
    // In a plural kind's list the kind is said already, and "pour" is the sentence's ("les groupes
    // Ramsay Santé et Elsan pour la chirurgie"), not a name's ("l'Association pour le développement …").
    private static bool GoesOnInLowerCase(string text, int end, bool inKindList) =>
        LowerCaseContinuation().Match(text, end, Math.Min(16, text.Length - end)) is { Success: true } continuation
        && !(inKindList && continuation.Groups["word"].Value == "pour");

    private static void Take(BitArray taken, int from, int to)
    {
        for (var i = from; i < to && i < taken.Length; i++)
            taken[i] = true;
    }

    private static bool IsTaken(BitArray taken, int from, int to)
    {
        for (var i = from; i < to && i < taken.Length; i++)
        {
            if (taken[i])
                return true;
        }
        return false;
    }

    /// <summary>How far from a found name (in characters, either side) its coordinated neighbour is looked for.</summary>
    private const int Reach = 200;

    private static (string Name, int Index, int End)? Named(Group group) => ProperName.ReadRightToLeft(group.Value, group.Index);

    private const string Separator = @"(?:[ \u00A0]*,[ \u00A0]*(?:et[ \u00A0]+)?|[ \u00A0]*\n?[ \u00A0]*(?:et|ou)[ \u00A0]*\n?[ \u00A0]*|[ \u00A0]*,?[ \u00A0]+ainsi[ \u00A0]+qu(?:e[ \u00A0]+|['’]))";

    private const string Article = @"(?:(?:[Ll]es?|[Ll]a|du|des|aux?|de[ \u00A0]+la)[ \u00A0]+|[LlDd]['’])?";

    // A complement's own "de": "de", "du", "des", "de la", "de l'", "d'".
    private const string Of = @"(?:(?:de(?:[ \u00A0]+la)?|du|des)[ \u00A0]+|d['’]|de[ \u00A0]+l['’])";

    [GeneratedRegex(@"(?<![\p{L}])" + Of + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex OfJustBefore();

    [GeneratedRegex(@"\G" + Separator + Of + @"(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex AfterOf();

    [GeneratedRegex(@"(?<![\p{L}])" + Of + @"(?<name>" + ProperName.Pattern + ")" + Separator + Of + @"\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex BeforeOf();

    [GeneratedRegex(@"\G[ \u00A0]+(?:(?<word>de|du|des|pour|en)[ \u00A0]+|d['’])\p{Ll}")]
    private static partial Regex LowerCaseContinuation();

    [GeneratedRegex(@"(?<![\p{L}])(?:à|au|en|de|dans|sur|vers|depuis)[ \u00A0]*\z")]
    private static partial Regex AfterPlacePreposition();

    [GeneratedRegex(@"\G" + Separator + Article + @"(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex After();

    [GeneratedRegex(@"(?:,|(?<![\p{L}])(?:et|ou|qu['’]|que))[ \u00A0\n]*(?:" + Of + "|" + Article + @")\z", RegexOptions.CultureInvariant)]
    private static partial Regex SeparatorJustBefore();

    // Right to left: a name without article, then a comma or "et" right before the position.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?:" + ProperName.Pattern + @")(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+et[ \u00A0]+)\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex BareNameBefore();

    // Right to left from the found name's start: the name just before it, then its separator.
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’])(?:[Ll]es?[ \u00A0]+|[Ll]a[ \u00A0]+|[Ll]['’])?(?<name>" + ProperName.Pattern + ")" + Separator + Article + @"\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex Before();
}
