using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// The grammar of an organisation's proper name: capitalised words (or acronyms, or numbers),
/// joined by "de", "du", "des", "d'", "la", "le", "l'" or "&" ("Université de Picardie Jules Verne", "Maisons & Cités",
/// "Innovons et Développons l'Esprit d'Entreprendre" aside, which "et" would join to the next name).
/// </summary>
public static partial class ProperName
{
    // A number is a word of a name ("Lille 1", "France 2030"), a date is not ("du 12 mars 2021").
    private const string Date = @"(?:1er|[0-9]{1,2})[ \u00A0]+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?![\p{L}\p{N}])";
    private const string Word = @"(?!" + Date + @")[\p{Lu}0-9][\p{L}\p{N}'’+]*(?:[-.][\p{L}\p{N}]+)*";
    // English names keep their small words ("Thales Land and Air Systems", "Bank of America").
    private const string Connector = @"(?:de|du|des|d['’]|la|le|les|l['’]|and|of|for)";

    /// <summary>A proper name, as a regular expression fragment.</summary>
    // Spaces, not line ends: a name never runs from one paragraph to the next.
    // A national adjective may close it ("Croix-Rouge française").
    public const string Pattern = Word + @"(?:(?:[ \u00A0]+&[ \u00A0]+|[ \u00A0]+|[ \u00A0]*[-–][ \u00A0]*|(?<=['’]))(?:" + Connector + @"[ \u00A0]*)*" + Word + @")*(?:[ \u00A0]+" + ClosingAdjective + @"(?![\p{L}]))?";

    // The adjectives of nationality or reach that close a name as its last word.
    private const string ClosingAdjective = "(?:française|français|européenne|européen|internationale?|nationale?|régionale?)";

    /// <summary>Whether a word is an adjective that may close a name ("Croix-Rouge française", "… européenne").</summary>
    public static bool IsClosingAdjective(string word) => ClosingAdjectiveWord().IsMatch(word);

    [GeneratedRegex("^" + ClosingAdjective + "$", RegexOptions.CultureInvariant)]
    private static partial Regex ClosingAdjectiveWord();

    /// <summary>
    /// Whether a word in lower case is an adjective of a place's people ("cantilienne", "noyonnais",
    /// "boulonnaise"): its ending, not the common words that share it ("bien", "mais", "fois").
    /// </summary>
    public static bool IsPlaceAdjective(string word) => PlaceAdjectiveWord().IsMatch(word) && !NotPlaceAdjectives.Contains(word);

    [GeneratedRegex(@"^\p{Ll}{2,}(?:ien|ienne|iens|iennes|ais|aise|aises|ois|oise|oises)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAdjectiveWord();

    private static readonly HashSet<string> NotPlaceAdjectives = new(StringComparer.Ordinal)
    {
        "ancien", "ancienne", "anciens", "anciennes", "combien", "soutien", "soutiens", "entretien", "entretiens", "quotidien", "quotidienne",
        "quotidiens", "quotidiennes", "mais", "jamais", "désormais", "frais", "épais", "épaisse", "mauvais", "mauvaise", "niais",
        "fois", "mois", "trois", "parfois", "autrefois", "toutefois", "quelquefois", "bois", "lois", "chinois",
        "gardien", "gardienne", "gardiens", "praticien", "praticiens", "technicien", "technicienne", "techniciens", "électricien",
        "électriciens", "musicien", "musiciens", "mécanicien", "mécaniciens", "informaticien", "informaticiens", "opticien", "pharmacien",
        "paroissien", "biais", "relais", "palais", "marais", "engrais", "délais", "essais", "balais",
    };

    /// <summary>The proper name that starts the text (articles skipped), with its acronym in brackets right after it, and the length they cover; or null.</summary>
    public static (string Name, string? Acronym, int Length)? AtStart(string text)
    {
        var match = Leading().Match(text);
        if (!match.Success)
            return null;
        var acronym = match.Groups["acr"].Success ? match.Groups["acr"].Value : null;
        return (match.Groups["name"].Value.TrimEnd('.', ' '), acronym, match.Length);
    }

    /// <summary>The small words that join the words of a name ("Chambre de commerce et d'industrie", "pour la formation").</summary>
    internal static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "du", "des", "la", "le", "les", "et", "pour", "en", "à", "au", "aux" };

    /// <summary>A word that starts with a capital or a digit, after an elided article or preposition ("d'Amiens", "l'Aisne").</summary>
    internal static bool IsCapitalised(string word)
    {
        var letters = WithoutElision(word);
        return letters.Length > 0 && (char.IsUpper(letters[0]) || char.IsDigit(letters[0]));
    }

    /// <summary>The word without its elided "d'" or "l'".</summary>
    /// <summary>A place after "de", elided before a vowel: "de Lille", "d'Amiens", "d'Artois".</summary>
    internal static string OfPlace(string place) => (ElidedBefore().IsMatch(place) ? "d'" : "de ") + place;

    [GeneratedRegex(@"^[AEIOUYÉÈÊÂÎÔ]")]
    private static partial Regex ElidedBefore();

    internal static string WithoutElision(string word) =>
        word.Length > 2 && word[0] is 'd' or 'l' && word[1] is '\'' or '’' ? word[2..] : word;

    /// <summary>
    /// A name read right to left from a word after it, cleaned: a sentence's capitalised article is
    /// not part of it ("Les Compagnons du Devoir"), and a sentence's first words ("En 2024", "Avec
    /// Duralex"), a number or a lone letter name nothing. The name, where it starts and ends; or null.
    /// </summary>
    internal static (string Name, int Index, int End)? ReadRightToLeft(string name, int index)
    {
        if (LeadingArticle().Match(name) is { Success: true } article && article.Length < name.Length)
            (name, index) = (name[article.Length..], index + article.Length);
        var first = name.Split([' ', '\u00A0', '-'], 2)[0];
        if (name.Length < 2 || !char.IsUpper(name[0]) || SentenceWords.Contains(first))
            return null;
        return (name, index, index + name.Length);
    }

    /// <summary>The name a pattern's group captured, read as <see cref="ReadRightToLeft"/> does; null when it is a person's ("M. Dupont").</summary>
    internal static (string Name, int Index, int End)? NotAPerson(Capture name) =>
        ReadRightToLeft(name.Value, name.Index) is { } said && !PersonTitleFirst().IsMatch(said.Name) ? said : null;

    /// <summary>Whether a capitalised word opens a sentence rather than a name ("Les", "Avec", "Ce").</summary>
    internal static bool OpensSentence(string word) => SentenceWords.Contains(word);

    private static readonly HashSet<string> SentenceWords = new(StringComparer.Ordinal)
    {
        "En", "Depuis", "Dans", "Pour", "Par", "Avec", "Selon", "Après", "Avant", "Au", "Aux", "Sur", "Sous", "Entre", "Chaque",
        "Ce", "Cet", "Cette", "Ces", "Il", "Elle", "Ils", "Elles", "Son", "Sa", "Ses", "Leur", "Leurs", "Tous", "Toutes", "Un", "Une",
        "De", "Du", "Des", "À", "Outre", "Parmi", "Enfin", "Ainsi", "Puis", "Mais", "Or", "Donc", "Le", "La", "Les", "Lors", "Si",
        "Que", "Qui", "On", "Nous", "Chacun", "Chacune",
    };

    [GeneratedRegex(@"^(?:(?:Les?|La)[ \u00A0]+|L['’])")]
    private static partial Regex LeadingArticle();

    /// <summary>The offices a person holds that a text names her by ("le président Durand", "Marie Dupont, présidente de …").</summary>
    internal const string Offices = "président|présidente|directeur|directrice|ministre|recteur|rectrice|préfet|préfète|maire|vice-président|vice-présidente";

    /// <summary>A person's title or office right before a name ("M. ", "Mme ", "le président "): the name is a person's.</summary>
    [GeneratedRegex(@"(?:\b(?:M\.|Mme|Monsieur|Madame|" + Offices + @")[ \u00A0]+)\z")]
    internal static partial Regex PersonTitleBefore();

    /// <summary>A person's title opening what reads as a name ("M. Dupont", "Mme Martin", "Maître Durand"): the name is a person's.</summary>
    [GeneratedRegex(@"^(?:M|Mme|Mlle|Monsieur|Madame|Maître|Me|Dr)(?:\.|[ \u00A0]|$)")]
    internal static partial Regex PersonTitleFirst();

    [GeneratedRegex(@"^\s*(?:(?:l['’]|le\s+|la\s+|les\s+|des\s+|du\s+|de\s+|d['’]|au\s+|aux\s+)\s*)?(?<name>" + Pattern + @"(?:[ \u00A0]+et[ \u00A0]+" + Pattern + @"(?=\s*\())?)(?:\s*\((?<acr>[\p{Lu}][\p{L}\p{N}+\-]{1,12})\))?", RegexOptions.CultureInvariant)]
    private static partial Regex Leading();
}
