using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// A name followed by its acronym in brackets, "Innovons et Développons l'Esprit d'Entreprendre
/// (IDEE)", taken when the name holds a cue word or the name or acronym is known: plans,
/// programmes and strategies are written so too ("Stratégie Nationale Bas Carbone (SNBC)"). A name
/// whose initials make the acronym may run across commas, and a region right after the bracket
/// is the name's.
/// </summary>
public sealed partial class BracketAcronymFinder : IOrganizationMentionFinder
{
    private readonly OrganizationCatalogue catalogue;

    // A cue word and the common words after it, up to an acronym: "Association régionale des
    // missions locales (ARML)", "l'Agence nationale pour la formation professionnelle des adultes
    // (AFPA)"; never across "et la", which joins two names.
    private readonly Regex cueAndAcronym;

    public BracketAcronymFinder(OrganizationCatalogue catalogue)
    {
        this.catalogue = catalogue;
        var cues = string.Join('|', catalogue.Cues.Select(c => c.Word).OrderByDescending(w => w.Length)
            .Select(w => $"[{char.ToUpperInvariant(w[0])}{char.ToLowerInvariant(w[0])}]{Regex.Escape(w[1..])}"));
        cueAndAcronym = new Regex(@"(?<![\p{L}])(?<name>(?<cue>" + cues + @")(?:[ \u00A0]+(?!et[ \u00A0]+(?:le|la|les|l['’]|un|une)\b)(?:[\p{L}\p{N}'’\-]+|&)){0,10}?)[ \u00A0]*\((?<acr>" + Acronym + @")\)",
            RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);
    }

    /// <summary>An acronym, possibly with its region ("ARIA Hauts-de-France").</summary>
    private const string Acronym = @"[\p{Lu}][\p{L}\p{N}+\-]{1,12}(?:[ \u00A0][\p{Lu}][\p{L}\-]+)?";

    public IEnumerable<OrganizationMention> Find(string text) => FindBeforeBrackets(text).Concat(NamesOfInitials(text)).Select(m => WithRegionAfter(text, m));

    private IEnumerable<OrganizationMention> FindBeforeBrackets(string text)
    {
        // Both patterns end at a bracketed acronym, and their names hold only letters, digits, spaces
        // and a few signs: each is searched in the stretch of text before a bracket that holds
        // nothing else (searched in whole lines, they cost a fifth of the organisations' time).
        foreach (var (start, length) in StretchesBeforeBrackets(text))
        {
            for (var match = cueAndAcronym.Match(text, start, length); match.Success; match = match.NextMatch())
            {
                var cue = catalogue.Cues.First(c => string.Equals(c.Word, match.Groups["cue"].Value, StringComparison.OrdinalIgnoreCase));
                var name = match.Groups["name"].Value;
                yield return new OrganizationMention(char.ToUpperInvariant(name[0]) + name[1..], match.Groups["acr"].Value, cue.Category, match.Index, match.Length);
            }
        }
        foreach (var (start, length) in StretchesBeforeBrackets(text))
        {
            for (var match = NameAndAcronym().Match(text, start, length); match.Success; match = match.NextMatch())
            {
                var name = match.Groups["name"].Value;
                var acronym = match.Groups["acr"].Value;
                var cue = catalogue.CueIn(name);
                if (cue is null && catalogue.Find(name) is null && catalogue.Find(acronym) is null)
                    continue;
                yield return new OrganizationMention(name, acronym, cue?.Category, match.Index, match.Length);
            }
        }
    }

    // "Agence régionale de santé (ARS) Hauts-de-France": a region after the bracket is the name's.
    private static OrganizationMention WithRegionAfter(string text, OrganizationMention mention)
    {
        var after = RegionAfter().Match(text, mention.End, Math.Min(RegionReach, text.Length - mention.End));
        if (!after.Success || !text.AsSpan(mention.Index, mention.End - mention.Index).TrimEnd().EndsWith(")", StringComparison.Ordinal)
            || Values.Gazetteer.FrenchRegions.FindAll(after.Groups["region"].Value) is not [var region]
            || OrganizationCatalogue.KeyOf(region) != OrganizationCatalogue.KeyOf(after.Groups["region"].Value))
            return mention;
        return mention with { Name = mention.Name + " " + region, Length = mention.Length + after.Length };
    }

    private const int RegionReach = 40;

    [GeneratedRegex(@"\G[ \u00A0]+(?<region>\p{Lu}[\p{L}\-']+(?:[ \u00A0]\p{Lu}[\p{L}\-']+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex RegionAfter();

    // "Centre national de la fonction publique territoriale (CNFPT)", "Institut national de recherche
    // pour l'agriculture, l'alimentation et l'environnement (INRAE)": the acronym in brackets is made
    // of the initials of the words before it (small words left out, one word at most skipped), read
    // back across commas. Taken when the name opens with a word that names an organisation (a naming
    // cue, or a head that names one only so: AcronymHeads); plans and laws are written so too.
    private IEnumerable<OrganizationMention> NamesOfInitials(string text)
    {
        foreach (Match bracket in CapitalAcronymInBrackets().Matches(text))
        {
            var acronym = bracket.Groups["acr"].Value;
            var from = bracket.Index;
            while (from > 0 && bracket.Index - from < InitialsReach && (IsNameCharacter(text[from - 1]) || text[from - 1] == ','))
                from--;
            // A region before the bracket is the name's, not the acronym's ("Établissement public foncier
            // Hauts-de-France (EPF)"), as one after it is (WithRegionAfter).
            var before = text[from..bracket.Index].TrimEnd(' ', '\u00A0');
            var region = Gazetteer.FrenchRegionNames.FirstOrDefault(r => before.Length > r.Length && before.EndsWith(r, StringComparison.Ordinal) && before[^(r.Length + 1)] is ' ' or '\u00A0');
            // So is a département or a town after "du", "de la" …, which the acronym leaves out ("Maison
            // départementale des personnes handicapées du Pas-de-Calais (MDPH)"), tried when the whole does not spell it.
            var spelt = region is null ? before : before[..^region.Length];
            var placeTail = PlaceComplementAtEnd().Match(spelt);
            string?[] readings = [spelt, placeTail.Success && Gazetteer.IsPlace(placeTail.Groups["place"].Value) ? spelt[..placeTail.Index] : null];
            foreach (var reading in readings.OfType<string>())
            {
                if (!Spells(text, bracket, acronym, from, AcronymInitials.ContentWords(reading), out var mention))
                    continue;
                if (mention is not null)
                    yield return mention;
                break;
            }
        }
    }

    // Whether the initials of the words, from one of them capitalised, spell the acronym; the mention of that
    // name when a naming word opens it.
    private bool Spells(string text, Match bracket, string acronym, int from, List<Match> words, out OrganizationMention? mention)
    {
        mention = null;
        for (var start = words.Count - acronym.Length; start >= 0; start--)
        {
            // "la maison départementale des personnes handicapées (MDPH)": in lower case after a singular
            // article, the one body of that kind the opinion speaks of; not a kind whose acronym is a cue's
            // word ("les centres de formation d'apprentis (CFA)").
            var lowerCase = char.IsLower(words[start].Value[0]);
            if ((lowerCase && (!SingularArticleAtEnd().IsMatch(text.AsSpan(Math.Max(0, from + words[start].Index - 4), Math.Min(4, from + words[start].Index))) || catalogue.IsCueWord(acronym)))
                || (!lowerCase && !char.IsUpper(words[start].Value[0])) || !AcronymInitials.Spell(acronym, words.Skip(start).Select(w => w.Value).ToList()))
                continue;
            var name = text[(from + words[start].Index)..bracket.Index].TrimEnd(' ', '\u00A0', ',');
            var head = catalogue.Cues.Where(c => c.InName).Concat(catalogue.AcronymHeads)
                .FirstOrDefault(c => name.StartsWith(c.Word, StringComparison.OrdinalIgnoreCase) && (name.Length == c.Word.Length || !char.IsLetter(name[c.Word.Length])));
            if (lowerCase)
                name = char.ToUpperInvariant(name[0]) + name[1..];
            if (head is not null)
                mention = new OrganizationMention(name, acronym, catalogue.Find(acronym)?.Category ?? head.Category, from + words[start].Index, bracket.Index + bracket.Length - from - words[start].Index);
            return true;
        }
        return false;
    }

    private const int InitialsReach = 160;

    [GeneratedRegex(@"(?<![\p{L}])(?:[Ll][ae][ \u00A0]|[Ll]['’])\z", RegexOptions.CultureInvariant)]
    private static partial Regex SingularArticleAtEnd();

    [GeneratedRegex(@"[ \u00A0]+(?:de[ \u00A0]+la[ \u00A0]+|de[ \u00A0]+l['’]|du[ \u00A0]+|des[ \u00A0]+|de[ \u00A0]+|d['’])(?<place>\p{Lu}[\p{L}\-'’]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceComplementAtEnd();

    [GeneratedRegex(@"\((?<acr>\p{Lu}{3,8})\)", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalAcronymInBrackets();

    // For each bracket closed on its line: from the character after the last one before it that no
    // name holds (a comma, a line end, another bracket...) to the closing bracket. A stretch starts
    // after a character that is not a letter, as both patterns' names must.
    private static IEnumerable<(int Start, int Length)> StretchesBeforeBrackets(string text)
    {
        var close = -1;
        for (var open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            // Brackets opened one after the other before one closing share it: found once, not once each.
            if (close <= open)
                close = text.IndexOfAny(CloseOrLineEnd, open + 1);
            if (close < 0)
                yield break;
            // Not closed on its line: none after it on that line is either (one scan a line, however many brackets).
            if (text[close] != ')')
            {
                open = close;
                continue;
            }
            // Only the last bracket opened before the closing one can hold the acronym.
            var next = text.IndexOf('(', open + 1, close - open - 1);
            if (next >= 0)
            {
                open = next - 1;
                continue;
            }
            var start = open;
            while (start > 0 && IsNameCharacter(text[start - 1]))
                start--;
            yield return (start, close + 1 - start);
        }
    }

    private static readonly char[] CloseOrLineEnd = [')', '\n'];

    // What a name of either pattern may hold: letters, digits, spaces, apostrophes, hyphens and dashes, "+", ".", "&".
    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || char.IsNumber(c) || c is ' ' or '\u00A0' or '\'' or '’' or '-' or '–' or '+' or '.' or '&';

    [GeneratedRegex(@"(?<name>" + ProperName.Pattern + @"(?:[ \u00A0]+et[ \u00A0]+" + ProperName.Pattern + @")?)[ \u00A0]*\((?<acr>" + Acronym + @")\)", RegexOptions.CultureInvariant)]
    private static partial Regex NameAndAcronym();
}
