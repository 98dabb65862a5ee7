using System.Globalization;
using AvisIngest.Search;
using Microsoft.AspNetCore.Http;

namespace AvisIngest.Web;

/// <summary>The query string of the page and of the API: q, campus, year, outcome, section, page.</summary>
public static class SearchParameters
{
    public static SearchRequest From(IQueryCollection query)
    {
        var year = query["year"].ToString();
        var page = query["page"].ToString();
        return new SearchRequest(query["q"].ToString())
        {
            Campus = Value(query, "campus"),
            Organisation = Value(query, "organisation"),
            Year = int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y
                : year.Length > 0 ? throw new QuerySyntaxException($"année invalide : « {year} »") : null,
            Outcome = Value(query, "outcome"),
            Section = Value(query, "section"),
            Page = page.Length == 0 ? 1
                : int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= SearchRequest.MaxPage ? p
                : throw new QuerySyntaxException($"page invalide : « {page} » (de 1 à {SearchRequest.MaxPage})"),
        };
    }

    /// <summary>The query string for a request, with one parameter changed (null removes it); the page resets to 1.</summary>
    public static string With(SearchRequest request, string name, string? value, int page = 1)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = request.Query,
            ["campus"] = request.Campus,
            ["organisation"] = request.Organisation,
            ["year"] = request.Year?.ToString(CultureInfo.InvariantCulture),
            ["outcome"] = request.Outcome,
            ["section"] = request.Section,
        };
        values[name] = value;
        if (page > 1)
            values["page"] = page.ToString(CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value))).ToString();
    }

    private static string? Value(IQueryCollection query, string name) => query[name].ToString() is { Length: > 0 } v ? v : null;
}
