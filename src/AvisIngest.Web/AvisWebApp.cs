using AvisIngest.Export;
using AvisIngest.Indexing;
using AvisIngest.Records;
using AvisIngest.Search;
using AvisIngest.Web.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AvisIngest.Web;

/// <summary>
/// `avis serve`: the French search page and the JSON API over the index, on ASP.NET Core's own
/// server. Pages are rendered on the server (no front-end build); every document text is escaped.
/// </summary>
public static class AvisWebApp
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    public static WebApplication Build(OpinionIndex index, IEnumerable<string> urls)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.Configure<KestrelServerOptions>(o =>
        {
            o.AllowSynchronousIO = true; // the CSV exporter writes synchronously, streaming
            // Long pasted queries reach the application, which refuses them in French past
            // FrenchQueryParser.MaxLength, rather than Kestrel's bare 414 at 8 KB.
            o.Limits.MaxRequestLineSize = 64 * 1024;
        });
        builder.Services.AddSingleton(new LiveIndex(index));
        builder.WebHost.UseUrls(urls.ToArray());
        var app = builder.Build();
        app.Use(AnswerEveryFailureInFrench);

        app.MapGet("/", (HttpRequest http, LiveIndex live) =>
        {
            if (string.IsNullOrWhiteSpace(http.Query["q"]))
                return Results.Content(SearchPage.Render(new SearchRequest(""), null, null), "text/html; charset=utf-8");
            try
            {
                var request = SearchParameters.From(http.Query);
                var results = live.Read((searcher, _) => searcher.Search(request));
                return Results.Content(SearchPage.Render(request, results, null), "text/html; charset=utf-8");
            }
            catch (Exception e) when (e is QuerySyntaxException or IndexUnavailableException)
            {
                return Results.Content(SearchPage.Render(new SearchRequest(http.Query["q"].ToString()), null, e.Message), "text/html; charset=utf-8",
                    statusCode: e is QuerySyntaxException ? 400 : 503);
            }
        });

        app.MapGet("/avis/{id}", (string id, LiveIndex live) => Guard(() =>
        {
            var page = live.Read((_, reader) => OpinionIndex.FindRecord(reader, id) is { } record
                ? OpinionPage.Render(record, OpinionIndex.SectionTexts(reader, record.Id))
                : null);
            return page is null
                ? Results.Content(Html.Page("Avis introuvable", $"<p class=\"error\">Aucun avis « {Html.Text(id)} » dans l'index.</p>"), "text/html; charset=utf-8", statusCode: 404)
                : Results.Content(page, "text/html; charset=utf-8");
        }));

        app.MapGet("/api/search", (HttpRequest http, LiveIndex live) => Guard(() =>
        {
            var request = SearchParameters.From(http.Query);
            var results = live.Read((searcher, _) => searcher.Search(request));
            return Results.Text(SearchResultsJson.Serialize(results), "application/json; charset=utf-8");
        }));

        app.MapGet("/api/opinions/{id}", (string id, LiveIndex live) => Guard(() =>
            live.Read((_, reader) => OpinionIndex.FindRecord(reader, id)) is { } record
                ? Results.Text(RecordJson.Serialize(record), "application/json; charset=utf-8")
                : Results.Problem(title: "Avis introuvable", detail: $"aucun avis « {id} » dans l'index", statusCode: 404)));

        app.MapGet("/api/export.csv", (HttpContext context, LiveIndex live) => Guard(() =>
        {
            var http = context.Request;
            var tableName = http.Query["table"].ToString() is { Length: > 0 } t ? t : "opinions";
            if (!RecordCodes.TryParse<ExportTable>(tableName.ToLowerInvariant(), out var table))
                throw new QuerySyntaxException($"table inconnue « {tableName} »");
            var request = SearchParameters.From(http.Query);
            var dialect = http.Query["excel"] == "1" ? CsvDialect.Excel : CsvDialect.Rfc4180;
            // The query and the index are checked before the answer starts: once the CSV streams,
            // a failure can no longer become a 400 or a 503.
            live.Read((searcher, _) => searcher.OpinionDocs(request));
            var gone = context.RequestAborted;
            return Results.Stream(body =>
            {
                live.Read((searcher, _) => CsvExporter.Write(body, table,
                    searcher.OpinionDocs(request).TakeWhile(_ => !gone.IsCancellationRequested).Select(searcher.RecordAt), dialect));
                return Task.CompletedTask;
            }, "text/csv; charset=utf-8", $"avis-{tableName.ToLowerInvariant()}.csv");
        }));

        app.MapFallback((HttpContext context) => context.Request.Path.StartsWithSegments("/api")
            ? Results.Problem(title: "Adresse inconnue", detail: $"aucune ressource « {context.Request.Path} » : voir /api/search, /api/opinions/{{id}}, /api/export.csv", statusCode: 404)
            : Results.Content(Html.Page("Page introuvable", "<p class=\"error\">Cette page n'existe pas. <a href=\"/\">Retour à la recherche</a></p>"), "text/html; charset=utf-8", statusCode: 404));

        return app;
    }

    // Whatever escapes a handler becomes a French problem+json, never a bare 500 or an English page:
    // a malformed request (bad encoding, oversized header) a 400, anything else a 500 that says so.
    private static async Task AnswerEveryFailureInFrench(HttpContext context, Func<Task> next)
    {
        try
        {
            await next();
        }
        catch (Exception e) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            var bad = e is Microsoft.AspNetCore.Http.BadHttpRequestException or QuerySyntaxException;
            context.Response.Clear();
            await Results.Problem(
                title: bad ? "Requête incorrecte" : "Erreur interne",
                detail: bad ? "la requête n'a pas pu être lue" : "le serveur n'a pas pu répondre à cette requête ; réessayez, et signalez-la si elle échoue encore",
                statusCode: bad ? 400 : 500).ExecuteAsync(context);
        }
    }

    // A malformed query is a 400 with a problem-details body in French; no index yet, a 503.
    private static IResult Guard(Func<IResult> handle)
    {
        try
        {
            return handle();
        }
        catch (QuerySyntaxException e)
        {
            return Results.Problem(title: "Requête mal formée", detail: e.Message, statusCode: 400);
        }
        catch (IndexUnavailableException e)
        {
            return Results.Problem(title: "Index indisponible", detail: e.Message, statusCode: 503);
        }
    }
}
