namespace AvisIngest.Search;

/// <summary>How the opinions found are ordered.</summary>
public enum SearchOrder
{
    /// <summary>Best match first (BM25 of the opinion's best section).</summary>
    Relevance,

    /// <summary>Most recent consultation first; opinions without a date last.</summary>
    Date,
}

/// <summary>
/// A search: the query, its filters (empty: any; several values of one filter: any of them, filters
/// together: all of them), a consultation date range, the order and the page of results wanted.
/// </summary>
public sealed record SearchRequest(string Query)
{
    /// <summary>Highest page number and page size accepted (page × size must stay far from int overflow).</summary>
    public const int MaxPage = 100_000;

    public const int MaxPageSize = 1000;

    /// <summary>Campus acronyms, in any case and spacing.</summary>
    public IReadOnlyList<string> Campus { get; init; } = [];

    /// <summary>Organisations' names or acronyms: opinions that name them (either form finds the same ones).</summary>
    public IReadOnlyList<string> Organisation { get; init; } = [];

    /// <summary>Years of consultation.</summary>
    public IReadOnlyList<int> Year { get; init; } = [];

    /// <summary>Section kinds: codes or French words (<see cref="FilterValues"/>).</summary>
    public IReadOnlyList<string> Section { get; init; } = [];

    /// <summary>Outcomes: codes or French words (<see cref="FilterValues"/>).</summary>
    public IReadOnlyList<string> Outcome { get; init; } = [];

    /// <summary>First day of consultation kept: "2024", "2024-01" or "2024-01-15" (the start of that period).</summary>
    public string? From { get; init; }

    /// <summary>Last day of consultation kept: "2025", "2025-06" or "2025-06-30" (the end of that period).</summary>
    public string? To { get; init; }

    public SearchOrder Order { get; init; } = SearchOrder.Relevance;

    /// <summary>
    /// How many of the most named organisations to count among the opinions found (0: none). Off by
    /// default: it reads the tens of organisations of every opinion found, which a server keeps in
    /// memory after the first query (+2 ms at p99) but a one-off `avis search` pays in full (+120 ms
    /// on 50,000 opinions found, docs/benchmarks.md).
    /// </summary>
    public int OrganisationCounts { get; init; }

    /// <summary>How many organisations the web page and the API count (<see cref="OrganisationCounts"/>).</summary>
    public const int OrganisationsShown = 15;

    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}

/// <summary>The opinions found (<see cref="Total"/> counts opinions, not sections), one page of them, and counts.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets)
{
    /// <summary>How the query was read when not as typed ("requête lue comme de simples mots …").</summary>
    public string? Note { get; init; }

    /// <summary>When nothing was found: the query with its unknown words corrected, which finds something.</summary>
    public string? Suggestion { get; init; }
}

/// <summary>One opinion found, with the sections that matched, best first.</summary>
public sealed record SearchHit(string Id, string? Campus, string? Date, string? Outcome, float Score, IReadOnlyList<SectionSnippet> Sections)
{
    /// <summary>The opinion's subject line ("Concernant le renouvellement du label …").</summary>
    public string Title { get; init; } = "";

    /// <summary>The issuing body as one line ("Comité régional pour l'emploi (CoRE) Hauts-de-France").</summary>
    public string Body { get; init; } = "";
}

public sealed record SectionSnippet(string Kind, string Snippet);

/// <summary>Opinions found by campus, year and outcome; and by the kind of section that matched.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Campus,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Outcome,
    IReadOnlyDictionary<string, int> Section)
{
    /// <summary>The most named organisations (their names as the records give them); null when <see cref="SearchRequest.OrganisationCounts"/> did not ask.</summary>
    public IReadOnlyDictionary<string, int>? Organisation { get; init; }
}

/// <summary>Options of <see cref="OpinionSearcher"/>.</summary>
public sealed record OpinionSearchOptions
{
    /// <summary>
    /// Indexes of at least this many Lucene documents (one per opinion and one per section) are
    /// grouped in parallel. Below about 20,000 opinions a query is grouped in a millisecond or two:
    /// handing slices to other threads costs about as much, and a busy server has no idle core.
    /// </summary>
    public int ParallelFrom { get; init; } = 200_000;

    /// <summary>How many slices a parallel search is cut into.</summary>
    public int Slices { get; init; } = Environment.ProcessorCount;
}
