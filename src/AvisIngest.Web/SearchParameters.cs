using System.Globalization;
using AvisIngest.Search;
using Microsoft.AspNetCore.Http;

namespace AvisIngest.Web;

/// <summary>
/// The query string of the page and of the API: q, campus, organisation, year, outcome, section
/// (each may be repeated: any of the values), from, to, sort (pertinence|date), page.
/// </summary>
public static class SearchParameters
{
    /// <summary>The filters that take several values, in the order links write them.</summary>
    public static readonly string[] Filters = ["campus", "organisation", "year", "outcome", "section"];

    public static SearchRequest From(IQueryCollection query)
    {
        var page = query["page"].ToString();
        return new SearchRequest(query["q"].ToString())
        {
            Campus = Values(query, "campus"),
            Organisation = Values(query, "organisation"),
            Year = Values(query, "year").Select(y => int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
                ? year : throw new QuerySyntaxException($"année invalide : « {y} »")).ToList(),
            // French words are read as codes here, so that links and counts speak one language.
            Outcome = Values(query, "outcome").Select(FilterValues.OutcomeCode).Distinct().ToList(),
            Section = Values(query, "section").Select(FilterValues.SectionCode).Distinct().ToList(),
            From = Value(query, "from"),
            To = Value(query, "to"),
            Order = SearchOrders.Parse(Value(query, "sort")),
            OrganisationCounts = SearchRequest.OrganisationsShown,
            Page = page.Length == 0 ? 1
                : int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= SearchRequest.MaxPage ? p
                : throw new QuerySyntaxException($"page invalide : « {page} » (de 1 à {SearchRequest.MaxPage})"),
        };
    }

    /// <summary>The values of one filter of a request, as the query string writes them.</summary>
    public static IReadOnlyList<string> ValuesOf(SearchRequest request, string name) => name switch
    {
        "campus" => request.Campus,
        "organisation" => request.Organisation,
        "year" => request.Year.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
        "outcome" => request.Outcome,
        "section" => request.Section,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    /// <summary>The query string for a request with one filter's values replaced (empty removes it); the page resets to 1 unless given.</summary>
    public static string With(SearchRequest request, string name, IReadOnlyList<string> values, int page = 1)
    {
        var pairs = new List<KeyValuePair<string, string?>> { new("q", request.Query) };
        foreach (var filter in Filters)
            pairs.AddRange((filter == name ? values : ValuesOf(request, filter)).Select(v => KeyValuePair.Create(filter, (string?)v)));
        pairs.Add(new("from", name == "from" ? values.FirstOrDefault() : request.From));
        pairs.Add(new("to", name == "to" ? values.FirstOrDefault() : request.To));
        pairs.Add(new("sort", name == "sort" ? values.FirstOrDefault() : request.Order == SearchOrder.Date ? "date" : null));
        if (name == "excel")
            pairs.Add(new("excel", values.FirstOrDefault()));
        if (page > 1)
            pairs.Add(new("page", page.ToString(CultureInfo.InvariantCulture)));
        return QueryString.Create(pairs.Where(v => !string.IsNullOrEmpty(v.Value))).ToString();
    }

    /// <summary>The query string with another query, the filters kept.</summary>
    public static string WithQuery(SearchRequest request, string query) => AtPage(request with { Query = query }, 1);

    /// <summary>The query string with a page number and nothing else changed.</summary>
    public static string AtPage(SearchRequest request, int page) => With(request, "sort", request.Order == SearchOrder.Date ? ["date"] : [], page);

    /// <summary>The query string with one more value of a filter.</summary>
    public static string Adding(SearchRequest request, string name, string value) =>
        With(request, name, ValuesOf(request, name).Append(value).Distinct().ToList());

    /// <summary>The query string without one value of a filter.</summary>
    public static string Removing(SearchRequest request, string name, string value) =>
        With(request, name, ValuesOf(request, name).Where(v => v != value).ToList());

    private static IReadOnlyList<string> Values(IQueryCollection query, string name) =>
        query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct().ToList();

    private static string? Value(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } v ? v : null;
}
