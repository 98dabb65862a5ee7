using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// A list of place names found in a text however it hyphenates, accents or capitalises them,
/// and reported by their canonical spelling. The text is folded and its spaces and hyphens made
/// single spaces, as the names' keys are, then the keys are looked up at its word starts.
/// </summary>
public sealed partial class Gazetteer
{
    private readonly NameIndex keys;
    private readonly Dictionary<string, string> canonical;

    public Gazetteer(IEnumerable<string> names)
    {
        // Two communes may share a name ("Beaumont"): the first spelling stands for both.
        canonical = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
            canonical.TryAdd(KeyOf(name), name);
        keys = new NameIndex(canonical.Keys);
    }

    private static readonly string[] RegionNames =
    [
        "Hauts-de-France", "Île-de-France", "Grand Est", "Normandie", "Bretagne", "Pays de la Loire",
        "Centre-Val de Loire", "Bourgogne-Franche-Comté", "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes",
        "Provence-Alpes-Côte d'Azur", "Corse", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    ];

    /// <summary>The French regions by their official names.</summary>
    public static Gazetteer FrenchRegions { get; } = new(RegionNames);

    /// <summary>The départements of Hauts-de-France, the committee's region, as written.</summary>
    public static IReadOnlyList<string> HautsDeFranceDepartements { get; } = ["Aisne", "Nord", "Oise", "Pas-de-Calais", "Somme"];

    /// <summary>The French regions' official names, as written.</summary>
    public static IReadOnlyList<string> FrenchRegionNames => RegionNames;

    /// <summary>
    /// The name without the region that ends it, in any case ("… HAUTS-DE-FRANCE" in a letterhead),
    /// nor the small word that led to it ("… du patrimoine naturel des Hauts-de-France").
    /// </summary>
    public static string WithoutTrailingRegion(string name)
    {
        var region = FrenchRegions.FirstIn(name);
        return region is not null && name.EndsWith(region, StringComparison.OrdinalIgnoreCase)
            ? RegionConnector().Replace(name[..^region.Length], "").TrimEnd(' ', ',', '-', '–')
            : name;
    }

    [GeneratedRegex(@"(?:[ \u00A0]+(?:de[ \u00A0]+la|des|du|de|en)[ \u00A0]*|[ \u00A0]+d['’])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegionConnector();

    /// <summary>
    /// Today's regions and those merged in 2016 (and the interim "Nord-Pas-de-Calais-Picardie"):
    /// archives name councils of the older ones.
    /// </summary>
    public static Gazetteer FrenchRegionsOldAndNew { get; } = new(RegionNames.Concat(
    [
        "Nord-Pas-de-Calais-Picardie", "Nord-Pas-de-Calais", "Picardie", "Basse-Normandie", "Haute-Normandie",
        "Champagne-Ardenne", "Lorraine", "Alsace", "Bourgogne", "Franche-Comté", "Aquitaine", "Limousin",
        "Poitou-Charentes", "Midi-Pyrénées", "Languedoc-Roussillon", "Auvergne", "Rhône-Alpes", "Centre",
    ]));

    /// <summary>Foreign countries and regions of cooperation.</summary>
    public static Gazetteer Countries { get; } = new(
    [
        "Allemagne", "Belgique", "Pays-Bas", "Luxembourg", "Espagne", "Portugal", "Italie", "Suisse", "Royaume-Uni",
        "Angleterre", "Écosse", "Irlande", "Autriche", "Pologne", "République tchèque", "Slovaquie", "Hongrie",
        "Roumanie", "Bulgarie", "Grèce", "Croatie", "Slovénie", "Danemark", "Suède", "Norvège", "Finlande", "Islande",
        "Estonie", "Lettonie", "Lituanie", "Ukraine", "Turquie", "Canada", "Québec", "États-Unis", "Mexique",
        "Brésil", "Argentine", "Chili", "Colombie", "Maroc", "Algérie", "Tunisie", "Sénégal", "Côte d'Ivoire",
        "Cameroun", "Égypte", "Afrique du Sud", "Chine", "Japon", "Corée du Sud", "Inde", "Vietnam", "Singapour",
        "Australie", "Israël", "Wallonie", "Flandre",
        "pays nordiques", "pays baltes", "Scandinavie", "Balkans", "Maghreb", "Afrique subsaharienne", "Amérique latine",
    ]);

    /// <summary>
    /// The communes of Hauts-de-France, with the former ones merged into them, and the large towns of
    /// the rest of France (corpus/places/communes.tsv, from INSEE's official geographic code).
    /// </summary>
    public static Gazetteer Communes => LoadedCommunes.Value;

    /// <summary>The region's "pays" and areas named like places: "le Douaisis", "l'Avesnois" (corpus/places/pays.tsv).</summary>
    public static Gazetteer Pays => LoadedPays.Value;

    /// <summary>Towns abroad the region's texts name: "Courtrai", "Tournai", "Londres" (corpus/places/towns-abroad.tsv).</summary>
    public static Gazetteer TownsAbroad => LoadedTownsAbroad.Value;

    // Read at first use, not with the other gazetteers: a command that reads no opinion (search,
    // export) does not load four thousand names.
    private static readonly Lazy<Gazetteer> LoadedCommunes = new(() => new(PlaceNames("communes.tsv")));
    private static readonly Lazy<Gazetteer> LoadedPays = new(() => new(PlaceNames("pays.tsv")));
    private static readonly Lazy<Gazetteer> LoadedTownsAbroad = new(() => new(PlaceNames("towns-abroad.tsv")));

    /// <summary>Whether a name, whole, is a place of any of the lists: a commune or a large town, a pays, a town abroad, a region, a country.</summary>
    public static bool IsPlace(string name) =>
        Communes.IsWhole(name) || Pays.IsWhole(name) || TownsAbroad.IsWhole(name) || FrenchRegionsOldAndNew.IsWhole(name) || Countries.IsWhole(name)
        || HautsDeFranceDepartements.Contains(name.Trim());

    // The first column of a list carried in the library (places/, a header line first).
    private static IEnumerable<string> PlaceNames(string file)
    {
        using var reader = EmbeddedLists.Open("places/" + file);
        reader.ReadLine();
        var names = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                names.Add(line.Split('\t')[0]);
        }
        return names;
    }

    /// <summary>The names found in the text, in order of first mention, each once.</summary>
    /// <remarks>A large text is folded and matched a line at a time (a name never spans paragraphs).</remarks>
    public IReadOnlyList<string> FindAll(string text)
    {
        var found = new List<string>();
        foreach (var chunk in TextFolding.FoldInChunks(text))
        {
            var spaced = Separators().Replace(chunk, " ");
            foreach (var (index, length) in keys.FindAll(spaced))
            {
                var name = canonical[spaced.Substring(index, length)];
                if (!found.Contains(name))
                    found.Add(name);
            }
        }
        return found;
    }

    /// <summary>Whether the text is one of the names, whole, however it is hyphenated, accented or capitalised ("Nord-Pas de Calais").</summary>
    public bool IsWhole(string text) => canonical.ContainsKey(KeyOf(text.Trim()));

    /// <summary>The name mentioned first in the text, or null.</summary>
    public string? FirstIn(string text) => FindAll(text).FirstOrDefault();

    private static string KeyOf(string name) => Separators().Replace(TextFolding.Fold(name), " ");

    // Runs of spaces and hyphens other than a single space (the key is left as it is when it has none).
    [GeneratedRegex(@"(?! (?![\s-]))[\s-]+")]
    private static partial Regex Separators();
}
