using System.Text;
using AvisIngest.Export;
using AvisIngest.Presentation;
using AvisIngest.Records;
using AvisIngest.Search;

namespace AvisIngest.Web.Pages;

/// <summary>
/// The search page: the form (query, order, dates), the active filters as removable chips, the
/// opinions found with their subject, body and matched sentences, full pagination, counts as
/// filters, CSV links. Without a query, the home page: the index's size, its latest opinions, its
/// campuses and a short help on the query syntax.
/// </summary>
public static class SearchPage
{
    private static readonly (string Name, string Title, Func<string, string> Label)[] Facets =
    [
        ("campus", "Campus", k => k),
        ("year", "Année", k => k),
        ("outcome", "Avis", FrenchLabels.OfOutcome),
        ("section", "Section", FrenchLabels.OfKind),
        ("organisation", "Organisation", k => k),
    ];

    public static string Render(SearchRequest request, SearchResults? results, string? error)
    {
        var body = new StringBuilder();
        body.Append("<h1>Rechercher dans les avis</h1>");
        Form(body, request);
        if (error is not null)
            body.Append($"<p class=\"error\" role=\"alert\">{Html.Text(error)}</p>");
        if (results is null)
            return Html.Page("Recherche", body.ToString());

        Chips(body, request);
        body.Append("<div class=\"layout\"><div class=\"results\">");
        if (results.Note is { } note)
            body.Append($"<p class=\"note\">Note : {Html.Text(note)}.</p>");
        body.Append($"<p id=\"total\" role=\"status\">{Html.Text(Total(results, request))}</p>");
        if (results.Suggestion is { } suggestion)
            body.Append($"<p class=\"suggestion\">Vouliez-vous dire « <a href=\"/{Html.Text(SearchParameters.WithQuery(request, suggestion))}\">{Html.Text(suggestion)}</a> » ?</p>");
        var back = SearchParameters.AtPage(request, request.Page);
        foreach (var hit in results.Hits)
            Hit(body, hit, back);
        Pages(body, request, results.Total);
        if (results.Total > 0)
            CsvLinks(body, request);
        body.Append("</div><aside aria-label=\"Répartition des résultats\"><h2>Affiner</h2>");
        foreach (var (name, title, label) in Facets)
            Facet(body, request, name, title, Counts(results.Facets, name), label);
        body.Append("</aside></div>");
        return Html.Page(request.Query.Length > 0 ? $"« {request.Query} »" : "Recherche", body.ToString());
    }

    /// <summary>The home page: how many opinions, the latest ones, the campuses, the query syntax.</summary>
    public static string Home(SearchResults latest)
    {
        var body = new StringBuilder();
        body.Append("<h1>Rechercher dans les avis</h1>");
        Form(body, new SearchRequest(""));
        body.Append($"<p id=\"total\">{Html.Text(latest.Total switch { 0 => "L'index ne contient encore aucun avis : importez-en avec « avis ingest DOSSIER ».", 1 => "L'index contient 1 avis.", _ => $"L'index contient {latest.Total} avis." })}</p>");
        body.Append("""
            <details><summary>Comment écrire une recherche</summary><ul>
            <li>Tous les mots sont cherchés, sans tenir compte des accents, de la casse ni du pluriel : <code>hydrogène</code>, <code>energies renouvelables</code>.</li>
            <li><code>"site emblématique"</code> : l'expression exacte ; <code>énerg*</code> : les mots qui commencent ainsi ; <code>hydrogène~</code> : les mots proches.</li>
            <li><code>OR</code>, <code>NOT</code> et les parenthèses : <code>hydrogène OR batteries</code>, <code>campus NOT numérique</code>.</li>
            <li>Un sigle en capitales cherche le sigle : <code>NUM</code> ne trouve pas « numérique ».</li>
            <li>Des filtres dans la requête : <code>campus:"CMQe ID"</code>, <code>année:2026</code>, <code>décision:défavorable</code>, <code>section:axes</code>, <code>organisation:UPJV</code>.</li>
            </ul></details>
            """);
        if (latest.Hits.Count > 0)
        {
            body.Append("<div class=\"layout\"><div class=\"results\"><h2>Derniers avis</h2>");
            foreach (var hit in latest.Hits)
                Hit(body, hit, "", heading: "h3");
            body.Append("</div><aside aria-label=\"Campus\"><h2>Campus</h2><ul>");
            foreach (var (campus, count) in latest.Facets.Campus)
                body.Append($"<li><a href=\"{Html.Text(Html.CampusLink(campus))}\">{Html.Text(campus)}</a> ({count} avis)</li>");
            body.Append("</ul></aside></div>");
        }
        return Html.Page("Recherche", body.ToString());
    }

    private static void Form(StringBuilder body, SearchRequest request)
    {
        body.Append($"""
            <form class="search" method="get" action="/" role="search">
            <label for="q">Mots à chercher<input type="search" id="q" name="q" value="{Html.Text(request.Query)}" placeholder="hydrogène, &quot;site emblématique&quot;, énerg*"></label>
            <label for="sort">Ordre<select id="sort" name="sort"><option value="pertinence">pertinence</option><option value="date"{(request.Order == SearchOrder.Date ? " selected" : "")}>date (récents d'abord)</option></select></label>
            <label for="from">Du (AAAA-MM)<input id="from" name="from" size="10" value="{Html.Text(request.From)}" placeholder="2024-01"></label>
            <label for="to">Au (AAAA-MM)<input id="to" name="to" size="10" value="{Html.Text(request.To)}" placeholder="2025-06"></label>
            {string.Concat(SearchParameters.Filters.SelectMany(f => SearchParameters.ValuesOf(request, f).Select(v => $"<input type=\"hidden\" name=\"{f}\" value=\"{Html.Text(v)}\">")))}
            <button type="submit">Rechercher</button>
            </form>
            """);
    }

    // Every active filter once, each removable.
    private static void Chips(StringBuilder body, SearchRequest request)
    {
        var chips = Facets.SelectMany(f => SearchParameters.ValuesOf(request, f.Name).Select(v => (Text: $"{f.Title} : {f.Label(v)}", Href: SearchParameters.Removing(request, f.Name, v))))
            .Concat(request.From is { } from ? [(Text: $"Du {from}", Href: SearchParameters.With(request, "from", []))] : [])
            .Concat(request.To is { } to ? [(Text: $"Au {to}", Href: SearchParameters.With(request, "to", []))] : [])
            .ToList();
        if (chips.Count == 0)
            return;
        body.Append("<ul class=\"chips\" aria-label=\"Filtres actifs\">");
        foreach (var (text, href) in chips)
            body.Append($"<li><a href=\"/{Html.Text(href)}\" aria-label=\"Retirer le filtre {Html.Text(text)}\">{Html.Text(text)} ×</a></li>");
        body.Append("</ul>");
    }

    private static void Hit(StringBuilder body, SearchHit hit, string back, string heading = "h2")
    {
        var link = $"/avis/{Uri.EscapeDataString(hit.Id)}{back}";
        body.Append($"<div class=\"hit\"><{heading}><a href=\"{Html.Text(link)}\">{Html.Text(RecordFields.NameOf(hit.Id))}</a></{heading}>");
        if (hit.Title.Length > 0)
            body.Append($"<p class=\"subject\">{Html.Text(hit.Title)}</p>");
        body.Append("<p class=\"meta\">");
        if (hit.Body.Length > 0)
            body.Append($"{Html.Text(hit.Body)} — ");
        if (hit.Campus is { } campus)
            body.Append($"<a href=\"{Html.Text(Html.CampusLink(campus))}\">{Html.Text(campus)}</a> — ");
        body.Append($"{Html.Text(FrenchLabels.OfIsoDate(hit.Date))} — {Html.Text(hit.Outcome is null ? "décision non trouvée" : FrenchLabels.OfOutcome(hit.Outcome))}</p>");
        foreach (var section in hit.Sections)
            body.Append($"<p><span class=\"kind\">{Html.Text(FrenchLabels.OfKind(section.Kind))}</span> {Html.Snippet(section.Snippet)}</p>");
        body.Append("</div>");
    }

    // "Résultats 11–20 sur 34", previous, numbered pages (the first, the last, and two around the current), next.
    private static void Pages(StringBuilder body, SearchRequest request, int total)
    {
        var pages = (total + request.PageSize - 1) / request.PageSize;
        if (pages <= 1)
            return;
        if (request.Page > pages)
        {
            body.Append($"<p>Cette page n'existe pas : les résultats tiennent en {pages} pages. <a href=\"/{Html.Text(SearchParameters.AtPage(request, pages))}\">Dernière page</a></p>");
            return;
        }
        var first = (request.Page - 1) * request.PageSize + 1;
        var last = Math.Min(total, request.Page * request.PageSize);
        body.Append($"<nav class=\"pages\" aria-label=\"Pages de résultats\"><p>Résultats {first}–{last} sur {total}</p><ul>");
        if (request.Page > 1)
            body.Append($"<li><a rel=\"prev\" href=\"/{Html.Text(SearchParameters.AtPage(request, request.Page - 1))}\">précédente</a></li>");
        var shown = new SortedSet<int> { 1, pages };
        for (var p = Math.Max(1, request.Page - 2); p <= Math.Min(pages, request.Page + 2); p++)
            shown.Add(p);
        var previous = 0;
        foreach (var p in shown)
        {
            if (p > previous + 1)
                body.Append("<li aria-hidden=\"true\">…</li>");
            body.Append(p == request.Page
                ? $"<li><a aria-current=\"page\" href=\"/{Html.Text(SearchParameters.AtPage(request, p))}\">{p}</a></li>"
                : $"<li><a href=\"/{Html.Text(SearchParameters.AtPage(request, p))}\" aria-label=\"page {p}\">{p}</a></li>");
            previous = p;
        }
        if (request.Page < pages)
            body.Append($"<li><a rel=\"next\" href=\"/{Html.Text(SearchParameters.AtPage(request, request.Page + 1))}\">suivante</a></li>");
        body.Append("</ul></nav>");
    }

    private static void CsvLinks(StringBuilder body, SearchRequest request)
    {
        body.Append("<h2>Télécharger ces résultats</h2><ul class=\"csv\">");
        foreach (var table in Enum.GetValues<ExportTable>())
        {
            var name = RecordCodes.Of(table);
            var french = TableNames[table];
            var query = SearchParameters.AtPage(request, 1);
            var separator = query.Length == 0 ? "?" : "&";
            body.Append($"<li>{Html.Text(french)} : <a href=\"/api/export.csv{Html.Text(query + separator + "table=" + name)}\">CSV</a> · " +
                $"<a href=\"/api/export.csv{Html.Text(query + separator + "table=" + name + "&excel=1")}\">CSV pour Excel</a></li>");
        }
        body.Append("</ul>");
    }

    private static readonly Dictionary<ExportTable, string> TableNames = new()
    {
        [ExportTable.Opinions] = "avis", [ExportTable.Axes] = "axes", [ExportTable.Organizations] = "organisations", [ExportTable.Sites] = "sites",
        [ExportTable.Sections] = "sections", [ExportTable.Perspectives] = "perspectives", [ExportTable.Reservations] = "réserves", [ExportTable.Recommendations] = "recommandations",
    };

    private static IReadOnlyDictionary<string, int> Counts(SearchFacets facets, string name) => name switch
    {
        "campus" => facets.Campus,
        "year" => facets.Year,
        "outcome" => facets.Outcome,
        "organisation" => facets.Organisation ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, int>.Empty,
        _ => facets.Section,
    };

    // A value already chosen is shown checked (removing it is a chip above); another adds to it.
    private static void Facet(StringBuilder body, SearchRequest request, string name, string title, IReadOnlyDictionary<string, int> counts, Func<string, string> label)
    {
        if (counts.Count == 0)
            return;
        var active = SearchParameters.ValuesOf(request, name);
        body.Append($"<h3>{Html.Text(title)}</h3><ul>");
        foreach (var (key, count) in counts)
        {
            body.Append(active.Contains(key)
                ? $"<li><a href=\"/{Html.Text(SearchParameters.Removing(request, name, key))}\" aria-label=\"Retirer {Html.Text(label(key))}\">☑ {Html.Text(label(key))}</a> ({count})</li>"
                : $"<li><a href=\"/{Html.Text(SearchParameters.Adding(request, name, key))}\">{Html.Text(label(key))}</a> ({count})</li>");
        }
        body.Append("</ul>");
    }

    private static string Total(SearchResults results, SearchRequest request)
    {
        var query = request.Query.Length > 0 ? $" à « {request.Query} »" : "";
        return results.Total switch
        {
            0 => $"Aucun avis ne correspond{query}.",
            1 => $"1 avis correspond{query}.",
            _ => $"{results.Total} avis correspondent{query}.",
        };
    }
}
