using System.Text.RegularExpressions;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Companies named as the subject of what they do, at a sentence's start or after its opening phrase:
/// "Plastic Omnium fabrique des pièces", "Galloo, à Halluin, recycle les métaux", "Sabic et Arkema
/// fournissent les résines", "L'aciériste Ascoval recrute", "Depuis 2027, l'Afasec forme …".
/// No cue says what they are; the verb does (activity-verbs.tsv: production, trade, hiring, never
/// "finance" or "accueille", which a region or a town does as often), and tells the category when
/// only a company does it ("fabrique", not "tient").
/// </summary>
public sealed partial class ActivitySubjectFinder : IOrganizationMentionFinder
{
    /// <summary>The longest apposition between the subject and its verb (", à Halluin,", ", filiale de TotalEnergies,").</summary>
    private const int AppositionReach = 60;

    // A sentence's opening phrase before its subject, 40 characters at most ("Depuis 2027,", "Dans le sud de l'Oise,").
    [GeneratedRegex(@"\G" + OpeningWord + @"[^,.;:!?\n]{0,40},[ \u00A0]+(?:l['’]|(?:le|la|les)[ \u00A0]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex OpeningPhrase();

    // A preposition or an adverb opens that phrase: a noun phrase and a comma ("Des lycées de Dunkerque,
    // Calais et Étaples, …") are the subject's own list, not a phrase before it.
    private const string OpeningWord = @"(?:Depuis|En|Dans|Pour|Avec|Selon|Après|Avant|Au|Aux|À|Sur|Sous|Entre|Chaque|Cette|Ce|Cet|Outre|Parmi|Enfin|Ainsi|Lors|Désormais|Aujourd['’]hui|Déjà|Par|Grâce|Face|Malgré|Hors)(?![\p{L}])";

    // An office opening an apposition ("présidente de …", "directeur général de …", "maire de …"): the
    // offices a title names, and those an apposition gives more often than a title.
    [GeneratedRegex(@"^[ \u00A0]*(?:(?:son|sa|leur|le|la|l['’])[ \u00A0]*)?(?:" + ProperName.Offices + @"|délégué|déléguée|secrétaire|trésorière?|adjointe?|conseillère?|députée?|sénat(?:eur|rice)|responsable|chargée?|fondat(?:eur|rice)|gérante?|dirigeante?)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex PersonOffice();

    /// <summary>How far before a name (in characters) a person's title is looked for.</summary>
    private const int PersonTitleReach = 24;

    private readonly Regex subject;
    private readonly Regex subjectHere;
    private readonly Dictionary<string, OrganizationCategory?> categoryOfVerb;

    public ActivitySubjectFinder(OrganizationCatalogue catalogue)
    {
        categoryOfVerb = catalogue.ActivityVerbs.ToDictionary(v => v.Word, v => v.Category, StringComparer.Ordinal);
        var verbs = string.Join('|', categoryOfVerb.Keys.OrderByDescending(v => v.Length).Select(Regex.Escape));
        // Maybe an article and what the company is ("L'aciériste Ascoval …"), names joined by commas or
        // "et", maybe with their article ("Uniclima et la FEDENE estiment"), maybe an apposition between
        // commas, then the verb, "y" maybe before it ("France Galop y gère les pistes"), or a relative
        // clause's "qui" ("La SAGEB, qui l'exploite pour …").
        var subjectAndVerb = @"(?:(?:Les?|La)[ \u00A0]+\p{Ll}[\p{Ll}\-]+[ \u00A0]+|L['’]\p{Ll}[\p{Ll}\-]+[ \u00A0]+)?(?<name>" + ProperName.Pattern + @")(?:(?:[ \u00A0]*,[ \u00A0]*|[ \u00A0]+et[ \u00A0]+)(?:l['’]|(?:le|la|les)[ \u00A0]+)?(?<name>" + ProperName.Pattern + @"))*"
            + @"(?:[ \u00A0]*,(?<apposition>[^,.;:\n]{1," + AppositionReach + @"}),)?(?:[ \u00A0]+(?:y[ \u00A0]+)?|[ \u00A0]*,[ \u00A0]*qui[ \u00A0]+(?:l['’]|(?:le|la|les|y|en)[ \u00A0]+)?)(?<verb>" + verbs + @")(?![\p{L}\-])";
        subject = new Regex(@"(?:^|(?<=[.;!?][ \u00A0]+))" + subjectAndVerb, RegexOptions.Multiline | RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
        subjectHere = new Regex(@"\G" + subjectAndVerb, RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
    }

    // Common nouns written with a capital for the one public body or place they mean (the regional
    // council is found by its own finder; foreign countries and regions by the gazetteers).
    private static readonly HashSet<string> PublicBodyNouns = new(StringComparer.Ordinal)
    {
        "Région", "État", "Département", "Ville", "Commune", "Métropole", "Agglomération", "Académie", "Europe", "France", "Union", "Nation", "Gouvernement",
    };

    /// <summary>Whether a name is one of those common nouns ("Région", "État", "Métropole").</summary>
    internal static bool IsPublicBodyNoun(string name) => PublicBodyNouns.Contains(name);

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (Match match in subject.Matches(text))
        {
            foreach (var mention in Subjects(text, match))
                yield return mention;
        }
        // After a sentence's opening phrase and its comma ("Depuis 2027, l'Afasec forme …"): looked for
        // at each sentence's start, then the subject read from the phrase's end. In the expression
        // above, the optional phrase was tried at every capital letter and tripled the finder's time.
        foreach (var start in SentenceStarts(text))
        {
            if (OpeningPhrase().Match(text, start) is { Success: true } phrase && subjectHere.Match(text, phrase.Index + phrase.Length) is { Success: true } match)
            {
                foreach (var mention in Subjects(text, match))
                    yield return mention;
            }
        }
        // At a clause's start after a comma and "et" or "mais" ("…, et Orange annonce …"): found by a scan
        // too, as a third lookbehind tried at every position doubled the finder's time.
        foreach (var start in ClauseStarts(text))
        {
            if (subjectHere.Match(text, start) is { Success: true } match)
            {
                foreach (var mention in Subjects(text, match))
                    yield return mention;
            }
        }
    }

    // Where a clause coordinated after a comma starts: past ", et " or ", mais ".
    private static IEnumerable<int> ClauseStarts(string text)
    {
        for (var comma = text.IndexOf(',', StringComparison.Ordinal); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            var at = comma + 1;
            while (at < text.Length && text[at] is ' ' or '\u00A0')
                at++;
            var word = at + 4 <= text.Length && text.AsSpan(at).StartsWith("mais") ? 4 : at + 2 <= text.Length && text.AsSpan(at).StartsWith("et") ? 2 : 0;
            if (word == 0 || at == comma + 1 || at + word >= text.Length || text[at + word] is not (' ' or '\u00A0'))
                continue;
            at += word;
            while (at < text.Length && text[at] is ' ' or '\u00A0')
                at++;
            if (at < text.Length && char.IsUpper(text[at]))
                yield return at;
        }
    }

    // Where sentences and lines start: after a line's end, or after ".", ";", "!" or "?" and spaces.
    // A scan, not a MatchCollection, which would keep every sentence of a long text.
    private static IEnumerable<int> SentenceStarts(string text)
    {
        yield return 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                yield return i + 1;
            else if (text[i] is '.' or ';' or '!' or '?' && i + 1 < text.Length && text[i + 1] is ' ' or '\u00A0')
            {
                var start = i + 1;
                while (start < text.Length && text[start] is ' ' or '\u00A0')
                    start++;
                yield return start;
                i = start - 1;
            }
        }
    }

    private IEnumerable<OrganizationMention> Subjects(string text, Match match)
    {
        var category = categoryOfVerb[match.Groups["verb"].Value];
        // "Marie Dupont, présidente de la CCI, souligne …": an apposition that gives an office says the subject is a person.
        if (match.Groups["apposition"].Success && PersonOffice().IsMatch(match.Groups["apposition"].Value))
            yield break;
        foreach (Capture name in match.Groups["name"].Captures)
        {
            // "Les Compagnons du Devoir …": a sentence's article is not the name's; "En 2026 …", "Ce …" open
            // no name. "Le" or "La" before one word is ("Le Relais collecte", "La Redoute emploie"): a lone
            // common noun names a company only with its article; "L'AFTRAL forme" is the AFTRAL.
            var before = Math.Max(0, name.Index - PersonTitleReach);
            if (ProperName.ReadRightToLeft(name.Value, name.Index) is not { } said
                // "M. Dupont recrute", "Mme Martin forme", "Le président Durand embauche": a person.
                || ProperName.PersonTitleBefore().IsMatch(text.AsSpan(before, name.Index - before)) || ProperName.PersonTitleFirst().IsMatch(said.Name))
                continue;
            var oneWord = !said.Name.Contains(' ') && !said.Name.Contains('\u00A0');
            // "La Région forme …", "La France produit …", "Le Nord emploie …": a public body or a place.
            // "Lille regrette …": a commune speaks through its council, which the text names so; a place is no name.
            if (oneWord && (PublicBodyNouns.Contains(said.Name) || Values.Gazetteer.IsPlace(said.Name)))
                continue;
            var elided = name.Value[1] is '\'' or '’';
            var withArticle = said.Index > name.Index && oneWord && !elided && said.Name.Any(char.IsLower);
            // "La Chambre demande", "Le Comité regrette": a lone common noun that speaks, with no verb of
            // a company's or a network's trade, is a body the text names by its kind, not by a name.
            if (withArticle && category is null)
                continue;
            yield return withArticle
                ? new OrganizationMention(name.Value, null, category, name.Index, name.Length)
                : new OrganizationMention(said.Name, null, category, said.Index, said.Name.Length);
        }
    }
}
