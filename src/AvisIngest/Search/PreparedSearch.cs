using AvisIngest.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// A request read without the index: its field queries moved into its filters and its text parsed.
/// Needing no reader, it can be made while the index opens: a cold `avis search` does so on a
/// second core (docs/benchmarks.md).
/// </summary>
public sealed record PreparedSearch(SearchRequest Request, Query Query, string? Note)
{
    public static PreparedSearch Of(SearchRequest request) => OfExtracted(QueryFields.Extract(request));

    /// <summary>For a request whose field queries are already in its filters.</summary>
    internal static PreparedSearch OfExtracted(SearchRequest request)
    {
        // No words, only filters: every opinion within them (its opinion document).
        if (string.IsNullOrWhiteSpace(request.Query) && QueryFields.HasFilters(request))
            return new(request, new TermQuery(new Term(IndexFields.Type, IndexFields.OpinionType)), null);
        var parsed = FrenchQueryParser.ParseForgiving(request.Query);
        return new(request, parsed.Query, parsed.Note);
    }
}
