using AvisIngest.Indexing;
using AvisIngest.Records;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// Groups matching sections by opinion as they stream in, in document order. A section belongs to
/// the last opinion document before it, so a hit past the current opinion's block starts the next
/// opinion: no per-hit id lookup. Counts are kept by value number and only the best opinions are
/// resolved to strings, so that a query matching every opinion stays cheap. Organisations, several
/// per opinion, are counted only when asked.
/// </summary>
internal sealed class GroupingCollector(int wanted, SearchOrder order = SearchOrder.Relevance, bool countOrganisations = false) : ICollector
{
    private static readonly SectionKind[] Kinds = Enum.GetValues<SectionKind>();

    // Worst first: the queue's head is the group the next better one replaces.
    private readonly PriorityQueue<OpinionGroup, (float Score, int Doc)> best = new(Comparer<(float Score, int Doc)>.Create((a, b) => OpinionGroups.BestFirst.Compare(b, a)));
    private readonly Dictionary<string, int> campusCounts = new(StringComparer.Ordinal), yearCounts = new(StringComparer.Ordinal), outcomeCounts = new(StringComparer.Ordinal),
        organisationCounts = new(StringComparer.Ordinal);
    private readonly int[] kindCounts = new int[Kinds.Length];
    private readonly List<(int Doc, SectionKind Kind, float Score)> current = [];

    private Scorer? scorer;
    private int docBase;
    private SegmentBlocks? blocks;
    // Each search reads doc values through its own instances: they are not safe to share between threads.
    private SortedDocValues? ids, kinds, campuses, years, outcomes, dates;
    private SortedSetDocValues? organisations;
    private int[] segmentCampus = [], segmentYear = [], segmentOutcome = [], segmentOrganisation = [];
    private int currentOpinion = -1, currentBlockEnd = -1, currentMask;
    private bool opinionMatched;
    private float currentScore, worstKeptRank = float.MinValue;
    private int total;

    public bool AcceptsDocsOutOfOrder => false;

    public void SetScorer(Scorer scorer) => this.scorer = scorer;

    public void SetNextReader(AtomicReaderContext context)
    {
        FinishSegment();
        docBase = context.DocBase;
        var reader = context.AtomicReader;
        blocks = SegmentBlocks.Of(reader);
        ids = reader.GetSortedDocValues(IndexFields.Id);
        kinds = reader.GetSortedDocValues(IndexFields.Kind);
        campuses = reader.GetSortedDocValues(IndexFields.CampusDisplay);
        years = reader.GetSortedDocValues(IndexFields.Year);
        outcomes = reader.GetSortedDocValues(IndexFields.Outcome);
        dates = order == SearchOrder.Date ? reader.GetSortedDocValues(IndexFields.Date) : null;
        segmentCampus = new int[blocks.Campus.Values.Length];
        segmentYear = new int[blocks.Year.Values.Length];
        segmentOutcome = new int[blocks.Outcome.Values.Length];
        organisations = countOrganisations ? reader.GetSortedSetDocValues(IndexFields.OrganisationName) : null;
        segmentOrganisation = countOrganisations ? new int[blocks.Organisations.Values(organisations).Length] : [];
    }

    public void Collect(int doc)
    {
        if (doc > currentBlockEnd)
        {
            CloseOpinion();
            currentOpinion = blocks!.OpinionOf(doc);
            currentBlockEnd = blocks.BlockEnd(doc);
            currentScore = float.MinValue;
            currentMask = 0;
        }
        var score = scorer!.GetScore();
        if (blocks!.Opinions.Get(doc))
        {
            // Filters without words match the opinion document itself: an opinion, no section.
            currentScore = Math.Max(currentScore, score);
            opinionMatched = true;
            return;
        }
        var kindOrd = blocks!.Kind.OrdOf(doc, kinds);
        var kind = kindOrd < 0 ? SectionKind.Other : blocks.KindOfOrd[kindOrd];
        currentScore = Math.Max(currentScore, score);
        currentMask |= 1 << (int)kind;
        current.Add((docBase + doc, kind, score));
    }

    /// <summary>What was collected; the collector is done.</summary>
    public OpinionGroups Result()
    {
        FinishSegment();
        var top = new List<OpinionGroup>(best.Count);
        while (best.TryDequeue(out var group, out _))
            top.Add(group);
        top.Reverse();
        return new OpinionGroups(
            total,
            top,
            OpinionGroups.Sorted(campusCounts),
            OpinionGroups.Sorted(yearCounts),
            OpinionGroups.Sorted(outcomeCounts),
            OpinionGroups.Sorted(Kinds.Select(k => KeyValuePair.Create(RecordCodes.Of(k), kindCounts[(int)k]))),
            OrganisationTally.Merge(organisationCounts));
    }

    private void CloseOpinion()
    {
        if (current.Count == 0 && !opinionMatched)
            return;
        opinionMatched = false;
        // Filter values are on every document of the block: read them from the opinion document.
        var opinion = currentOpinion;
        total++;
        var campus = blocks!.Campus.OrdOf(opinion, campuses);
        var year = blocks.Year.OrdOf(opinion, years);
        var outcome = blocks.Outcome.OrdOf(opinion, outcomes);
        Count(segmentCampus, campus);
        Count(segmentYear, year);
        Count(segmentOutcome, outcome);
        if (countOrganisations)
        {
            foreach (var ord in blocks.Organisations.OrdsOf(opinion, organisations))
                segmentOrganisation[ord]++;
        }
        for (var mask = currentMask; mask != 0; mask &= mask - 1)
            kindCounts[System.Numerics.BitOperations.TrailingZeroCount(mask)]++;
        // Opinions arrive in document order, so one that only ties the worst kept is not better.
        var rank = order == SearchOrder.Date ? DateRank(opinion) : currentScore;
        if (best.Count < wanted || rank > worstKeptRank)
        {
            var group = new OpinionGroup(
                SegmentBlocks.Lookup(ids!, ids!.GetOrd(opinion)),
                ValueOf(blocks.Campus, campus),
                ValueOf(blocks.Year, year),
                ValueOf(blocks.Outcome, outcome),
                currentScore,
                rank,
                docBase + opinion,
                current.Select(c => new SectionMatch(c.Doc, RecordCodes.Of(c.Kind), c.Score)).ToList());
            if (best.Count >= wanted)
                best.Dequeue();
            best.Enqueue(group, (rank, docBase + opinion));
            if (best.Count >= wanted && best.TryPeek(out _, out var worst))
                worstKeptRank = worst.Score;
        }
        current.Clear();
    }

    // The consultation date's day number (exact in a float): later ranks higher, an opinion without a date lowest.
    private float DateRank(int opinion)
    {
        var ord = dates?.GetOrd(opinion) ?? -1;
        if (ord < 0)
            return float.MinValue;
        var bytes = new Lucene.Net.Util.BytesRef();
        dates!.LookupOrd(ord, bytes);
        return DateOnly.TryParseExact(bytes.Utf8ToString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date.DayNumber : float.MinValue;
    }

    private static void Count(int[] counts, int ord)
    {
        if (ord >= 0)
            counts[ord]++;
    }

    private static string? ValueOf(SegmentBlocks.OrdColumn column, int ord) => ord < 0 ? null : column.Values[ord];

    // Per-segment counts by value number become counts by value once, at the segment's end.
    private void FinishSegment()
    {
        CloseOpinion();
        currentBlockEnd = -1;
        if (blocks is not null)
        {
            AddCounts(campusCounts, blocks.Campus, segmentCampus);
            AddCounts(yearCounts, blocks.Year, segmentYear);
            AddCounts(outcomeCounts, blocks.Outcome, segmentOutcome);
        }
        var names = segmentOrganisation.Length > 0 ? blocks!.Organisations.Values(organisations) : [];
        for (var ord = 0; ord < segmentOrganisation.Length; ord++)
        {
            if (segmentOrganisation[ord] > 0)
                organisationCounts[names[ord]] = organisationCounts.GetValueOrDefault(names[ord]) + segmentOrganisation[ord];
        }
        segmentCampus = segmentYear = segmentOutcome = segmentOrganisation = [];
    }

    private static void AddCounts(Dictionary<string, int> counts, SegmentBlocks.OrdColumn column, int[] byOrd)
    {
        for (var ord = 0; ord < byOrd.Length; ord++)
        {
            if (byOrd[ord] > 0)
                counts[column.Values[ord]] = counts.GetValueOrDefault(column.Values[ord]) + byOrd[ord];
        }
    }
}
