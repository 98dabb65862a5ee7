using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>An organisation of the known list: its canonical name, acronym and category.</summary>
public sealed record KnownOrganization(string Name, string? Acronym, OrganizationCategory Category);

/// <summary>A word that introduces an organisation ("l'Université de …", "le groupe …") and the category it gives.</summary>
/// <param name="InName">Whether the word is part of the name ("Université de Lille") or only announces it ("le groupe Thales").</param>
/// <param name="TakesComplement">Whether an announcing word may be followed by common words before the name ("le fabricant de batteries AESC", "le groupe taïwanais ProLogium").</param>
/// <param name="NamesASite">Whether the word announces a site of the organisation, whose place after the name is not the name's ("l'usine Renault de Douai": Renault).</param>
/// <param name="NamesParent">Whether "de" and a name after the word name the organisation it belongs to, not a place ("filiale de Fayat": Fayat).</param>
/// <param name="InNameWithCapital">Whether the word, announcing in lower case, is part of the name when written with its capital ("la Fondation Hopale").</param>
/// <param name="OnlyWithCapital">Whether the word names only with its capital, in lower case a place ("la Cité des métiers", not "la cité des Électriciens").</param>
/// <param name="NamesInLowerCase">Whether the word and the common words after it name in lower case too, as the State's services are written ("la direction générale de l'aviation civile").</param>
public sealed record OrganizationCue(string Word, OrganizationCategory Category, bool InName, bool TakesComplement = false, bool NamesASite = false, bool NamesParent = false, bool InNameWithCapital = false, bool OnlyWithCapital = false, bool NamesInLowerCase = false)
{
    /// <summary>
    /// The cue in the plural, its first word's: "les coopératives …", "les pôles de compétitivité …",
    /// "les réseaux …". Null for an acronym ("IUT").
    /// </summary>
    public string? Plural { get; } = PluralOf(Word);

    private static string? PluralOf(string word)
    {
        var space = word.IndexOf(' ');
        var first = space < 0 ? word : word[..space];
        if (first.Length < 2 || first.Any(char.IsUpper) || first[^1] is 's' or 'x' or 'z')
            return null;
        var plural = first.EndsWith("au", StringComparison.Ordinal) || first.EndsWith("eu", StringComparison.Ordinal) ? first + "x" : first + "s";
        return space < 0 ? plural : plural + word[space..];
    }
}

/// <summary>A verb of what an organisation does ("fabrique"), and the category it tells, if any ("tient" tells none).</summary>
public sealed record ActivityVerb(string Word, OrganizationCategory? Category);

/// <summary>
/// The data the organisation finders use, read once from corpus/organizations/ (carried in the
/// library): known organisations with their acronyms and other names, cue words, and names that
/// are not organisations (programmes, plans, the committee itself). Look-ups ignore case and
/// accents, and count apostrophes and spaces alike.
/// </summary>
public sealed partial class OrganizationCatalogue
{
    private readonly Dictionary<string, KnownOrganization> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> notOrganizations = new(StringComparer.Ordinal);
    private readonly HashSet<KnownOrganization> seated = [];

    public OrganizationCatalogue(TextReader known, TextReader cues, TextReader notOrganizations, TextReader activityVerbs)
    {
        var names = new List<string>();
        foreach (var fields in Rows(known))
        {
            var category = RecordCodes.TryParse<OrganizationCategory>(fields[2], out var c) ? c
                : throw new InvalidDataException($"catégorie inconnue pour {fields[0]} : {fields[2]}");
            var organization = new KnownOrganization(fields[0], fields[1].Length > 0 ? fields[1] : null, category);
            var all = new[] { fields[0], fields[1] }.Concat(fields[3].Split('|')).Where(n => n.Length > 0);
            // "Rectorat", also listed as "rectorat", or the Crous, also "crous": a body named by a
            // common noun or its acronym, one in each place.
            var aliases = fields[3].Split('|');
            if ((!fields[0].Contains(' ') && aliases.Contains(fields[0].ToLowerInvariant(), StringComparer.Ordinal))
                || (organization.Acronym is { } acronym && aliases.Contains(acronym.ToLowerInvariant(), StringComparer.Ordinal)))
                seated.Add(organization);
            foreach (var name in all)
            {
                byName[KeyOf(name)] = organization;
                names.Add(name);
            }
        }
        Known = byName.Values.Distinct().ToList();
        // Case and accents as written: "Atlas" the word or "la région" in general are not the organisations.
        // Past the first word case does not count ("la Banque des territoires"), and an acronym opening a
        // longer name is also written with one capital ("l'Opco 2i", "le Medef Hauts-de-France").
        // An acronym of four capitals or more is written with one capital too ("la Cnil", "la Fehap", "l'Urssaf").
        var titleCaseAcronyms = Known.Select(k => k.Acronym).OfType<string>().Where(a => a.Length >= 4 && a.All(char.IsUpper)).Select(a => a[0] + a[1..].ToLowerInvariant());
        KnownNames = new NameIndex(names.Concat(names.Select(WithTitleCaseAcronym).OfType<string>()).Concat(titleCaseAcronyms).Select(n => n.Replace('’', '\'')), tailIgnoresCase: true);
        var allCues = Rows(cues).Select(f => (Cue: new OrganizationCue(f[0],
            RecordCodes.TryParse<OrganizationCategory>(f[1], out var category) ? category : throw new InvalidDataException($"catégorie inconnue pour {f[0]} : {f[1]}"),
            f[2] is "yes" or "acronym" or "lower", f[3] is "yes" or "parent", NamesASite: f[2] == "site", NamesParent: f[3] == "parent", InNameWithCapital: f[2] is "capital" or "capital-only",
            OnlyWithCapital: f[2] == "capital-only", NamesInLowerCase: f[2] == "lower"), OnlyWithAcronym: f[2] == "acronym")).ToList();
        Cues = allCues.Where(c => !c.OnlyWithAcronym).Select(c => c.Cue).ToList();
        AcronymHeads = allCues.Where(c => c.OnlyWithAcronym).Select(c => c.Cue).ToList();
        ActivityVerbs = Rows(activityVerbs).SelectMany(f => new[] { f[0], f[1] }.Where(v => v.Length > 0).Select(v => new ActivityVerb(v, f[2].Length == 0 ? null
            : RecordCodes.TryParse<OrganizationCategory>(f[2], out var category) ? category : throw new InvalidDataException($"catégorie inconnue pour {f[0]} : {f[2]}")))).ToList();
        var notOrganizationNames = new List<string>();
        foreach (var fields in Rows(notOrganizations))
        {
            this.notOrganizations.Add(KeyOf(fields[0]));
            notOrganizationNames.Add(fields[0].Replace('’', '\''));
        }
        NotOrganizationNames = new NameIndex(notOrganizationNames);
        foreach (var (cue, _) in allCues)
            cueWordsAlone.Add(KeyOf(cue.Word));
    }

    // "OPCO 2i" → "Opco 2i": a first word of three capitals or more, then other words; null otherwise.
    private static string? WithTitleCaseAcronym(string name)
    {
        var space = name.IndexOf(' ');
        return space >= 3 && name[..space].All(char.IsUpper) ? name[0] + name[1..space].ToLowerInvariant() + name[space..] : null;
    }

    // "l'ULCO et son IUT", "le Pôle": a cue's word with no name after it names no one.
    private readonly HashSet<string> cueWordsAlone = new(StringComparer.Ordinal);

    /// <summary>The catalogue of corpus/organizations/, loaded at first use.</summary>
    public static OrganizationCatalogue Default => Loaded.Value;

    private static readonly Lazy<OrganizationCatalogue> Loaded = new(() =>
    {
        using var known = Resource("known.tsv");
        using var cues = Resource("cues.tsv");
        using var not = Resource("not-organisations.tsv");
        using var verbs = Resource("activity-verbs.tsv");
        return new OrganizationCatalogue(known, cues, not, verbs);
    });

    public IReadOnlyList<KnownOrganization> Known { get; }

    public IReadOnlyList<OrganizationCue> Cues { get; }

    /// <summary>
    /// Words that open an organisation's name only when its acronym, made of the name's initials,
    /// follows in brackets ("Centre national de la fonction publique territoriale (CNFPT)"): alone,
    /// "centre" or "observatoire" name places and studies as often (cues.tsv, in_name = acronym).
    /// </summary>
    public IReadOnlyList<OrganizationCue> AcronymHeads { get; }

    /// <summary>
    /// Verbs of what an organisation does, singular and plural ("fabrique", "recrutent"): a proper name that is
    /// their subject at a sentence's start names one, of the verb's category if it has one (activity-verbs.tsv).
    /// </summary>
    public IReadOnlyList<ActivityVerb> ActivityVerbs { get; }

    /// <summary>The names listed as not organisations, as written (apostrophes straight), as whole words.</summary>
    public NameIndex NotOrganizationNames { get; }

    /// <summary>Every known name, acronym and other name, as written (apostrophes straight), as whole words.</summary>
    public NameIndex KnownNames { get; }

    /// <summary>The known organisation a name, acronym or other name stands for.</summary>
    public KnownOrganization? Find(string name) => byName.GetValueOrDefault(KeyOf(name));

    /// <summary>
    /// Whether a known acronym, at <paramref name="index"/> in the text, follows a plural determiner and so
    /// names the bodies of that kind, not one of them ("les Geiq, dont le GEIQ Propreté", "que les GRETA
    /// disposent de jurys"). Names in words keep their article ("les Francas", "les Compagnons du Devoir").
    /// </summary>
    public bool NamesAKind(string text, int index, string value) =>
        Find(value) is { } known && IsAcronymForm(known, value) && EndsWithPluralDeterminer(text.AsSpan(0, index));

    /// <summary>Whether a known organisation is written as its acronym ("l'UPJV", "les Geiq" for the GEIQ).</summary>
    public static bool IsAcronymForm(KnownOrganization known, string value) =>
        value == known.Acronym || value.All(c => !char.IsLower(c))
        || (known.Acronym is null && known.Name.All(c => !char.IsLower(c)) && string.Equals(value, known.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the text ends with a plural determiner and its space ("les ", "des ", "plusieurs ").</summary>
    public static bool EndsWithPluralDeterminer(ReadOnlySpan<char> text) => PluralDeterminerAtEnd().IsMatch(text[Math.Max(0, text.Length - 12)..]);

    [GeneratedRegex(@"(?<![\p{L}])(?:[Ll]es|[Dd]es|aux|[Cc]es|[Ss]es|[Ll]eurs|[Nn]os|[Pp]lusieurs|deux|trois|quatre|cinq)[ \u00A0]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex PluralDeterminerAtEnd();

    /// <summary>
    /// Whether the known body is named by a common noun and has one in each place, its seat after
    /// it ("le rectorat de Lille", "le rectorat d'Amiens"): known.tsv lists its name in lower case
    /// among its other names.
    /// </summary>
    public bool HasSeats(KnownOrganization organization) => seated.Contains(organization);

    /// <summary>The body a name is the seat of: "Rectorat de Lille" is a rectorate's, "Crous d'Amiens" a Crous's; null for any other name.</summary>
    public KnownOrganization? SeatOf(string name)
    {
        var space = name.IndexOf(' ');
        return space > 0 && (name.AsSpan(space + 1).StartsWith("de ") || name.AsSpan(space + 1).StartsWith("d'")) && Find(name[..space]) is { } body && HasSeats(body) ? body : null;
    }

    /// <summary>
    /// The first cue, in the list's order, whose word stands in the name as a whole word, any case
    /// ("Agence nationale … (AFPA)" holds "Agence"). Searched, not matched by a regex per cue: a
    /// pattern built per call defeats the regex cache and cost a third of the extraction.
    /// </summary>
    public OrganizationCue? CueIn(string name)
    {
        foreach (var cue in Cues)
        {
            for (var at = name.IndexOf(cue.Word, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = name.IndexOf(cue.Word, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var end = at + cue.Word.Length;
                if ((at == 0 || !char.IsLetter(name[at - 1])) && (end == name.Length || !char.IsLetter(name[end])))
                    return cue;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the name is listed as not an organisation, or opens with such a name followed by
    /// common words ("PME innovantes"), or is a cue's word alone ("IUT", "Pôle") and no known name.
    /// </summary>
    public bool IsNotAnOrganization(string name)
    {
        var key = KeyOf(name);
        if (notOrganizations.Contains(key) || (cueWordsAlone.Contains(key) && !byName.ContainsKey(key)))
            return true;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && notOrganizations.Contains(KeyOf(words[0])) && words.Skip(1).All(w => char.IsLower(w[0]));
    }

    /// <summary>Whether the word is a cue's word alone, any case ("CFA", "lycée").</summary>
    public bool IsCueWord(string word) => cueWordsAlone.Contains(KeyOf(word));

    /// <summary>The comparison key of a name: folded, apostrophes and spaces normalised.</summary>
    public static string KeyOf(string name) =>
        string.Join(' ', TextFolding.Fold(name.Replace('’', '\'').Replace("' ", "'")).Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<string[]> Rows(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
                yield return line.Split('\t');
        }
    }

    private static StreamReader Resource(string name) => EmbeddedLists.Open("organizations/" + name);
}
