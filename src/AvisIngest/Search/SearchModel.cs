namespace AvisIngest.Search;

/// <summary>A search: the query, its filters (null: any) and the page of results wanted.</summary>
public sealed record SearchRequest(string Query)
{
    /// <summary>Highest page number and page size accepted (page × size must stay far from int overflow).</summary>
    public const int MaxPage = 100_000;

    public const int MaxPageSize = 1000;

    public string? Campus { get; init; }

    /// <summary>An organisation's name or acronym: opinions that name it (either finds the same ones).</summary>
    public string? Organisation { get; init; }

    public int? Year { get; init; }
    public string? Section { get; init; }
    public string? Outcome { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 10;
}

/// <summary>The opinions found (<see cref="Total"/> counts opinions, not sections), one page of them, and counts.</summary>
public sealed record SearchResults(int Total, IReadOnlyList<SearchHit> Hits, SearchFacets Facets);

/// <summary>One opinion found, with the sections that matched, best first.</summary>
public sealed record SearchHit(string Id, string? Campus, string? Date, string? Outcome, float Score, IReadOnlyList<SectionSnippet> Sections);

public sealed record SectionSnippet(string Kind, string Snippet);

/// <summary>Opinions found by campus, year and outcome; and by the kind of section that matched.</summary>
public sealed record SearchFacets(
    IReadOnlyDictionary<string, int> Campus,
    IReadOnlyDictionary<string, int> Year,
    IReadOnlyDictionary<string, int> Outcome,
    IReadOnlyDictionary<string, int> Section);

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
