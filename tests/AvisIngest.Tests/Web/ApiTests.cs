using System.Net;
using System.Text;
using System.Text.Json;
using AvisIngest.Ingest;
using AvisIngest.Search;
using AvisIngest.Tests.Search;

namespace AvisIngest.Tests.Web;

public class ApiTests(WebServerFixture server) : IClassFixture<WebServerFixture>
{
    [Fact]
    public async Task Search_returns_the_json_of_avis_search_with_the_organisations_counted()
    {
        var json = await server.Client.GetStringAsync("/api/search?q=hydrogene");
        using var reader = server.Index.OpenReader()!;
        Assert.Equal(SearchResultsJson.Serialize(new OpinionSearcher(reader).Search(new SearchRequest("hydrogene") { OrganisationCounts = SearchRequest.OrganisationsShown })), json);
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal("2026CE01", root.GetProperty("hits")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task French_values_and_repeated_filters_work_on_the_api()
    {
        var root = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=campus&outcome=Favorable&campus=CMQe%20ID&campus=CMQe%20CEIT&sort=date")).RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.StartsWith("Concernant le renouvellement du label", root.GetProperty("hits")[0].GetProperty("title").GetString());
        Assert.Equal("Comité régional pour l'emploi (CoRE) Hauts-de-France", root.GetProperty("hits")[0].GetProperty("body").GetString());
    }

    [Fact]
    public async Task The_api_counts_the_most_named_organisations_and_filters_by_any_of_their_names()
    {
        var root = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=campus&organisation=UPJV")).RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        var organisations = root.GetProperty("facets").GetProperty("organisation");
        Assert.Equal(2, organisations.GetProperty("Université de Picardie Jules Verne").GetInt32());
        Assert.Equal(1, organisations.GetProperty("AFDAS").GetInt32());
        Assert.Equal(SearchRequest.OrganisationsShown, organisations.EnumerateObject().Count());
    }

    [Fact]
    public async Task The_original_file_is_only_ever_an_imported_records_source()
    {
        using var pdf = await server.Client.GetAsync("/avis/2026CE01/original");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var text = await server.Client.GetAsync("/avis/2024CE66/original");
        Assert.Equal("text/plain", text.Content.Headers.ContentType?.MediaType);
        Assert.Contains("cyberattaques", await text.Content.ReadAsStringAsync());
        foreach (var path in new[] { "/avis/..%2F..%2F..%2Fetc%2Fpasswd/original", "/avis/2099ZZ99/original", "/avis/2026CE01/original/../../etc/passwd" })
        {
            using var refused = await server.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("root:", await refused.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Filters_and_pages_are_query_parameters()
    {
        var root = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=campus&campus=CMQe%20ID&year=2026&outcome=favorable&section=axes&page=1")).RootElement;
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        Assert.Equal("2026CE02", root.GetProperty("hits")[0].GetProperty("id").GetString());
        var second = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=campus&page=2")).RootElement;
        Assert.Equal(3, second.GetProperty("total").GetInt32());
        Assert.Equal(0, second.GetProperty("hits").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/search?q=%22hydrog%C3%A8ne", "requête mal formée")]
    [InlineData("/api/search?q=hydrog%C3%A8ne&year=deux", "année invalide")]
    [InlineData("/api/search?q=", "requête vide")]
    [InlineData("/api/search?q=campus&outcome=favourable", "décision inconnue « favourable » (vouliez-vous dire « favorable » ?)")]
    [InlineData("/api/search?q=campus&campus=CMQ%20ZZ", "campus inconnu « CMQ ZZ »")]
    [InlineData("/api/search?q=campus&sort=alpha", "tri inconnu « alpha »")]
    [InlineData("/api/export.csv?q=campus&section=sites", "section inconnue « sites »")]
    public async Task A_malformed_query_is_a_400_problem_in_french(string url, string detail)
    {
        var response = await server.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("Requête mal formée", problem.GetProperty("title").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task An_opinion_is_its_record_and_an_unknown_id_a_404()
    {
        var record = JsonDocument.Parse(await server.Client.GetStringAsync("/api/opinions/2026CE02")).RootElement;
        Assert.Equal("CMQe ID", record.GetProperty("campus").GetProperty("acronym").GetString());
        var missing = await server.Client.GetAsync("/api/opinions/2099XX01");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("aucun avis « 2099XX01 »", await missing.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await server.Client.GetAsync("/avis/2099XX01")).StatusCode);
    }

    [Fact]
    public async Task The_csv_link_exports_the_current_results_in_either_dialect()
    {
        var csv = await server.Client.GetStringAsync("/api/export.csv?q=hydrog%C3%A8ne&table=axes");
        Assert.Equal("id,axis_number,title\r\n2026CE01,1,Informer et attirer\r\n2026CE01,2,\"Former, adapter, accompagner et insérer\"\r\n2026CE01,3,Préparer l'avenir et innover\r\n", csv);
        var excel = await server.Client.GetByteArrayAsync("/api/export.csv?q=hydrog%C3%A8ne&excel=1");
        Assert.Equal([0xEF, 0xBB, 0xBF], excel[..3]);
        Assert.StartsWith("id;number;title;", Encoding.UTF8.GetString(excel[3..]));
        var response = await server.Client.GetAsync("/api/export.csv?q=x&table=nope");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Documents_are_html_escaped_on_every_page()
    {
        var results = await server.Client.GetStringAsync("/?q=cyberattaques");
        Assert.Contains("2024CE66", results);
        Assert.DoesNotContain("<script>alert", results);
        Assert.DoesNotContain("<img src=x", results);
        Assert.Contains("&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;", results);

        var detail = await server.Client.GetStringAsync("/avis/2024CE66");
        Assert.DoesNotContain("<script>alert", detail);
        Assert.DoesNotContain("<img src=x", detail);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", detail);

        // A hostile malformed query: read as plain words, with a note, and echoed escaped.
        var response = await server.Client.GetAsync("/?q=(%3Cscript%3Ealert(2)%3C/script%3E");
        var echoed = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("requête lue comme de simples mots", echoed);
        // Clearly written as syntax (an unclosed quote), it is a 400 that echoes it escaped.
        var quoted = await server.Client.GetAsync("/?q=%22%3Cscript%3Ealert(3)%3C/script%3E");
        Assert.Equal(HttpStatusCode.BadRequest, quoted.StatusCode);
        Assert.DoesNotContain("<script>alert(3)", await quoted.Content.ReadAsStringAsync());
        Assert.DoesNotContain("<script>alert(2)", echoed);
        Assert.Contains("value=\"(&lt;script&gt;alert(2)&lt;/script&gt;\"", echoed);
    }

    [Fact]
    public async Task A_new_import_is_seen_without_restarting_the_server()
    {
        var before = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=aquaculture")).RootElement.GetProperty("total").GetInt32();
        Assert.Equal(0, before);
        var file = Path.Combine(server.Folder, "aquaculture.txt");
        File.WriteAllText(file, "Avis du Comité régional pour l'emploi N° 2025CE77\nConcernant le renouvellement du label du Campus des Métiers et des Qualifications Mer (CMQ MER)\n\nRappel du contexte\nLe campus forme aux métiers de l'aquaculture.\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        new IngestRunner(TestFiles.Pipeline, server.Index, new IngestOptions()).Run([file], IngestProgress.None);

        var total = 0;
        for (var attempt = 0; attempt < 40 && total == 0; attempt++)
        {
            await Task.Delay(100);
            total = JsonDocument.Parse(await server.Client.GetStringAsync("/api/search?q=aquaculture")).RootElement.GetProperty("total").GetInt32();
        }
        Assert.Equal(1, total);
    }
}
