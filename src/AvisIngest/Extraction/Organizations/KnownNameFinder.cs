using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Every known organisation's name, acronym or other name, wherever it stands ("l'UPJV", "France
/// Chimie"). A known acronym followed by proper names is a branch of its own, of the same category
/// ("UIMM Grand Hainaut", "MEDEF Lille Métropole", "Greta de Lille"); so is any known name followed
/// by a region ("Transitions Pro Hauts-de-France"); a known company followed by proper names is one
/// of its companies ("Bouygues Bâtiment Nord-Est"); a known network's acronym after a hyphen closes
/// the name of one of its unions ("SNUipp-FSU").
/// </summary>
public sealed partial class KnownNameFinder(OrganizationCatalogue catalogue) : IOrganizationMentionFinder
{
    public IEnumerable<OrganizationMention> Find(string text)
    {
        var straight = text.Replace('’', '\'');
        var found = catalogue.KnownNames.FindAll(straight).ToList();
        var notOrganizations = catalogue.NotOrganizationNames.FindAll(straight).ToList();
        for (var i = 0; i < found.Count; i++)
        {
            var (index, length) = found[i];
            // "l'AMI CMA France 2030": a known name ("CMA France") that overlaps a listed phrase ("France 2030")
            // without holding it whole is part of that phrase.
            if (notOrganizations.Any(n => n.Index < index + length && index < n.Index + n.Length && !(index <= n.Index && n.Index + n.Length <= index + length)))
                continue;
            var value = straight.Substring(index, length);
            var known = catalogue.Find(value)!;
            // "le SNUipp-FSU", "le Sgen-CFDT": a known network's acronym after a hyphen closes the name of one of its
            // unions, an organisation of its own.
            if (known.Category == OrganizationCategory.Network && string.Equals(value, known.Acronym, StringComparison.OrdinalIgnoreCase)
                && HyphenatedStart(straight, index) is var start and >= 0)
            {
                yield return new OrganizationMention(straight[start..(index + length)], null, known.Category, start, index + length - start);
                continue;
            }
            // "Junia ISEN", "Junia HEI": a known school right before another, one space between, is that school of its group.
            if (i + 1 < found.Count && found[i + 1].Index == index + length + 1 && straight[index + length] == ' '
                && catalogue.Find(straight.Substring(found[i + 1].Index, found[i + 1].Length)) is { } second && second != known && second.Category == known.Category
                && known.Category == OrganizationCategory.School)
            {
                yield return new OrganizationMention(value + " " + straight.Substring(found[i + 1].Index, found[i + 1].Length), null, known.Category, index, length + 1 + found[i + 1].Length);
                i++;
                continue;
            }
            // Within the next words: from a position alone, a failed match would go on trying to the text's end.
            var after = index + length;
            var onlyAcronym = known.Acronym is null && known.Name.All(c => !char.IsLower(c));
            var acronymForm = OrganizationCatalogue.IsAcronymForm(known, value);
            var branch = Branch().Match(text, after, Math.Min(BranchReach, text.Length - after));
            // "de Lille" makes a local unit of a network known by its acronym alone ("Greta de Lille")
            // or of any network ("UIMM de la Somme"), not of a school with a full name ("l'ESAAT de
            // Roubaix" is the ESAAT).
            // A company's name followed by capitalised words names one of its companies ("Bouygues
            // Bâtiment Nord-Est", "Engie Solutions").
            var subsidiary = known.Category == OrganizationCategory.Company && !branch.Groups["de"].Success;
            // A public body's acronym with its département or region is that body's service there
            // ("la DDTM du Nord", "la DDETS du Pas-de-Calais").
            var territorialService = acronymForm && known.Category == OrganizationCategory.Institution && IsRegion(branch.Groups["place"].Value);
            // "le site GSK de Saint-Amand-les-Eaux": a company's town after "de" is one of its sites, not a company of its own.
            if (branch.Success && !subsidiary && !territorialService && (!(acronymForm || IsRegion(branch.Value)) || (branch.Groups["de"].Success && !onlyAcronym && known.Category != OrganizationCategory.Network)
                || (branch.Groups["de"].Success && known.Category == OrganizationCategory.Company)))
                branch = Match.Empty;
            // "les Geiq, dont le GEIQ Propreté", "que les GRETA disposent de jurys": an acronym after a plural
            // determiner names the bodies of that kind, not one of them.
            if (!branch.Success && catalogue.NamesAKind(straight, index, value))
                continue;
            // "le rectorat de Lille", "le rectorat de l'académie de Lille": that place's body, named
            // the same way however the place is written; by its acronym when it has one ("Crous de Lille").
            if (!branch.Success && catalogue.HasSeats(known) && Seat().Match(text, after, Math.Min(BranchReach, text.Length - after)) is { Success: true } seat)
            {
                var place = seat.Groups["place"].Value;
                yield return new OrganizationMention((known.Acronym ?? known.Name) + " " + ProperName.OfPlace(place), null, known.Category, index, length + seat.Length);
                continue;
            }
            // "le Comité régional UFOLEP", "la Ligue départementale UNSS du Nord": a network's regional or
            // departmental unit, named by its kind before the network's acronym, is a body of its own.
            if (known.Category == OrganizationCategory.Network && acronymForm
                && UnitKindBefore().Match(straight, Math.Max(0, index - UnitKindReach), index - Math.Max(0, index - UnitKindReach)) is { Success: true } unit)
            {
                yield return new OrganizationMention(unit.Groups["kind"].Value + " " + value + (branch.Success ? branch.Value : ""), null, known.Category, unit.Index, index + length + (branch.Success ? branch.Length : 0) - unit.Index);
                continue;
            }
            yield return branch.Success
                ? new OrganizationMention(value + branch.Value, null, known.Category, index, length + branch.Length)
                : new OrganizationMention(known.Name, known.Acronym, known.Category, index, length);
        }
    }

    // How far before a known acronym (in characters) its unit's kind is looked for ("Ligue départementale ").
    private const int UnitKindReach = 40;

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>(?:Comité|Ligue|Union|Fédération|Délégation|Conseil)[ \u00A0]+(?:régional|départemental|territorial|local)e?)[ \u00A0]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex UnitKindBefore();

    // Where the capitalised word joined by a hyphen right before a position starts ("SNUipp" in "SNUipp-FSU"), or -1.
    private static int HyphenatedStart(string text, int index)
    {
        if (index < 3 || text[index - 1] != '-')
            return -1;
        var start = index - 1;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1]))
            start--;
        return index - 1 - start >= 2 && char.IsUpper(text[start]) && (start == 0 || !(char.IsLetter(text[start - 1]) || text[start - 1] == '-')) ? start : -1;
    }

    /// <summary>The most characters a branch's place may take after the known name.</summary>
    private const int BranchReach = 120;

    // "de Lille", "d'Amiens", "de l'académie de Lille" (an académie is the education authority's area, named by its town).
    [GeneratedRegex(@"\G[ \u00A0]+(?:de[ \u00A0]+|d['’])(?:l['’]académie[ \u00A0]+(?:de[ \u00A0]+|d['’]))?(?<place>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Seat();

    // Today's regions or those merged in 2016 ("MSA Nord-Pas de Calais"), however hyphenated, one of
    // the region's départements ("Réseau Entreprendre Nord", "Initiative Somme"), or such places
    // joined by a hyphen, as bodies name their area ("Carsat Nord-Picardie").
    private static bool IsRegion(string words) =>
        IsRegionOrDepartement(words) || (words.Trim().Split('-') is { Length: 2 } parts && parts.All(IsRegionOrDepartement));

    private static bool IsRegionOrDepartement(string words) => Gazetteer.FrenchRegionsOldAndNew.IsWhole(words) || Gazetteer.HautsDeFranceDepartements.Contains(words.Trim());

    // "UIMM Grand Hainaut", "Greta de Lille", "CCI d'Amiens", "UIMM de la Somme": a place after the acronym.
    [GeneratedRegex(@"\G[ \u00A0]+(?<de>(?:de|du)[ \u00A0]+(?:la[ \u00A0]+|l['’])?|d['’])?(?<place>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex Branch();
}
