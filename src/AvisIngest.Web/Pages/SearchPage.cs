using System.Text;
using AvisIngest.Presentation;
using AvisIngest.Records;
using AvisIngest.Search;

namespace AvisIngest.Web.Pages;

/// <summary>The search page: the box, the opinions found with their matched sentences, counts as filters, CSV links.</summary>
public static class SearchPage
{
    public static string Render(SearchRequest request, SearchResults? results, string? error)
    {
        var body = new StringBuilder();
        body.Append($"""
            <form class="search" method="get" action="/">
            <input type="search" name="q" value="{Html.Text(request.Query)}" placeholder="hydrogène, &quot;Saint-Quentin&quot;, énerg*…" autofocus aria-label="Recherche">
            {string.Concat(SearchParameters.Filters.SelectMany(f => SearchParameters.ValuesOf(request, f).Select(v => Hidden(f, v))))}{Hidden("from", request.From)}{Hidden("to", request.To)}{Hidden("sort", request.Order == SearchOrder.Date ? "date" : null)}
            <button type="submit">Rechercher</button>
            </form>
            """);
        if (error is not null)
            body.Append($"<p class=\"error\" role=\"alert\">{Html.Text(error)}</p>");
        if (results is null)
            return Html.Page("Recherche — avis du CoRE", body.ToString());

        body.Append("<div class=\"layout\"><div class=\"results\">");
        if (results.Note is { } note)
            body.Append($"<p class=\"note\">Note : {Html.Text(note)}.</p>");
        body.Append($"<p id=\"total\">{Html.Text(Total(results.Total, request.Query))}</p>");
        if (results.Suggestion is { } suggestion)
            body.Append($"<p class=\"suggestion\">Vouliez-vous dire « <a href=\"/{Html.Text(SearchParameters.WithQuery(request, suggestion))}\">{Html.Text(suggestion)}</a> » ?</p>");
        foreach (var hit in results.Hits)
        {
            body.Append($"""
                <div class="hit">
                <h2><a href="/avis/{Uri.EscapeDataString(hit.Id)}">{Html.Text(hit.Id)}</a> {Html.Text(hit.Campus ?? "")}</h2>
                <p class="subject">{Html.Text(hit.Title)}</p>
                <p class="meta">{Html.Text(hit.Date ?? "date inconnue")} — {Html.Text(FrenchLabels.OfOutcome(hit.Outcome))}</p>
                """);
            foreach (var section in hit.Sections)
                body.Append($"<p><span class=\"kind\">{Html.Text(FrenchLabels.OfKind(section.Kind))}</span> {Html.Snippet(section.Snippet)}</p>");
            body.Append("</div>");
        }
        var pages = (results.Total + request.PageSize - 1) / request.PageSize;
        if (pages > 1)
        {
            body.Append($"<p class=\"pages\">Page {request.Page} sur {pages}");
            if (request.Page > 1)
                body.Append($" · <a rel=\"prev\" href=\"/{Html.Text(SearchParameters.AtPage(request, Math.Min(request.Page - 1, pages)))}\">Page précédente</a>");
            if (request.Page < pages)
                body.Append($" · <a rel=\"next\" href=\"/{Html.Text(SearchParameters.AtPage(request, request.Page + 1))}\">Page suivante</a>");
            body.Append("</p>");
        }
        var csv = SearchParameters.AtPage(request, 1);
        body.Append($"""
            <p>Télécharger ces résultats : <a href="/api/export.csv{Html.Text(csv)}">CSV</a> ·
            <a href="/api/export.csv{Html.Text(SearchParameters.With(request, "excel", ["1"]))}">CSV pour Excel</a></p>
            </div><aside>
            """);
        Facet(body, request, "Campus", "campus", results.Facets.Campus, k => k);
        Facet(body, request, "Année", "year", results.Facets.Year, k => k);
        Facet(body, request, "Avis", "outcome", results.Facets.Outcome, FrenchLabels.OfOutcome);
        Facet(body, request, "Section", "section", results.Facets.Section, FrenchLabels.OfKind);
        body.Append("</aside></div>");
        return Html.Page($"{request.Query} — avis du CoRE", body.ToString());
    }

    private static void Facet(StringBuilder body, SearchRequest request, string title, string name, IReadOnlyDictionary<string, int> counts, Func<string, string> label)
    {
        var active = SearchParameters.ValuesOf(request, name);
        body.Append($"<h3>{Html.Text(title)}</h3><ul>");
        foreach (var value in active)
            body.Append($"<li><a href=\"/{Html.Text(SearchParameters.Removing(request, name, value))}\">× retirer « {Html.Text(label(value))} »</a></li>");
        foreach (var (key, count) in counts.Where(c => !active.Contains(c.Key)))
            body.Append($"<li><a href=\"/{Html.Text(SearchParameters.Adding(request, name, key))}\">{Html.Text(label(key))}</a> ({count})</li>");
        body.Append("</ul>");
    }

    private static string Hidden(string name, string? value) =>
        value is null ? "" : $"<input type=\"hidden\" name=\"{name}\" value=\"{Html.Text(value)}\">";

    private static string Total(int total, string query) => total switch
    {
        0 => $"Aucun avis ne correspond à « {query} ».",
        1 => $"1 avis correspond à « {query} ».",
        _ => $"{total} avis correspondent à « {query} ».",
    };
}
