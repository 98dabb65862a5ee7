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
            try
            {
                if (string.IsNullOrWhiteSpace(http.Query["q"]) && !SearchParameters.Filters.Any(f => http.Query.ContainsKey(f)))
                    return Results.Content(SearchPage.Home(live.Read((searcher, _) => searcher.Latest(10))), "text/html; charset=utf-8");
            }
            catch (IndexUnavailableException e)
            {
                return Results.Content(SearchPage.Render(new SearchRequest(""), null, e.Message), "text/html; charset=utf-8", statusCode: 503);
            }
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

        app.MapGet("/avis/{id}", (string id, HttpRequest http, LiveIndex live) => Guard(() =>
        {
            // Opened from results, it carries their query string: its words are marked, and it leads back.
            var request = SearchParameters.From(http.Query);
            var back = request.Query.Length > 0 || http.Query.Count > 0 ? SearchParameters.AtPage(request, request.Page) : "";
            var page = live.Read((searcher, reader) => OpinionIndex.FindRecord(reader, id) is { } record
                ? OpinionPage.Render(record, OpinionIndex.SectionTexts(reader, record.Id), searcher.Highlighter(request), back)
                : null);
            return page is null
                ? NotFound("Avis introuvable", $"Aucun avis « {id} » dans l'index.")
                : Results.Content(page, "text/html; charset=utf-8");
        }));

        // Only the source file of an imported record, never a path the request names.
        app.MapGet("/avis/{id}/original", (string id, LiveIndex live) => Guard(() =>
        {
            var record = live.Read((_, reader) => OpinionIndex.FindRecord(reader, id));
            if (record is null)
                return NotFound("Avis introuvable", $"Aucun avis « {id} » dans l'index.");
            if (!File.Exists(record.Source.Path))
                return NotFound("Document original introuvable", $"Le fichier importé pour l'avis {record.Id} n'existe plus à sa place ({record.Source.Path}) : réimportez-le, ou « avis prune » retire l'avis.");
            var pdf = record.Source.Format == SourceFormat.Pdf;
            return Results.File(record.Source.Path, pdf ? "application/pdf" : "text/plain; charset=utf-8", enableRangeProcessing: true);
        }));

        app.MapGet("/campus/{campus}", (string campus, LiveIndex live) => Guard(() =>
        {
            var history = live.Read((_, reader) => CampusHistory.Of(reader, campus));
            return history.Count == 0
                ? NotFound("Campus introuvable", $"Aucun avis du campus « {campus} » dans l'index.")
                : Results.Content(CampusPage.Render(campus, history), "text/html; charset=utf-8");
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
            : NotFound("Page introuvable", "Cette page n'existe pas."));

        return app;
    }

    private static IResult NotFound(string title, string message) =>
        Results.Content(Html.Page(title, $"<h1>{Html.Text(title)}</h1><p class=\"error\">{Html.Text(message)}</p><p><a href=\"/\">Retour à la recherche</a></p>"), "text/html; charset=utf-8", statusCode: 404);

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
