using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Web;

namespace AvisIngest.Tests.Faults;

/// <summary>What an attacker or a busy archivist does to `avis serve`: every answer is French, never a 500.</summary>
public class WebFaultTests
{
    private static async Task<(WebApplicationHandle Server, TempFolder Folder)> Start(bool withIndex = true)
    {
        var folder = TestFiles.NewTempFolder();
        var index = new OpinionIndex(folder.File("idx"));
        if (withIndex)
            Import(index, TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        var app = AvisWebApp.Build(index, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        return (new WebApplicationHandle(app), folder);
    }

    private static void Import(OpinionIndex index, string file) =>
        new IngestRunner(TestFiles.Pipeline, index, new IngestOptions()).Run([file], IngestProgress.None);

    internal sealed class WebApplicationHandle(Microsoft.AspNetCore.Builder.WebApplication app) : IAsyncDisposable
    {
        public HttpClient Client { get; } = new() { BaseAddress = new Uri(app.Urls.Single()) };

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await app.DisposeAsync();
        }
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Theory]
    [InlineData("/[/")]
    [InlineData("/(/")]
    [InlineData("/a)/")]
    [InlineData("/[z-a]/")]
    public async Task Regular_expression_syntax_is_read_as_plain_words_with_a_french_note_on_the_api_the_page_and_the_export(string query)
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;
        var q = Uri.EscapeDataString(query);

        var json = JsonDocument.Parse(await server.Client.GetStringAsync($"/api/search?q={q}")).RootElement;
        Assert.StartsWith("requête lue comme de simples mots : ", json.GetProperty("note").GetString());
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync($"/api/export.csv?q={q}")).StatusCode);
        var page = await server.Client.GetAsync($"/?q={q}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("requête lue comme de simples mots", await page.Content.ReadAsStringAsync());
        // Written as syntax (an unclosed quote), it is explained: 400 in French.
        var problem = await Problem(await server.Client.GetAsync($"/api/search?q={Uri.EscapeDataString("\"" + query)}"), HttpStatusCode.BadRequest);
        Assert.StartsWith("requête mal formée : ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_costly_regular_expression_is_not_run_and_answers_at_once()
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;
        var watch = Stopwatch.StartNew();

        // Took 44 s of CPU as a regular expression; read as text, its braces are signs: plain words.
        var answer = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("/a{99999}/"))).RootElement;

        Assert.StartsWith("requête lue comme de simples mots : ", answer.GetProperty("note").GetString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        // A slash between words is an ordinary separator, as people paste it.
        var hits = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=" + Uri.EscapeDataString("Chimie/Énergie"))).RootElement;
        Assert.Equal("2026CE01", hits.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("/api/search?q=chimie&page=214748365", "page invalide : « 214748365 » (de 1 à 100000)")]
    [InlineData("/api/search?q=chimie&page=-1", "page invalide : « -1 » (de 1 à 100000)")]
    [InlineData("/api/export.csv?q=%22", "requête mal formée : ")]
    [InlineData("/api/export.csv?table=nope", "table inconnue « nope »")]
    public async Task Bad_parameters_are_400_problems_in_french(string url, string detail)
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;

        Assert.StartsWith(detail, (await Problem(await server.Client.GetAsync(url), HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Very_long_queries_and_unknown_addresses_get_french_problems()
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;

        var longQuery = await Problem(await server.Client.GetAsync("/api/search?q=" + new string('a', 10_000)), HttpStatusCode.BadRequest);
        Assert.Equal("requête trop longue : 10000 caractères, au plus 1000", longQuery.GetProperty("detail").GetString());
        var manyWords = string.Join('+', Enumerable.Range(0, 1100).Select(i => "m" + i));
        Assert.StartsWith("requête trop longue", (await Problem(await server.Client.GetAsync("/api/search?q=" + manyWords), HttpStatusCode.BadRequest)).GetProperty("detail").GetString());
        Assert.Equal("Adresse inconnue", (await Problem(await server.Client.GetAsync("/api/nothing"), HttpStatusCode.NotFound)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task The_opinion_id_is_found_in_any_case()
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;

        var record = JsonDocument.Parse(await server.Client.GetStringAsync("/api/opinions/2026ce01")).RootElement;
        Assert.Equal("2026CE01", record.GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_export_with_no_index_is_a_503()
    {
        var (server, folder) = await Start(withIndex: false);
        await using var _ = server;
        using var __ = folder;

        var problem = await Problem(await server.Client.GetAsync("/api/export.csv"), HttpStatusCode.ServiceUnavailable);
        Assert.StartsWith("aucun index dans ", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task An_index_deleted_moved_or_rebuilt_under_the_server_is_noticed()
    {
        var (server, folder) = await Start();
        await using var _ = server;
        using var __ = folder;
        var index = new OpinionIndex(folder.File("idx"));
        async Task<string?> FirstId() =>
            JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=campus")).RootElement.GetProperty("hits")[0].GetProperty("id").GetString();
        Assert.Equal("2026CE01", await FirstId());

        // Rebuilt at the same path with another opinion: the new one is served, never the old.
        Directory.Delete(index.DirectoryPath, recursive: true);
        Import(index, TestFiles.Corpus(TestFiles.Id + ".txt"));
        await Task.Delay(600);
        for (var i = 0; i < 5; i++)
            Assert.Equal("2026CE02", await FirstId());

        // Moved away: 503 in French until an index is there again.
        Directory.Move(index.DirectoryPath, folder.File("elsewhere"));
        await Task.Delay(600);
        var problem = await Problem(await server.Client.GetAsync("/api/search?q=campus"), HttpStatusCode.ServiceUnavailable);
        Assert.StartsWith("aucun index dans ", problem.GetProperty("detail").GetString());
        Directory.Move(folder.File("elsewhere"), index.DirectoryPath);
        await Task.Delay(600);
        Assert.Equal("2026CE02", await FirstId());
    }
}
