using System.Text.RegularExpressions;
using AvisIngest.Extraction.Organizations.Candidates;
using AvisIngest.Extraction.Values;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Organizations;

/// <summary>
/// Every organisation the opinion names, once, with its acronym and category: mentions from the
/// finders (known names, cue words, acronyms in brackets, partner lists, category lists, names
/// followed by a region, subjects of a company's verbs, names after "chez" or "dirigeant de", agents after "exploité par", contractors after "a confié … à", committees and councils closed by their territory, names with a head office, an académie in lower case where it acts, the regional council named "la Région") over the whole text but its title block, then the names
/// coordinated with those; then the proper names they left undecided that the candidate
/// classifier takes for organisations (docs/accuracy.md: it ships since its additions on
/// never-seen documents are right more often than wrong); then linked. Never a town of the campus's sites, a country or region, a
/// person, a heading, the campus itself, the body that gives the opinion, or a name the data lists
/// as not an organisation (programmes, plans, funds).
/// </summary>
public sealed partial class OrganizationsExtractor(OrganizationCatalogue catalogue, OrganizationCandidateClassifier? classifier) : IFieldExtractor
{
    private readonly IReadOnlyList<IOrganizationMentionFinder> finders =
    [
        new KnownNameFinder(catalogue),
        new CueFinder(catalogue),
        new BracketAcronymFinder(catalogue),
        new PartnerListFinder(catalogue),
        new CategoryListFinder(catalogue),
        new SharedKindFinder(catalogue),
        new RegionalNameFinder(catalogue),
        new ActivitySubjectFinder(catalogue),
        new WorkplaceFinder(),
        new AgentFinder(),
        new ContractorFinder(),
        new TerritorialBodyFinder(),
        new SeatFinder(),
        new RepresentativeFinder(),
        new PrefectFinder(),
        new ActingTerritoryFinder(catalogue),
    ];

    private readonly RegionalCouncilFinder regionalCouncil = new();

    private readonly CoordinationFinder coordination = new(catalogue);

    private readonly OrganizationLinker linker = new(catalogue);

    private readonly OrganizationCandidateFinder candidates = new(catalogue);

    /// <summary>The rules and the committed classifier.</summary>
    public OrganizationsExtractor() : this(OrganizationCatalogue.Default, OrganizationCandidateClassifier.Default) { }

    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var text = TextOf(context, record);
        var mentions = RuleMentions(text, record);
        var classified = classifier is { HasModel: true } decider ? Accepted(Candidates(text, mentions, record), decider).ToList() : [];
        record.Organizations.AddRange(Organizations(text, record, mentions, classified));
    }

    /// <summary>
    /// The text organisations are read in: the body (<see cref="ExtractionContext.BodyText"/>) after the title, which
    /// names what the opinion is about and often who carries it ("… porté par le lycée Louis Blériot d'Étaples"),
    /// without what it quotes (a campus's theme, « Cuir, maroquinerie … »); not the title when it is the document's
    /// first line, a letterhead as often as a title (TitleExtractor's last resort).
    /// </summary>
    public static string TextOf(ExtractionContext context, OpinionRecord record)
    {
        var first = context.Document.Paragraphs.Select(context.Document.TextOf).FirstOrDefault();
        return record.Title.Length == 0 || record.Title == first ? context.BodyText() : Quoted().Replace(record.Title, "«»") + "\n" + context.BodyText();
    }

    [GeneratedRegex(@"«[^»]*»")]
    private static partial Regex Quoted();

    /// <summary>
    /// The organisations of the rules' mentions and of the names a classifier took, linked. A name the
    /// classifier took is an enumeration's item as a rule's is: its neighbours in the list are named too
    /// ("Rabot Dutilleul, Ramery et Eiffage Construction …").
    /// </summary>
    public List<Organization> Organizations(string text, OpinionRecord record, IReadOnlyList<OrganizationMention> mentions, IReadOnlyList<OrganizationMention> classified)
    {
        // The rules' own neighbours were found with them (RuleMentions): only the classifier's are looked at.
        var coordinated = classified.Count == 0 ? [] : coordination.Find(text, [.. mentions, .. classified], classified).Where(m => Keeps(m, record));
        return Link(mentions.Concat(classified).Concat(coordinated));
    }

    /// <summary>The proper names of the text the rules left undecided and that may be organisations of this opinion (<see cref="Keeps"/>).</summary>
    public IEnumerable<OrganizationCandidate> Candidates(string text, IReadOnlyList<OrganizationMention> decided, OpinionRecord record)
    {
        var undecided = OrganizationCandidateFinder.Undecided(decided);
        return candidates.Find(text, (name, index, length) => undecided(index, length) && Keeps(new OrganizationMention(name, null, null, index, length), record));
    }

    /// <summary>
    /// The candidates a classifier takes for organisations, as mentions. Not a bare acronym or code
    /// ("SRFS", "SUPJV2"): those are the known list's and the bracket rule's to judge, and one they
    /// left is a plan's, a study's or a project's as often as not. Never a person named with a
    /// title ("Mme Sophie Delattre") nor one word ending as an infinitive ("Insérer"), whatever the
    /// classifier says.
    /// </summary>
    public static IEnumerable<OrganizationMention> Accepted(IEnumerable<OrganizationCandidate> undecided, OrganizationCandidateClassifier decider) =>
        undecided.Where(c => !IsAcronymOrCode(c.Name) && !ProperName.PersonTitleFirst().IsMatch(c.Name) && !IsInfinitive(c.Name) && decider.Accepts(c)).Select(c => c.ToMention());

    // One capitalised word ending as a verb's infinitive: an objective in a list ("trois objectifs :
    // Former, Insérer et Innover"), which the classifier can take for a name; a company of one such
    // word ("Boulanger") is the known list's or a cue's to find.
    private static bool IsInfinitive(string name) =>
        !name.Contains(' ') && name.Length > 4 && name[1..].All(char.IsLower) && (name.EndsWith("er", StringComparison.Ordinal) || name.EndsWith("ir", StringComparison.Ordinal));

    // One word of capitals (and digits): "SRFS", "SUPJV2", "CMQ-E".
    private static bool IsAcronymOrCode(string name) =>
        !name.Contains(' ') && name.Count(char.IsLetter) >= 2 && name.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>The mentions the finders make of the text, kept and the longest of overlapping ones taken.</summary>
    public List<OrganizationMention> RuleMentions(string text, OpinionRecord record)
    {
        var mentions = Longest(finders.SelectMany(f => f.Find(text)).Concat(regionalCouncil.Find(text, record.Body.Region)).Where(m => Keeps(m, record)).ToList());
        mentions.AddRange(coordination.Find(text, mentions).Where(m => Keeps(m, record)));
        return Longest(mentions);
    }

    /// <summary>Organisations of mentions, linked (a name and its acronym are one, a known name is the known organisation).</summary>
    public List<Organization> Link(IEnumerable<OrganizationMention> mentions) => linker.Link(mentions);

    // Of two mentions that overlap, the one with the longer name; of two over the same words, the one
    // that has a category ("Cérésia et Vivescia ont ouvert …": the list's, not the verb's none).
    // Sorted by start, only mentions that start before one ends can overlap it, so a long text is not
    // compared pairwise.
    private static List<OrganizationMention> Longest(List<OrganizationMention> mentions)
    {
        var sorted = mentions.OrderBy(m => m.Index).ToList();
        var dropped = new bool[sorted.Count];
        for (var i = 0; i < sorted.Count; i++)
        {
            for (var j = i + 1; j < sorted.Count && sorted[j].Index < sorted[i].End; j++)
            {
                if (sorted[i].Index == sorted[j].Index && sorted[i].End == sorted[j].End && sorted[i].Category is not null && sorted[j].Category is null)
                    dropped[j] = true;
                else if (sorted[i].IsInside(sorted[j]))
                    dropped[i] = true;
                else if (sorted[j].IsInside(sorted[i]))
                    dropped[j] = true;
            }
        }
        return sorted.Where((_, i) => !dropped[i]).ToList();
    }

    /// <summary>Whether a mention may be an organisation of this opinion: not a place, the campus, the body giving it, or a listed non-organisation.</summary>
    public bool Keeps(OrganizationMention mention, OpinionRecord record)
    {
        var name = mention.Name;
        if (name.Length < 2 || catalogue.IsNotAnOrganization(name) || catalogue.Find(name) is null && IsPlace(mention, record))
            return false;
        if (name.StartsWith("CMQ", StringComparison.Ordinal) || name.StartsWith("Campus", StringComparison.OrdinalIgnoreCase)
            || (record.Campus.Acronym is { } campus && OrganizationCatalogue.KeyOf(name) == OrganizationCatalogue.KeyOf(campus)))
            return false;
        // "le CoRE Hauts-de-France" is the body too; the same kind of body of another region is not
        // ("le Comité régional des pêches … de Normandie" in the Hauts-de-France committee's opinion).
        var withoutRegion = Gazetteer.WithoutTrailingRegion(name);
        if (withoutRegion != name && record.Body.Region is { } region && Gazetteer.FrenchRegions.FirstIn(name) is { } named
            && OrganizationCatalogue.KeyOf(named) != OrganizationCatalogue.KeyOf(region))
            return true;
        return !SameAs(withoutRegion, record.Body.Name) && !SameAs(withoutRegion, record.Body.Acronym) && !SameAs(mention.Acronym, record.Body.Acronym);
    }

    private static bool SameAs(string? a, string? b) =>
        a is not null && b is not null && OrganizationCatalogue.KeyOf(a) == OrganizationCatalogue.KeyOf(b);

    // A département alone ("du Pas-de-Calais et la SAFER …") is a place, as a region or a country is;
    // so is a commune, a pays or a town abroad (corpus/places/) that no cue said the kind of ("le
    // laboratoire Roberval" is a laboratory, not the commune of the Oise).
    private static bool IsPlace(OrganizationMention mention, OpinionRecord record) =>
        (mention.Category is null
            ? Gazetteer.IsPlace(mention.Name)
            : Gazetteer.Countries.IsWhole(mention.Name) || Gazetteer.FrenchRegionsOldAndNew.IsWhole(mention.Name) || Gazetteer.HautsDeFranceDepartements.Contains(mention.Name.Trim()))
        || record.Campus.Sites.Any(site => SameAs(site, mention.Name));
}
