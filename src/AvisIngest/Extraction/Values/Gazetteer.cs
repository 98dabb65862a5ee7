using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Extraction.Values;

/// <summary>
/// A list of place names found in a text however it hyphenates, accents or capitalises them,
/// and reported by their canonical spelling.
/// </summary>
public sealed class Gazetteer
{
    private readonly (string Name, Regex Pattern)[] patterns;

    public Gazetteer(IEnumerable<string> names) =>
        patterns = names
            .Select(n => (n, new Regex(
                @"\b" + Regex.Replace(Regex.Escape(TextFolding.Fold(n)), @"(?:\\ |-)", @"[\s-]+") + @"\b",
                RegexOptions.Compiled | RegexOptions.CultureInvariant)))
            .ToArray();

    /// <summary>The French regions by their official names.</summary>
    public static Gazetteer FrenchRegions { get; } = new(
    [
        "Hauts-de-France", "Île-de-France", "Grand Est", "Normandie", "Bretagne", "Pays de la Loire",
        "Centre-Val de Loire", "Bourgogne-Franche-Comté", "Nouvelle-Aquitaine", "Occitanie", "Auvergne-Rhône-Alpes",
        "Provence-Alpes-Côte d'Azur", "Corse", "Guadeloupe", "Martinique", "Guyane", "La Réunion", "Mayotte",
    ]);

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

    /// <summary>The names found in the text, in order of first mention, each once.</summary>
    public IReadOnlyList<string> FindAll(string text)
    {
        var folded = TextFolding.Fold(text);
        return patterns
            .Select(p => (p.Name, Match: p.Pattern.Match(folded)))
            .Where(p => p.Match.Success)
            .OrderBy(p => p.Match.Index)
            .Select(p => p.Name)
            .ToList();
    }

    /// <summary>The name mentioned first in the text, or null.</summary>
    public string? FirstIn(string text) => FindAll(text).FirstOrDefault();
}
