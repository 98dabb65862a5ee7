using System.Text.RegularExpressions;
using AvisIngest.Extraction.Values;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Names introduced by their kind: "l'Université de Picardie Jules Verne", "le lycée Jean Rostand",
/// "le CHU de Lille", "le pôle de compétitivité Matikem", "le groupe Thales", "le fabricant de
/// batteries AESC". The cue gives the category; it is part of the name when it names ("Université
/// de …"), not when it announces ("le groupe …").
/// </summary>
public sealed partial class CueFinder : IOrganizationMentionFinder
{
    /// <summary>
    /// Most words after a naming cue: "Chambre de commerce et d'industrie Hauts-de-France" has six,
    /// "Institut régional de formation sanitaire et sociale de la Croix-Rouge française" and "Cité
    /// internationale de la dentelle et de la mode de Calais" ten (a name that fills the reach is
    /// taken for cut short, hence two more).
    /// </summary>
    public const int MaxWords = 12;

    private readonly IReadOnlyList<OrganizationCue> cues;
    private readonly OrganizationCatalogue catalogue;
    private readonly Regex announced;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> announcedFirstWords;
    private readonly Regex naming;
    private readonly Regex announcedAsName;
    private readonly Regex anyCue;
    private readonly NameIndex described;
    private readonly NameIndex describing;
    private readonly HashSet<string> verbsOfOrganizations;

    public CueFinder(OrganizationCatalogue catalogue)
    {
        cues = catalogue.Cues;
        this.catalogue = catalogue;
        verbsOfOrganizations = catalogue.ActivityVerbs.Select(v => v.Word).Where(v => !v.Contains(' ')).ToHashSet(StringComparer.Ordinal);
        // In the plural too: "les coopératives Unéal et Noriap" announces the first name, and the
        // names coordinated with it are found from it (CoordinationFinder).
        announced = CuePattern(cues.Where(c => !c.InName), withPlural: true, anchored: true, after: @"(?<sep>[ \u00A0]+(?:(?:de|du|des|d['’]|la|le|l['’])[ \u00A0]*)*|(?<=['’]))(?<name>" + ProperName.Pattern + ")");
        // Tried only where a word that starts a cue starts: over the whole text, the alternation was
        // tried at almost every letter, and was half of the organisations' time (docs/benchmarks.md).
        announcedFirstWords = cues.Where(c => !c.InName).SelectMany(c => c.Plural is { } plural ? [c.Word, plural] : new[] { c.Word })
            .Select(w => w[..FirstWordLength(w, 0)]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // The words after the cue are looked at, not consumed: another name may start among them.
        naming = CuePattern(cues.Where(c => c.InName), @"(?=(?<rest>(?:[ \u00A0]+[\p{L}\p{N}'’\-]+\+?){0," + MaxWords + "}))");
        // "l'Association régionale des industries agroalimentaires": an announcing cue written with its
        // capital after an article, then common words, names as a naming cue does.
        // Only the capitalised forms are searched: capitals are rare in a text, so the search is cheap.
        announcedAsName = CuePattern(cues.Where(c => !c.InName), @"(?=(?<rest>(?:[ \u00A0]+[\p{L}\p{N}'’\-]+){0," + MaxWords + "}))", capitalisedOnly: true);
        // The naming and the announcing cues are searched apart; where one starts inside a longer one
        // of the other kind ("syndicat" in "syndicat mixte"), the longer decides.
        // Anchored at the match's start: unanchored, a cue-less position scanned on to the text's end.
        anyCue = CuePattern(cues, @"(?![\p{L}])", withPlural: true, anchored: true);
        // Looked up at word starts, then the complement and the name read from there: one more
        // alternation regex over the text cost as much as every other cue together.
        // In the plural too, for a list in brackets ("les armements hauturiers (Euronor, Scapêche)").
        described = new NameIndex(cues.Where(c => c.TakesComplement).SelectMany(c => c.Plural is { } plural ? new[] { c.Word, plural } : [c.Word])
            .SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..] }));
        // The other cues in lower case, said of the name before them ("Val'hor, l'interprofession de …").
        describing = new NameIndex(cues.Where(c => !c.TakesComplement && !c.Word.Any(char.IsUpper)).Select(c => c.Word));
    }

    private const string ComplementWord = @"(?!(?:et|ou|qui|que|dont|à|au|aux|en|dans|sur|pour|avec|par|chez|est|sont|a|ont|se|sa|son|ses|leur|leurs|le|la|les|un|une|ce|cet|cette|ces|de|du|des|installée?s?|implantée?s?|située?s?|basée?s?)(?![\p{L}\-]))\p{Ll}[\p{Ll}\-]*";

    public IEnumerable<OrganizationMention> Find(string text)
    {
        foreach (var match in AnchoredMatches(announced, announcedFirstWords, text))
        {
            // "la cité des Électriciens": a housing estate, where "la Cité des métiers" is a centre.
            if (InLongerCue(text, match) || (CueOf(match).OnlyWithCapital && !char.IsUpper(match.Groups["cue"].Value[0])))
                continue;
            // "le semencier de Cappelle-en-Pévèle", "l'entreprise de Roubaix": after "de", a company's
            // trade names the place it is in, not the company.
            // "filiale de Fayat" names the group it belongs to.
            if (CueOf(match).Category == Records.OrganizationCategory.Company && OfPlace().IsMatch(match.Groups["sep"].ValueSpan) && !CueOf(match).NamesParent)
            {
                // "les sites de production de Biocodex à Beauvais, d'Unither Pharmaceuticals à Amiens et
                // de Delpharm à …": a site's "de" names its company when the town follows with "à".
                if (CueOf(match).NamesASite && TownAfter().Match(text, match.Index + match.Length) is { Success: true } town)
                {
                    foreach (var company in CompaniesOfSites(text, match.Groups["name"], town))
                        yield return new OrganizationMention(company.Value, null, CueOf(match).Category, company.Index, company.Length);
                }
                continue;
            }
            // "l'ancienne filature Le Blan": former works are a building, their name a monument's.
            if (CueOf(match).NamesASite && FormerJustBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 12), Math.Min(12, match.Index))))
                continue;
            // "des usages industriels 4.0": in the plural the cue is often a plain adjective or noun; only a capital names.
            if (!char.IsUpper(match.Groups["name"].Value[0]) && IsPlural(match))
                continue;
            // "l'association Elles bougent": a name opening with a pronoun or a possessive is a phrase,
            // read to the clause's punctuation.
            // So is one word followed by "au", "aux" or "sans" ("l'association Droit au vélo").
            var length = PhraseStarts.Contains(match.Groups["name"].Value) && PhraseEnd(text, match.Index + match.Length) is var end and > 0 ? end - match.Index
                : CueOf(match).Category == Records.OrganizationCategory.Network && !match.Groups["name"].Value.Contains(' ') && PhraseNameTail().Match(text, match.Index + match.Length) is { Success: true } tail ? match.Length + tail.Length
                // "l'association Ateliers d'art de France", "l'association Construire en Chanvre": one word, common
                // words, then a capitalised complement; not a region "en" names ("Emmaüs en Hauts-de-France").
                : CueOf(match).Category == Records.OrganizationCategory.Network && !match.Groups["name"].Value.Contains(' ') && CommonWordsThenProperTail().Match(text, match.Index + match.Length) is { Success: true } proper
                    && !(proper.Groups["en"].Success && Gazetteer.IsPlace(proper.Groups["proper"].Value)) ? match.Length + proper.Length
                // "sa filiale Parc éolien des Hauts de Bray SAS", "la société Le Blan et Cie": a company's legal form closes its name, common words before it too.
                : CueOf(match).Category == Records.OrganizationCategory.Company && LegalFormTail().Match(text, match.Index + match.Length) is { Success: true } form ? match.Length + form.Length
                : match.Length;
            var name = text.Substring(match.Groups["name"].Index, length - (match.Groups["name"].Index - match.Index));
            // "l'usine Renault de Douai", "l'entrepôt Amazon de Lauwin-Planque": the site's town is not the company's name.
            if (CueOf(match).NamesASite && OrganizationLinker.TownAtEnd().Match(name) is { Success: true } site)
            {
                length -= name.Length - site.Groups["rest"].Length;
                name = site.Groups["rest"].Value;
            }
            // "la Fondation Partage et Vie": after the cue written with its capital, in the singular,
            // two words joined by "et" are one name, the cue's word its first; after an association's
            // or a foundation's cue in lower case, the name without it ("l'association Habitat et Humanisme").
            var capitalisedCue = char.IsUpper(match.Groups["cue"].Value[0]);
            if (length == match.Length && (capitalisedCue || CueOf(match).Category == Records.OrganizationCategory.Network) && !IsPlural(match)
                && match.Groups["sep"].Value.Trim().Length == 0
                && !name.Contains(' ') && PairedName().Match(text, match.Index + length) is { Success: true } pair
                && catalogue.Find(pair.Groups["second"].Value) is null && !cues.Any(c => pair.Groups["second"].Value.Equals(c.Word, StringComparison.OrdinalIgnoreCase)))
            {
                length += pair.Length;
                name = capitalisedCue ? text.Substring(match.Index, length) : name + pair.Value;
            }
            // "la Fondation Hopale", "la Fondation de France": written with its capital, the word is the name's first.
            else if (capitalisedCue && CueOf(match).InNameWithCapital && !IsPlural(match))
                name = text.Substring(match.Index, length);
            // "la Maroquinerie Thomas, à Breteuil": works written with their capital are the company's name
            // (their town, already cut, still is not).
            else if (capitalisedCue && CueOf(match).NamesASite && !IsPlural(match)
                && LowerCaseLinkBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 6), Math.Min(6, match.Index))))
                name = text[match.Index..match.Groups["name"].Index] + name;
            yield return new OrganizationMention(name, AcronymAfter(text, match.Index + length), CueOf(match).Category, match.Index, length)
            {
                ListCategory = IsPlural(match) ? CueOf(match).Category : null,
            };
        }
        foreach (Match match in naming.Matches(text))
        {
            if (!InLongerCue(text, match) && NameAfterCue(text, match) is { } mention && !DescribesNameBefore(text, match))
                yield return WithDashedTail(text, mention);
        }
        foreach (Match match in announcedAsName.Matches(text))
        {
            if (InLongerCue(text, match))
                continue;
            // An acronym's capitals ("l'ETI familiale …") are not a name's: only a word's capital is.
            if (char.IsUpper(match.Groups["cue"].Value[0]) && !match.Groups["cue"].Value.All(char.IsUpper)
                && Word().Match(match.Groups["rest"].Value) is { Success: true } next && char.IsLower(next.Value[0])
                && CommonWordsEnd(text, match, Word().Matches(match.Groups["rest"].Value).ToList()) is var commonEnd and > 0)
            {
                var cueText = match.Groups["cue"].Value;
                // "la Fondation pour la sauvegarde et le développement du domaine de Chantilly accueillera …":
                // a network's purpose goes on past "et le", to the clause's end or its verb (NameAfterCue).
                var end = CueOf(match).Category == Records.OrganizationCategory.Network && PurposeLength(text, match.Groups["rest"].Index) is var purpose
                    && purpose > commonEnd ? purpose : commonEnd;
                yield return WithDashedTail(text, new OrganizationMention((cueText + match.Groups["rest"].Value[..end]).Trim(), AcronymAfter(text, match.Groups["rest"].Index + end), CueOf(match).Category, match.Index, cueText.Length + end));
            }
        }
        foreach (var (index, length) in described.FindAll(text))
        {
            var cue = CueOf(text.AsSpan(index, length));
            // A trade in the plural names a list after a determiner ("les armements …"); after a noun it
            // is an adjective ("les arts verriers").
            var plural = !text.AsSpan(index, length).Equals(cue.Word, StringComparison.OrdinalIgnoreCase);
            if (plural && !OrganizationCatalogue.EndsWithPluralDeterminer(text.AsSpan(0, index)))
                continue;
            var match = ComplementThenName().Match(text, index + length);
            // "un logisticien, GXO Logistics, pour …": the name between commas right after the trade.
            if (!match.Success && char.IsLower(text[index]))
                match = NameBetweenCommas().Match(text, index + length);
            if (match.Success)
            {
                var name = match.Groups["name"];
                // In the plural the trade is the list's: the names coordinated with this one get its category.
                yield return new OrganizationMention(name.Value, AcronymAfter(text, name.Index + name.Length), cue.Category, name.Index, name.Length)
                {
                    ListCategory = plural ? cue.Category : null,
                };
            }
            // "Duralex, verrier installé à …", "Néolithe, une jeune pousse qui …": the name the trade is said of.
            if (char.IsLower(text[index]) && NameSaidOf(text, index) is { } said)
                yield return new OrganizationMention(said.Name, null, cue.Category, said.Index, said.Name.Length);
        }
        // "Val'hor, l'interprofession de l'horticulture, …", "Plante & Cité, centre technique des espaces
        // verts, …": a kind in lower case whose clause names nothing (no capital before its end) is said
        // of the name before it. With a capital in the clause it names that one ("…, l'Université de Lille").
        foreach (var (index, length) in describing.FindAll(text))
        {
            // "Recherche, réseau et international": one word the text also writes in lower case is a common noun.
            // So is one whose complement is only its town ("au Phénix, scène nationale de Valenciennes").
            if (ClauseOfCommonWords().Match(text, index + length) is { Success: true } clause && (!clause.Groups["place"].Success || Gazetteer.IsPlace(clause.Groups["place"].Value))
                && NameSaidOf(text, index) is { } said
                && (said.Name.Contains(' ') || !WrittenInLowerCase(text, said.Name)))
                yield return new OrganizationMention(said.Name, null, CueOf(text.AsSpan(index, length)).Category, said.Index, said.Name.Length);
        }
    }

    // "… Hauts-de-France – Lille (ESMD)", "… du Nord – Pas-de-Calais (GON)": a proper name after a dash, then the
    // acronym in brackets, is the end of the name (its town, or a region's second half).
    private static OrganizationMention WithDashedTail(string text, OrganizationMention mention)
    {
        if (mention.End >= text.Length || DashedTail().Match(text, mention.End) is not { Success: true } tail
            || AcronymAfter(text, mention.End + tail.Length) is not { } acronym)
            return mention;
        return mention with { Name = mention.Name + tail.Value, Acronym = acronym, Length = mention.Length + tail.Length };
    }

    // "pour la pêche et la protection du milieu aquatique": "pour" (or "contre"), an article, then words
    // in lower case (articles and prepositions between), maybe a place at the end ("… du domaine de
    // Chantilly"), ending before punctuation, a line's end or a verb, negated ("n'ont") or in the future
    // ("accueillera"). Cut at a verb inside (PurposeLength).
    [GeneratedRegex(@"\G[ \u00A0]+(?:pour|contre)[ \u00A0]+(?:la[ \u00A0]+|le[ \u00A0]+|les[ \u00A0]+|l['’])" + PurposeWord
        + @"(?:[ \u00A0]+(?:et[ \u00A0]+)?(?:(?:la|le|les|de|du|des|aux?)[ \u00A0]+|[dl]['’])*" + PurposeWord + @"){0,7}?"
        + @"(?:[ \u00A0]+(?:de|du|des)[ \u00A0]+(?:la[ \u00A0]+|l['’])?\p{Lu}[\p{L}\-]+|[ \u00A0]+d['’]\p{Lu}[\p{L}\-]+)?"
        + @"(?=[ \u00A0]*(?:[,.;:)]|\n|\z)|[ \u00A0]+(?:n['’]|ne[ \u00A0]+)?(?:(?:a|ont|est|sont|sera|seront|avait|avaient|va|vont|doit|doivent|peut|peuvent|qui|que|dont)(?![\p{L}\-'’])|(?>\p{Ll}{3,})(?<=era|eront|ira|iront|dra|dront)(?![\p{L}\-'’])))", RegexOptions.CultureInvariant)]
    private static partial Regex PurposeTail();

    // A word of a purpose, whole (atomic: a word is never split between two repetitions, which made a
    // failing match try every split and the cue words fourteen times slower), not a verb that ends it.
    private const string PurposeWord = @"(?!(?:a|ont|est|sont|sera|seront|était|avait|avaient|va|vont|doit|doivent|peut|peuvent|qui|que|dont|et|ou)(?![\p{L}\-'’]))(?>\p{Ll}[\p{Ll}\-]*)";

    [GeneratedRegex(@"\G[ \u00A0]+[–—-][ \u00A0]+" + ProperName.Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex DashedTail();

    /// <summary>
    /// The length of a network's purpose from a position (<see cref="PurposeTail"/>), 0 if none: cut before
    /// a word that reads as the clause's verb ("la Fondation pour la recherche finance des bourses": a verb
    /// of the organisations' lists, one the purposes never hold, a plural in "-ent", or a word before a
    /// determiner), so that a clause running on to its full stop is not taken for the name.
    /// </summary>
    private int PurposeLength(string text, int from)
    {
        if (PurposeTail().Match(text, from) is not { Success: true } purpose)
            return 0;
        var words = Word().Matches(purpose.Value).ToList();
        // The first two words are "pour" and the article (or "l'" and a noun): no verb there.
        for (var i = 2; i < words.Count; i++)
        {
            var word = words[i].Value;
            var next = i + 1 < words.Count ? words[i + 1].Value : null;
            if ((!AfterArticleOrPreposition(words, i) && (IsClauseVerb(word) || ReadsAsPluralVerb(word))) || (next is not null && Determiners.Contains(next) && !ProperName.Connectors.Contains(word)))
                return Trimmed(words, i) is var end and > 0 && i > 2 ? end : 0;
        }
        return purpose.Length;
    }

    private bool IsClauseVerb(string word) =>
        verbsOfOrganizations.Contains(word) || ClauseVerbs.Contains(word);

    // What a body does, which a name's common words do not say of it ("pour la recherche finance …"); not
    // "œuvre", which a purpose holds ("pour la mise en œuvre de …").
    private static readonly HashSet<string> ClauseVerbs = new(StringComparer.Ordinal)
    {
        "finance", "cofinance", "soutient", "accompagne", "organise", "participe", "contribue", "intervient", "agit",
        "mène", "assure", "apporte", "réunit", "regroupe", "représente", "anime", "développe", "défend", "promeut", "coordonne",
        "attribue", "verse", "publie", "porte", "propose", "ouvre", "accueille",
        // What a member of a council says of the matter ("le syndicat SNES-FSU demande une étude de la Cnil").
        "demande", "demandent", "souhaite", "souhaitent", "regrette", "regrettent", "rappelle", "rappellent", "estime", "estiment",
        "signale", "signalent", "salue", "saluent", "recommande", "recommandent", "souligne", "soulignent", "réclame", "réclament",
        "dénonce", "dénoncent", "insiste", "insistent", "craint", "craignent",
    };

    private static bool WrittenInLowerCase(string text, string word)
    {
        var lower = char.ToLowerInvariant(word[0]) + word[1..];
        for (var at = text.IndexOf(lower, StringComparison.Ordinal); at >= 0; at = text.IndexOf(lower, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + lower.Length == text.Length || !char.IsLetter(text[at + lower.Length])))
                return true;
        }
        return false;
    }

    // The name before a comma (and an article) right before a kind, read right to left; or null.
    // "au Phénix, scène nationale de Valenciennes": a naming kind in lower case, in apposition to a name (right
    // after its comma, no article: "l'université d'Artois" is a list's next item), with only its town after it,
    // says what that name is (the describing cues read it), and names nothing itself.
    private bool DescribesNameBefore(string text, Match match) =>
        char.IsLower(match.Groups["cue"].Value[0]) && describing.FindAll(match.Groups["cue"].Value).Any()
        && CommaJustBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 3), Math.Min(3, match.Index)))
        && ClauseOfCommonWords().Match(text, match.Index + match.Groups["cue"].Length) is { Success: true } clause
        && clause.Groups["place"].Success && Gazetteer.IsPlace(clause.Groups["place"].Value) && NameSaidOf(text, match.Index) is not null;

    [GeneratedRegex(@",[ \u00A0\n]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex CommaJustBefore();

    // An article or a preposition in lower case right before a word: the word's capital is its own, not a sentence's.
    [GeneratedRegex(@"(?<![\p{L}])(?:la|le|les|l['’]|de|du|des|d['’]|à|au|aux|chez|avec|et)[ \u00A0]*\z", RegexOptions.CultureInvariant)]
    private static partial Regex LowerCaseLinkBefore();

    private static (string Name, int Index, int End)? NameSaidOf(string text, int kind)
    {
        var window = Math.Max(0, kind - AppositionReach);
        return NameBeforeApposition().Match(text, window, kind - window) is { Success: true } before
            ? ProperName.ReadRightToLeft(before.Groups["name"].Value, before.Groups["name"].Index)
            : null;
    }

    // ", GXO Logistics,": a name set between commas right after a trade.
    [GeneratedRegex(@"\G[ \u00A0]*,[ \u00A0]*(?<name>" + ProperName.Pattern + @")[ \u00A0]*,", RegexOptions.CultureInvariant)]
    private static partial Regex NameBetweenCommas();

    // From a kind to its clause's end (a comma, a full stop, a semicolon, a bracket, the line's end):
    // common words only.
    [GeneratedRegex(@"\G(?:[ \u00A0]+(?:\p{Ll}[\p{Ll}\-]*|[dlDL]['’]\p{Ll}[\p{Ll}\-]*))*(?:[ \u00A0]+(?:de[ \u00A0]+|d['’])(?<place>\p{Lu}[\p{L}\-]+))?[ \u00A0]*(?:[,.;)]|\n|\z)", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseOfCommonWords();

    private bool IsPlural(Match match) => match.Groups["cue"].Value.Equals(CueOf(match).Plural, StringComparison.OrdinalIgnoreCase);

    // Words that open a name made of a phrase ("Elles bougent", "Nous aussi"), not a name alone.
    private static readonly HashSet<string> PhraseStarts = new(StringComparer.Ordinal)
    {
        "Elles", "Ils", "Nous", "Vous", "On", "Tous", "Toutes", "Nos", "Vos", "Ensemble",
    };

    // Where a phrase name starting before this position ends: the clause's punctuation or the
    // paragraph's end within five lower-case words; -1 past them (where it ends is unknown).
    private static int PhraseEnd(string text, int from)
    {
        var phrase = PhraseTail().Match(text, from, Math.Min(80, text.Length - from));
        return phrase.Success ? phrase.Index + phrase.Length : -1;
    }

    [GeneratedRegex(@"\G(?:[ \u00A0]+\p{Ll}[\p{Ll}\-'’]*){1,5}(?=[ \u00A0]*(?:[.,;:!?)]|\n|\z))", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseTail();

    // " et Vie": a second capitalised word closing the name (no third one, nor an acronym, after it).
    [GeneratedRegex(@"\G[ \u00A0]+et[ \u00A0]+(?<second>\p{Lu}\p{Ll}+)(?![\p{L}\-'’]|[ \u00A0]+(?:\p{Lu}|\(|et\b|de\b|d['’]))", RegexOptions.CultureInvariant)]
    private static partial Regex PairedName();

    [GeneratedRegex(@"\G[ \u00A0]+(?:au|aux|sans)(?:[ \u00A0]+\p{Ll}[\p{Ll}\-'’]*){1,3}(?=[ \u00A0]*(?:[.,;:!?)]|\n|\z))", RegexOptions.CultureInvariant)]
    private static partial Regex PhraseNameTail();

    [GeneratedRegex(@"\G(?:[ \u00A0]+(?:d['’]|(?:de|du|des)[ \u00A0]+)\p{Ll}[\p{Ll}\-]*){0,2}[ \u00A0]+(?:(?:de|du|des)[ \u00A0]+(?:la[ \u00A0]+|l['’])?|(?<en>en)[ \u00A0]+)(?<proper>\p{Lu}[\p{L}\-]*)(?![\p{L}\-'’]|[ \u00A0]+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex CommonWordsThenProperTail();

    /// <summary>How far before a trade (in characters) the name it is said of is looked for.</summary>
    private const int AppositionReach = 120;

    // Right to left from the trade: a comma, maybe an article and an adjective set before a noun
    // ("Ubble, une jeune entreprise …"), and the name before them.
    // A hyphen before the name's first capital is inside the name ("Up-Tex, pôle …"), not its start; an
    // elided article's apostrophe is before it ("d'Up-Tex").
    [GeneratedRegex(@"(?<![\p{L}\p{N}\-]|(?<![dlDL])['’])(?<name>" + ProperName.Pattern + @")[ \u00A0]*,[ \u00A0]*(?:(?:le|la|un|une)[ \u00A0]+|l['’])?(?:(?:jeune|petite?|grande?|nouvelle|nouvel|nouveau|vieille|vieil|vieux|ancienne?)[ \u00A0]+)?\G", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NameBeforeApposition();

    // A trade and what it makes or where it comes from, then the name: "le fabricant de cellules de
    // batteries AESC", "le groupe taïwanais ProLogium". The name follows a common word, never "de"
    // ("l'entreprise familiale de Roubaix" names a town), and the complement holds no verb, article
    // or preposition that would open a clause ("le fabricant installé à Douai"); "à" joins common
    // words only ("le fabricant de pompes à chaleur Atlantic"), never a town ("de pièces à Douai").
    // A list in brackets may follow the trade with no complement ("les industriels (Arkema, Sabic)").
    [GeneratedRegex(@"\G(?:(?:[ \u00A0]+(?:(?:de|du|des|à)[ \u00A0]+|d['’])?" + ComplementWord + @"){1,4}[ \u00A0]+|(?:[ \u00A0]+(?:(?:de|du|des|à)[ \u00A0]+|d['’])?" + ComplementWord + @"){0,4}[ \u00A0]*\([ \u00A0]*)(?<name>" + ProperName.Pattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex ComplementThenName();

    // The naming cue and the words after it, up to the last capitalised one ("Centre hospitalier de
    // Valenciennes"), or up to an acronym in brackets ("Institut régional du travail social (IRTS)").
    // With neither, the cue is a common noun ("le lycée support"): no name.
    private OrganizationMention? NameAfterCue(string text, Match match)
    {
        var cueText = match.Groups["cue"].Value;
        var rest = match.Groups["rest"];
        var words = Word().Matches(rest.Value).ToList();
        var end = -1;
        var named = -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            // "et" joins the words of one name ("commerce et d'industrie"), not two names ("… et le CEA",
            // "… de la Somme et de l'Association régionale …").
            // "… Jules Verne accueillent les titulaires de BTS": the verb of the name ends it.
            if (StopWords.Contains(word) || OpensClause(word) || (word == "et" && !PairedAfterDes(words, i) && !(NamesTerritory(cueText) && CoordinatedPlace(words, i)) && (i + 1 >= words.Count || !JoinsName(words[i + 1].Value) || StartsName(words, i + 1))) || StartsDate(words, i)
                || OpensUniversity(words, i) || (i > 0 && ReadsAsPluralVerb(word)) || (i > 0 && IsClauseVerb(word) && !AfterArticleOrPreposition(words, i))
                // "de la Maison de la culture d'Amiens au Phénix": "au" before a name ends a range, as "à" does.
                || (word is "au" or "aux" && i + 1 < words.Count && IsCapitalised(words[i + 1].Value)))
                break;
            end = words[i].Index + word.Length;
            // A number names only after a capitalised word ("Lille 1") or after a short number that names
            // ("… 59 62", two départements; not a year); "regroupe 36 communes" is a count.
            if (IsCapitalised(word) && (!char.IsDigit(word[0]) || (i > 0 && named == words[i - 1].Index + words[i - 1].Length
                && (!char.IsDigit(words[i - 1].Value[0]) || word.Length <= 3))))
                named = end;
            // "… de la Croix-Rouge française": a nationality right after the name is part of it.
            else if (i > 0 && named == words[i - 1].Index + words[i - 1].Length && ProperName.IsClosingAdjective(word))
                named = end;
            // "Communauté de communes de l'Aire cantilienne", "… du Pays noyonnais": a place's adjective
            // right after the place the name ends on ("de" and a capitalised word) is part of it.
            else if (i > 1 && named == words[i - 1].Index + words[i - 1].Length && ProperName.IsPlaceAdjective(word) && IsPlaceComplement(words, i - 1))
                named = end;
        }
        var acronym = end >= 0 ? AcronymAfter(text, rest.Index + end) : AcronymAfter(text, rest.Index);
        var stop = named >= 0 ? named : acronym is not null ? Math.Max(end, 0) : CommonWordsEnd(text, match, words);
        // "Valenciennes Métropole", "avec Lille Métropole Habitat": a capitalised word right before a
        // capitalised cue, after a preposition, a conjunction or a comma, is the name's first word.
        var wordBefore = char.IsUpper(cueText[0]) ? CapitalisedWordBefore(text, match.Index, CapitalisedWordAfterLink()) : Match.Empty;
        if (stop < 0 && wordBefore.Success)
            stop = 0;
        if (stop < 0)
            return null;
        // "l'école d'ingénieurs IMT Nord Europe", "le syndicat professionnel Numeum": the kind and a
        // complement, then a known organisation's own name (or acronym), maybe with its town: that
        // organisation, over the kind's words too, so that a name coordinated with them is read
        // ("l'Université de Lille" has no such words between).
        if (KnownAfterComplement(rest.Value, words, stop, char.IsUpper(cueText[0]), CueOf(match).Category) is { } knownName)
            return new OrganizationMention(knownName, null, CueOf(match).Category, match.Index, cueText.Length + stop);
        // "laboratoire du CNRS", "le centre technique de l'UIMM", "l'ISA, école de Junia": a laboratory's, a technology
        // centre's or a school's kind in lower case, then the known body it belongs to, names that body.
        if (CueOf(match).Category is Records.OrganizationCategory.Other or Records.OrganizationCategory.School && char.IsLower(cueText[0]) && OwnerAfterKind(rest.Value, words, stop) is { } owner)
            return new OrganizationMention(owner.Name, owner.Acronym, owner.Category, match.Index, cueText.Length + stop);
        // "une agence EDF": a place of a known organisation, which the known names find; not another one.
        if (catalogue.Find(rest.Value[..stop].Trim()) is { } known && !OrganizationCatalogue.KeyOf(known.Name).StartsWith(OrganizationCatalogue.KeyOf(cueText), StringComparison.Ordinal))
            return null;
        // "dans son école de Gouvieux", "ses agences de Lille": a possessive's kind in lower case and its
        // town describe a place of an organisation named before, not one of its own.
        if (char.IsLower(cueText[0]) && OfOnePlace().IsMatch(rest.Value.AsSpan(0, stop))
            && PossessiveJustBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 8), Math.Min(8, match.Index))))
            return null;
        var name = char.ToUpperInvariant(cueText[0]) + cueText[1..] + rest.Value[..stop].TrimEnd();
        if (named >= 0 && named < end)
            acronym = AcronymAfter(text, rest.Index + named);
        var cue = CueOf(match);
        // "la Fédération du Nord pour la pêche et la protection du milieu aquatique a recensé …": a
        // federation's or an association's name, written with its capital, goes on with its purpose
        // in lower case, to the clause's end or its verb; right after the cue too ("la Fondation pour
        // la sauvegarde et le développement du domaine de Chantilly accueillera …"), where the common
        // words read before stopped at "et le".
        var purposeFrom = named == stop ? stop : named < 0 && words.Count > 0 && words[0].Value is "pour" or "contre" ? 0 : -1;
        if (cue.Category == Records.OrganizationCategory.Network && char.IsUpper(cueText[0]) && purposeFrom >= 0 && acronym is null
            && PurposeLength(text, rest.Index + purposeFrom) is var purpose and > 0 && purposeFrom + purpose >= stop)
        {
            name = (purposeFrom == 0 ? char.ToUpperInvariant(cueText[0]) + cueText[1..] : name.TrimEnd()) + " " + string.Join(' ', text.Substring(rest.Index + purposeFrom, purpose).Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
            stop = purposeFrom + purpose;
            acronym = AcronymAfter(text, rest.Index + stop);
        }
        // "le syndicat professionnel Numeum": a federation's kind, then its own name, which is the name
        // ("l'Union régionale Hauts-de-France" is named by its region: the whole is its name); so is
        // "la fédération Procos", the kind in lower case right before the name, not "la Fédération Procos". A
        // laboratory's or a technology centre's kind, in lower case, is one even right before the name
        // ("le laboratoire Roberval", "le centre technique IPC"); "le Laboratoire national …" names with it.
        // A federation's or a public body's kind in lower case is one right before the name too ("la
        // fédération Procos", "l'agence Dunkerque-Promotion").
        var ownNameFrom = char.IsLower(cueText[0]) && cue.Category is Records.OrganizationCategory.Network or Records.OrganizationCategory.Institution or Records.OrganizationCategory.Other ? 0
            : cue.Category == Records.OrganizationCategory.Network ? 1 : int.MaxValue;
        if (words.FindIndex(w => IsCapitalised(w.Value)) is var first && first >= ownNameFrom
            && words.Take(first).All(w => !ProperName.Connectors.Contains(w.Value) && !StopWords.Contains(w.Value) && !w.Value.Contains('\'') && !w.Value.Contains('’'))
            && words[first].Index < stop && rest.Value[words[first].Index..stop].Trim() is var own && Values.Gazetteer.FrenchRegions.FindAll(own).Count == 0)
            return new OrganizationMention(own, acronym, cue.Category, match.Index, cueText.Length + stop);
        // "la Grande École du Numérique": a capitalised word between an article and the capitalised cue
        // is the name's, as one after a link word is (above).
        var before = char.IsUpper(cueText[0]) ? CapitalisedWordBefore(text, match.Index) : Match.Empty;
        if (!before.Success)
            before = wordBefore;
        if (before.Success)
            return new OrganizationMention(before.Groups["word"].Value + " " + name.Trim(), acronym, cue.Category, before.Groups["word"].Index, match.Index - before.Groups["word"].Index + cueText.Length + stop);
        return new OrganizationMention(name.Trim(), acronym, cue.Category, match.Index, cueText.Length + stop);
    }

    private string? KnownAfterComplement(string rest, List<Match> words, int stop, bool capitalisedCue, Records.OrganizationCategory cueCategory)
    {
        var first = words.FindIndex(w => IsCapitalised(w.Value));
        // "l'Institut régional de formation … de la Croix-Rouge française", with its capital, is a body
        // of its own named after the one it belongs to ("de la", or elided "d'"); "l'institut de
        // formation de la Croix-Rouge française", in lower case, has no name but that one's.
        if (first <= 0 || words[first].Index >= stop
            || (capitalisedCue && (ProperName.Connectors.Contains(words[first - 1].Value) || ProperName.WithoutElision(words[first].Value) != words[first].Value))
            || !words.Take(first).Any(w => ProperName.WithoutElision(w.Value) is var letters && !ProperName.Connectors.Contains(letters) && letters != "l" && char.IsLower(letters[0])))
            return null;
        var run = rest[words[first].Index..stop].Trim();
        var known = IsKnownByOwnName(run) ? run
            : OrganizationLinker.TownAtEnd().Match(run) is { Success: true } town && IsKnownByOwnName(town.Groups["rest"].Value) ? town.Groups["rest"].Value
            : null;
        // "l'Institut des métiers d'excellence LVMH", "la Fondation d'entreprise Hermès": with its capital, a
        // kind that is no company, named after a known company, is a body of the company's, of its own ("l'École
        // d'ingénieurs IMT Nord Europe" is the school, "l'Institut de recherche technologique Railenium" the institute).
        return known is not null && capitalisedCue && cueCategory != Records.OrganizationCategory.Company
            && catalogue.Find(known)!.Category == Records.OrganizationCategory.Company ? null : known;
    }

    // "du CNRS", "de l'UIMM": prepositions and articles only, then a known organisation's own name to the name's end.
    private KnownOrganization? OwnerAfterKind(string rest, List<Match> words, int stop)
    {
        var first = words.FindIndex(w => IsCapitalised(w.Value));
        if (first <= 0 || words[first].Index >= stop || !words.Take(first).All(w => ProperName.Connectors.Contains(w.Value)))
            return null;
        var run = rest[(words[first].Index + words[first].Value.Length - ProperName.WithoutElision(words[first].Value).Length)..stop].Trim();
        return IsKnownByOwnName(run) ? catalogue.Find(run) : null;
    }

    // A known organisation's name or acronym, not one of its other names ("Région" alone is one).
    private bool IsKnownByOwnName(string words) =>
        catalogue.Find(words) is { } known
        && (OrganizationCatalogue.KeyOf(known.Name) == OrganizationCatalogue.KeyOf(words) || (known.Acronym is { } acronym && OrganizationCatalogue.KeyOf(acronym) == OrganizationCatalogue.KeyOf(words)));

    // Searched in the few characters before the cue only: from the text's start it would cost a scan per cue.
    private static Match CapitalisedWordBefore(string text, int cue, Regex? after = null)
    {
        var from = Math.Max(0, cue - 32);
        return (after ?? CapitalisedWordAfterArticle()).Match(text, from, cue - from);
    }

    [GeneratedRegex(@"(?:^|[\s(])(?:[Ll]a|[Ll]e|[Ll]es|du|des|au|aux)[ \u00A0]+(?<word>\p{Lu}\p{Ll}+)[ \u00A0]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordAfterArticle();

    // Also at a sentence's start ("Lille Métropole Habitat demande …"), the word being no determiner,
    // preposition or adverb that opens a sentence ("Les", "Depuis").
    [GeneratedRegex(@"(?:(?:^|[\s(])(?:de|d['’]|à|sur|avec|par|pour|chez|et|ou|dont|entre)[ \u00A0]+|,[ \u00A0]*|[.!?][ \u00A0]+|\n)(?!(?:Le|La|Les|Un|Une|Des|Du|De|Au|Aux|En|Dans|Pour|Par|Avec|Sur|Sous|Chez|Entre|Ce|Cet|Cette|Ces|Son|Sa|Ses|Leur|Leurs|Notre|Nos|Et|Ou|Mais|Donc|Or|Ainsi|Enfin|Puis|Ensuite|Aussi|Chaque|Tout|Toute|Tous|Toutes|Selon|Depuis|Après|Avant|Aucun|Aucune|Cependant|Toutefois|Dès|Lors|Quant|Outre|Afin)[ \u00A0])(?<word>\p{Lu}\p{Ll}+)[ \u00A0]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWordAfterLink();

    // "l'Institut national du ferroviaire, …", "l'Agence nationale pour la formation professionnelle des
    // adultes ouvrira …": a cue written with its capital after an article names, even when the words
    // after it are common ones. They run to the clause's punctuation, or to the verb (a word followed
    // by a determiner); without either within the cue's reach, where the name ends is unknown.
    private int CommonWordsEnd(string text, Match match, List<Match> words)
    {
        // "la CCI de région", "le CFA de branche": an acronym's common complement is no name
        // (an adjective is: "le CFA régional des métiers de l'agriculture").
        var cueText = match.Groups["cue"].Value;
        if (cueText.Length >= 2 && cueText.All(char.IsUpper) && words.Count > 0 && OpensComplement(words[0].Value))
            return -1;
        if (!(char.IsUpper(cueText[0]) || CueOf(match).NamesInLowerCase)
            || !(ArticleBefore().IsMatch(text.AsSpan(Math.Max(0, match.Index - 6), Math.Min(6, match.Index))) || CapitalisedWordBefore(text, match.Index).Success)
            || words.Count == 0 || !NameTailStart().IsMatch(words[0].Value))
            return -1;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            var next = i + 1 < words.Count ? words[i + 1].Value : null;
            // A word before "que" or "qui" that does not read as a name's is the verb ("la Confédération
            // paysanne craignent que …").
            if (next is not null && Determiners.Contains(next) && AfterArticleOrPreposition(words, i) && !StopWords.Contains(word))
                return Trimmed(words, i + 1);
            if ((word != "pour" && StopWords.Contains(word)) || OpensClause(word) || (word == "et" && (next is null || !JoinsName(next))) || (i > 0 && ReadsAsPluralVerb(word))
                || (next is not null && Determiners.Contains(next) && !ProperName.Connectors.Contains(word) && word != "contre")
                || (i > 0 && next is "que" or "qui" && !NameTailStart().IsMatch(word)) || CallVerbs.Contains(word) || (i > 0 && IsClauseVerb(word) && !AfterArticleOrPreposition(words, i)))
                return Trimmed(words, i);
        }
        // The words stopped before the cue's reach: at punctuation or the paragraph's end. In lower case, not
        // at a comma before another complement ("la direction régionale de l'économie, de l'emploi …"): the
        // name goes on past it, and where it ends is unknown.
        if (words.Count >= MaxWords || (char.IsLower(cueText[0]) && words.Count > 0 && ComplementAfterComma().IsMatch(text.AsSpan(match.Groups["rest"].Index + words[^1].Index + words[^1].Length))))
            return -1;
        return Trimmed(words, words.Count);
    }

    // Up to six words of a name (no clause's verb or preposition among them), then a legal form, or "et Cie", "& Fils".
    [GeneratedRegex(@"\G(?:[ \u00A0]+(?!(?:a|est|sont|ont|et|ou|avec|pour|qui|que|dont|à|au|aux|en|par|sur|dans|chez)(?![\p{L}'’\-]))[\p{L}\p{N}'’\-]+){0,6}?[ \u00A0]+(?:SAS|SASU|SARL|SA|SNC|SCOP|SCIC|EURL|SEM|SPL|(?:et|&)[ \u00A0]+(?:Cie|Fils))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex LegalFormTail();

    [GeneratedRegex(@"^,[ \u00A0]*(?:de|du|des|d['’])[ \u00A0\p{L}]")]
    private static partial Regex ComplementAfterComma();

    // "n'a pas formulé", "s'engage", "qu'il", "l'a rachetée": an elided negation, pronoun or conjunction
    // opens a clause, which no name holds (an elided article before a noun is a name's: "l'Aventure").
    private static bool OpensClause(string word) =>
        (word.Length > 2 && word[1] is '\'' or '’' && (word[0] is 'n' or 's' || (word[0] == 'l' && PronounObjectVerbs.Contains(word[2..]))))
        || word.StartsWith("qu'", StringComparison.Ordinal) || word.StartsWith("qu’", StringComparison.Ordinal);

    // "l'a", "l'ont", "l'avait": the verbs "avoir" and "être" after an elided object pronoun.
    private static readonly HashSet<string> PronounObjectVerbs = new(StringComparer.Ordinal) { "a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "était", "y" };

    // "… et l'École nationale supérieure maritime proposent des formations": a name's common words are
    // nouns and adjectives; one ending in "-ent" (not "-ment", "Établissement") is the verb of the
    // names it follows, save the few nouns and adjectives so ended ("agents", "permanent").
    private static bool ReadsAsPluralVerb(string word) =>
        word.Length >= 5 && char.IsLower(word[0]) && word.EndsWith("ent", StringComparison.Ordinal)
        && (!word.EndsWith("ment", StringComparison.Ordinal) || VerbsEndingInMent.Contains(word)) && !NounsEndingInEnt.Contains(word);

    // "la Fondation du patrimoine rappelle que …": the forms of "appeler", which end as adjectives in "-elle" do.
    private static readonly HashSet<string> CallVerbs = new(StringComparer.Ordinal) { "appelle", "rappelle", "interpelle" };

    // The usual verbs whose plural ends in "-ment" as the nouns do ("… de Calais forment des tisserands").
    private static readonly HashSet<string> VerbsEndingInMent = new(StringComparer.Ordinal)
    {
        "forment", "transforment", "informent", "réforment", "affirment", "confirment", "estiment", "expriment", "suppriment",
        "impriment", "aiment", "consomment", "nomment", "réclament", "proclament", "assument", "animent", "arment",
    };

    private static readonly HashSet<string> NounsEndingInEnt = new(StringComparer.Ordinal)
    {
        "agent", "parent", "client", "talent", "patient", "résident", "président", "adolescent", "accident", "continent",
        "excellent", "différent", "permanent", "compétent", "intelligent", "urgent", "équivalent", "prudent", "argent",
        "adhérent", "correspondant", "régent", "occident", "orient", "indépendant", "absent", "présent", "récent",
    };

    // A word after "de", "du", "des" or an article, or elided after one, is a noun, not the verb: "le
    // Centre technique du papier les salariés" ends on "papier" (a determiner after it opens what follows
    // the name), "le Syndicat mixte de collecte et de traitement …" goes on past "collecte", "l'Association
    // pour la collecte …" keeps its purpose, though "collecte" is a verb of the lists.
    private static bool AfterArticleOrPreposition(List<Match> words, int i) =>
        i > 0 && (words[i - 1].Value is "de" or "du" or "des" or "la" or "le" or "les" or "au" or "aux"
            || (words[i].Value.Length > 2 && words[i].Value[1] is '\'' or '’' && words[i].Value[0] is 'd' or 'l'));

    // The end of the words before the i-th, connectors at the end left out ("… des").
    private static int Trimmed(List<Match> words, int count)
    {
        while (count > 0 && (ProperName.Connectors.Contains(words[count - 1].Value) || words[count - 1].Value.EndsWith('\'') || words[count - 1].Value.EndsWith('’')))
            count--;
        return count == 0 ? -1 : words[count - 1].Index + words[count - 1].Length;
    }

    // "la loi … du 8 juillet 2013", "ouverte depuis 2019": a date is not part of a name ("Lille 1",
    // "Horizon 2020" are: a year right after a capitalised word is part of it).
    private static bool StartsDate(List<Match> words, int i) =>
        (Year().IsMatch(words[i].Value) && i > 0 && !IsCapitalised(words[i - 1].Value)) || (i + 1 < words.Count && (words[i].Value.All(char.IsDigit) || words[i].Value == "1er") && FrenchDate.IsMonth(words[i + 1].Value));

    [GeneratedRegex(@"^(?:19|20)\d\d$")]
    private static partial Regex Year();

    // Common words go on a name when they open as a name's do: a preposition ("pour la formation",
    // "du ferroviaire") or an adjective ("national", "supérieure", "maritime", "étaploise", "marin",
    // "agricole", "urbain"); not a pronoun and a verb ("l'Union en font partie").
    [GeneratedRegex(@"^(?:de|du|des|d['’]\p{L}+|pour|contre|\p{L}+(?:al|ale|aux|ales|ique|iques|ien|ienne|iens|iennes|ais|aise|aises|el|elle|els|elles|aire|aires|if|ive|ifs|ives|é|ée|és|ées|ant|ante|ants|antes|san|sanne|sans|sannes|ieur|ieure|ieurs|ieures|ime|imes|ois|oise|oises|in|ine|ins|ines|ain|aine|ains|aines|ier|ière|iers|ières|ole|oles))$", RegexOptions.CultureInvariant)]
    private static partial Regex NameTailStart();


    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal)
    {
        "le", "la", "les", "un", "une", "ses", "son", "sa", "leur", "leurs", "ce", "cet", "cette", "ces", "plusieurs", "chaque",
    };

    [GeneratedRegex(@"(?:^|[\s(])(?:[LlDd]['’]|[Ll][ae][ \u00A0]+|du[ \u00A0]+|au[ \u00A0]+)\z")]
    private static partial Regex ArticleBefore();

    // "de", "du", "des" or an elided "d'": a word that opens a complement.
    private static bool OpensComplement(string word) =>
        word is "de" or "du" or "des" || word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("d’", StringComparison.Ordinal);

    private static bool JoinsName(string next) =>
        next.StartsWith("d'", StringComparison.Ordinal) || next.StartsWith("d’", StringComparison.Ordinal)
        || (char.IsLower(next[0]) && !Articles.Contains(next) && !next.StartsWith("l'", StringComparison.Ordinal) && !next.StartsWith("l’", StringComparison.Ordinal));

    // After "et", "de l'Association …", "du lycée …": the first word past the prepositions and
    // elided articles is capitalised, or a cue, so another name starts.
    private bool StartsName(List<Match> words, int from)
    {
        for (var i = from; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (word is "de" or "du" or "des" or "la" or "le" or "les")
                continue;
            var letters = ProperName.WithoutElision(word);
            return ProperName.IsCapitalised(word) || cues.Any(c => c.InName && StartsWithCue(words, i, letters, c.Word));
        }
        return false;
    }

    // "centre hospitalier" starts at "centre" when the next words are the cue's next words.
    private static bool StartsWithCue(List<Match> words, int at, string first, string cue)
    {
        var cueWords = cue.Split(' ');
        if (!first.Equals(cueWords[0], StringComparison.OrdinalIgnoreCase) || at + cueWords.Length > words.Count)
            return false;
        for (var k = 1; k < cueWords.Length; k++)
        {
            if (!words[at + k].Value.Equals(cueWords[k], StringComparison.OrdinalIgnoreCase))
                return false;
        }
        return true;
    }

    // "Parc naturel régional des Caps et Marais d'Opale", "École des Ponts et Chaussées": after
    // "des", two capitalised words joined by "et" are one name's (never a cue's word after "et").
    private bool PairedAfterDes(List<Match> words, int i) =>
        i >= 2 && i + 1 < words.Count && words[i - 2].Value == "des" && IsCapitalised(words[i - 1].Value) && IsCapitalised(words[i + 1].Value)
        && !cues.Any(c => c.InName && words[i + 1].Value.Equals(c.Word, StringComparison.OrdinalIgnoreCase)) && catalogue.Find(words[i + 1].Value) is null;

    // "la communauté de communes du Caudrésis et du Catésis": an intercommunal body is often named after
    // two places, "et" and the second place's "du", "de la", "des" or "de l'" go on with its name; the second
    // is no cue's word nor a known organisation ("… du Douaisis et de l'Université …" ends at "et").
    private bool CoordinatedPlace(List<Match> words, int i)
    {
        if (i < 1 || !IsCapitalised(words[i - 1].Value) || i + 2 >= words.Count)
            return false;
        var next = words[i + 1].Value switch
        {
            "du" or "des" => i + 2,
            "de" when words[i + 2].Value == "la" => i + 3,
            "de" when ProperName.WithoutElision(words[i + 2].Value) != words[i + 2].Value => i + 2,
            _ => -1,
        };
        if (next < 0 || next >= words.Count)
            return false;
        var place = ProperName.WithoutElision(words[next].Value);
        return place.Length > 0 && char.IsUpper(place[0]) && catalogue.Find(place) is null
            && !cues.Any(c => c.InName && StartsWithCue(words, next, place, c.Word));
    }

    [GeneratedRegex(@"(?<![\p{L}])[Aa]ncien(?:ne)?s?[ \u00A0]+\z", RegexOptions.CultureInvariant)]
    private static partial Regex FormerJustBefore();

    // Intercommunal bodies, whose names are their territories'.
    private static bool NamesTerritory(string cue) => cue.StartsWith("communauté", StringComparison.OrdinalIgnoreCase);

    // "l'IUT de Béthune de l'Université d'Artois": a school's name stops before the university it
    // belongs to, which is another organisation (found from its own cue).
    // "l'IUT de Béthune de l'Université d'Artois", "le laboratoire LAMIH de l'université Polytechnique …",
    // "… de l'université de technologie de Compiègne": the university's cue with its capital, or in
    // lower case before its name (a capitalised word or its own "de").
    private bool OpensUniversity(List<Match> words, int i) =>
        words[i].Value is "de" or "du" && i > 0 && i + 1 < words.Count && ProperName.WithoutElision(words[i + 1].Value) is { Length: > 0 } next
        && (char.IsUpper(next[0]) || (i + 2 < words.Count && (IsCapitalised(words[i + 2].Value) || OpensComplement(words[i + 2].Value))))
        && cues.Any(c => c.InName && c.Category == Records.OrganizationCategory.University && next.Equals(c.Word, StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"(?<![\p{L}])(?:de|du|des|d['’])(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex OfPlace();

    // The company of a site and those of the sites listed after it, each with its own "de" and town.
    private static IEnumerable<Group> CompaniesOfSites(string text, Group first, Match town)
    {
        yield return first;
        for (var next = NextSite().Match(text, town.Index + town.Length); next.Success; next = NextSite().Match(text, next.Index + next.Length))
            yield return next.Groups["name"];
    }

    private const string Town = @"[ \u00A0]+à[ \u00A0]+\p{Lu}[\p{L}'’\-]+";

    [GeneratedRegex(@"\G" + Town, RegexOptions.CultureInvariant)]
    private static partial Regex TownAfter();

    [GeneratedRegex(@"\G(?:[ \u00A0]*,|[ \u00A0]+et)[ \u00A0]+(?:de[ \u00A0]+|d['’])(?<name>" + ProperName.Pattern + ")" + Town, RegexOptions.CultureInvariant)]
    private static partial Regex NextSite();

    // "et le", "et la", "et son" start another name; "et de", "et des" go on with this one ("métiers et de l'artisanat").
    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "le", "la", "les", "un", "une", "son", "sa", "ses", "leur", "leurs" };

    private static bool IsCapitalised(string word) => ProperName.IsCapitalised(word);

    // Words that end a name: verbs, and prepositions no organisation's name holds; the words that join a
    // body's former name to its present one ("l'École des Mines de Douai devenue IMT Nord Europe").
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "à", "est", "sont", "a", "ont", "pour", "avec", "dans", "sur", "qui", "que", "par", "ou", "mais", "ainsi", "dont", "se", "s'", "y", "il", "elle",
        // The other forms of "être" and "avoir": "que l'Institution intercommunale des wateringues soit dotée …".
        "soit", "soient", "sera", "seront", "serait", "seraient", "était", "étaient", "avait", "avaient", "aura", "auront",
        "devenu", "devenue", "devenus", "devenues", "rebaptisé", "rebaptisée", "renommé", "renommée", "aujourd'hui", "désormais",
        // "le conseil départemental de l'Oise et celui de l'Aisne": a pronoun stands for another one.
        "celui", "celle", "ceux", "celles",
    };

    private OrganizationCue CueOf(Match match) => CueOf(match.Groups["cue"].ValueSpan);

    private OrganizationCue CueOf(ReadOnlySpan<char> word)
    {
        foreach (var cue in cues)
        {
            if (word.Equals(cue.Word, StringComparison.OrdinalIgnoreCase) || word.Equals(cue.Plural, StringComparison.OrdinalIgnoreCase))
                return cue;
        }
        throw new InvalidOperationException($"mot introducteur inconnu : {word}");
    }

    // The matches of a regex anchored with \G, tried at each letter that starts a word (after no
    // letter, as the cues' look-behind wants) whose word is one of firstWords; none overlapping, in
    // text order, as Regex.Matches gives them.
    private static IEnumerable<Match> AnchoredMatches(Regex anchored, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> firstWords, string text)
    {
        var at = 0;
        while (at < text.Length)
        {
            if (!char.IsLetter(text[at]) || (at > 0 && char.IsLetter(text[at - 1])))
            {
                at++;
                continue;
            }
            var word = FirstWordLength(text, at);
            if (firstWords.Contains(text.AsSpan(at, word)) && anchored.Match(text, at) is { Success: true } match)
            {
                yield return match;
                at = Math.Max(at + 1, match.Index + match.Length);
            }
            else
            {
                at += word;
            }
        }
    }

    private static int FirstWordLength(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return end - at;
    }

    private bool InLongerCue(string text, Match match) =>
        anyCue.Match(text, match.Index) is { Success: true } longest && longest.Index == match.Index && longest.Groups["cue"].Length > match.Groups["cue"].Length;

    private static Regex CuePattern(IEnumerable<OrganizationCue> cues, string after, bool capitalisedOnly = false, bool withPlural = false, bool anchored = false) =>
        new((anchored ? @"\G" : "") + @"(?<![\p{L}])(?<cue>" + string.Join('|', cues.SelectMany(c => withPlural && c.Plural is { } plural ? [c.Word, plural] : new[] { c.Word }).OrderByDescending(w => w.Length)
                .Select(w => capitalisedOnly ? Regex.Escape(char.ToUpperInvariant(w[0]) + w[1..]) : CaseInsensitiveFirst(Regex.Escape(w)))) + ")" + after,
            RegexOptions.CultureInvariant | Pipeline.RunTimeRegex.Options);

    // "Université de Picardie Jules Verne (UPJV)": the acronym in brackets right after the name.
    internal static string? AcronymAfter(string text, int at)
    {
        var match = BracketedAcronym().Match(text[at..Math.Min(text.Length, at + 20)]);
        return match.Success && match.Groups["acr"].Value.Count(char.IsUpper) >= 2 ? match.Groups["acr"].Value : null;
    }

    // Each word's first letter either way: "grand port maritime" is also written "Grand Port Maritime".
    private static string CaseInsensitiveFirst(string cue) =>
        WordStart().Replace(cue, m => $"[{char.ToUpperInvariant(m.Value[0])}{char.ToLowerInvariant(m.Value[0])}]");

    [GeneratedRegex(@"(?<![\p{L}\\])\p{L}")]
    private static partial Regex WordStart();

    // "Erasmus+", "Canal+": a plus closes a name's word.
    [GeneratedRegex(@"[\p{L}\p{N}'’\-]+\+?")]
    private static partial Regex Word();

    // A department's number may follow ("(SDIS 59)", "(CDG 62)").
    [GeneratedRegex(@"^\s*\((?<acr>[\p{Lu}][\p{L}\p{N}+\-]{1,12}(?:[ \u00A0](?:\d{2,3}|2[AB]))?)\)")]
    private static partial Regex BracketedAcronym();

    // "de Gouvieux", "d'Amiens": a complement that is one capitalised word.
    [GeneratedRegex(@"^[ \u00A0]*(?:de[ \u00A0]+|d['’]|du[ \u00A0]+)\p{Lu}[\p{L}\-]*[ \u00A0]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OfOnePlace();

    [GeneratedRegex(@"(?<![\p{L}])(?:son|sa|ses|leur|leurs|notre|nos)[ \u00A0]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveJustBefore();

    // Whether the word at i is a place the name ends on: a capitalised word after "de", "du", "des", "de la",
    // or elided ("d'Opale", "de l'Aire"; "du Pays").
    private static bool IsPlaceComplement(List<Match> words, int i) =>
        IsCapitalised(words[i].Value) && (words[i].Value.StartsWith("l'", StringComparison.Ordinal) || words[i].Value.StartsWith("l’", StringComparison.Ordinal)
            ? words[i - 1].Value == "de"
            : words[i - 1].Value is "de" or "du" or "des" or "la" || words[i].Value.StartsWith("d'", StringComparison.Ordinal) || words[i].Value.StartsWith("d’", StringComparison.Ordinal));
}
