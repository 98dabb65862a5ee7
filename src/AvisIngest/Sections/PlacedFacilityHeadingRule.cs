using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>
/// A heading that names a facility and the commune it stands in is the emblematic site's: "Le
/// plateau technique de Bruay-la-Buissière", "Une cuverie-école à Crézancy", "Le hangar-école de
/// Tillé". The facility is a word of the campuses' places (a workshop, a platform, a hangar, a
/// hall…), the commune one of the gazetteer's (corpus/places/): "Le territoire de Lens" names no
/// facility, "L'atelier des formateurs" no commune.
/// </summary>
public sealed partial class PlacedFacilityHeadingRule : IHeadingRule
{
    /// <summary>The most words between the facility and its commune ("technique", "partagé", "pédagogique").</summary>
    private const int MaxWordsBetween = 3;

    public SectionKind Kind => SectionKind.Site;

    public SectionKind? Match(Heading heading)
    {
        if (heading.Numbering is HeadingNumbering.Decimal or HeadingNumbering.LowerLetter || Facility().Match(heading.Key) is not { Success: true } facility)
            return null;
        // The commune follows the first "de", "du", "d'", "à" or "au" within reach of the facility.
        return Link().Match(heading.Key, facility.Length) is { Success: true } link
            && heading.Key.AsSpan(facility.Length, link.Index - facility.Length).Count(' ') <= MaxWordsBetween
            && Gazetteer.Communes.IsWhole(heading.Key[(link.Index + link.Length)..]) ? SectionKind.Site : null;
    }

    // The key is folded (lower case, no accents): an article, then the facility, maybe hyphenated ("hangar-école").
    [GeneratedRegex(@"^(?:le |la |l'|les |un |une |des )?(?:site|lieu|plateau|atelier|hangar|halle|hall|cuisine|cuverie|maison|plateforme|batiment|centre|ferme|usine|tiers-lieu|fablab|campus|pole|espace|parc|chai|cave|serre|quai|port|ponton|bassin|dock|entrepot|garage|salle|studio|laboratoire|restaurant|hotel|jardin|domaine|piste|circuit|station|base)(?:-[a-z]+)?(?![a-z])")]
    private static partial Regex Facility();

    [GeneratedRegex(@" (?:de|du|a|au) | d'")]
    private static partial Regex Link();
}
