using System.Text.Json;
using AvisIngest.Records;

namespace AvisIngest.Search;

/// <summary>
/// The one JSON form of search results, for `avis search --json` and GET /api/search alike:
/// {"total", "note", "suggestion", "hits": [{"id", "campus", "date", "outcome", "title", "body", "score", "sections": [{"kind", "snippet"}]}], "facets": {...}}.
/// </summary>
public static class SearchResultsJson
{
    public static string Serialize(SearchResults results) => JsonSerializer.Serialize(Shape(results), RecordJson.Options);

    private static object Shape(SearchResults results) => new
    {
        total = results.Total,
        note = results.Note,
        suggestion = results.Suggestion,
        hits = results.Hits.Select(h => new
        {
            id = h.Id,
            campus = h.Campus,
            date = h.Date,
            outcome = h.Outcome,
            title = h.Title,
            body = h.Body,
            score = Math.Round(h.Score, 4),
            sections = h.Sections.Select(s => new { kind = s.Kind, snippet = s.Snippet }),
        }),
        facets = new
        {
            campus = results.Facets.Campus,
            year = results.Facets.Year,
            outcome = results.Facets.Outcome,
            section = results.Facets.Section,
            organisation = results.Facets.Organisation,
        },
    };
}
