using System.Collections.Concurrent;
using System.Diagnostics;
using AvisIngest.Corpus;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Search;
using AvisIngest.Web;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AvisIngest.Bench;

/// <summary>
/// A bounded load test of `avis serve` on loopback: 50 concurrent clients query /api/search for 20 s
/// (mixed queries) while an import writes 3,000 more opinions into the same index. Latencies are
/// measured by the clients; every non-200 answer or exception is an error. Then the same with bare
/// Lucene.Net behind the same server, for comparison.
/// </summary>
internal static class ServeLoadBench
{
    private static readonly string[] Queries =
    [
        "hydrogène", "hydrogene", "énergies", "batterie", "l'écoproduction", "\"Saint-Quentin\"", "cmqe", "upjv",
        "formation AND apprentissage", "design OR audiovisuel", "gouvernance NOT textile", "énerg*", "\"comité de pilotage\"",
    ];

    public static async Task Run(string avisDll, int opinions, int clients, TimeSpan duration)
    {
        var root = Path.Combine(Path.GetTempPath(), "avis-bench-serve");
        if (Directory.Exists(root))
            Directory.Delete(root, true);
        var seeds = Seeds.Load();
        var first = SyntheticCorpus.Write(Path.Combine(root, "first"), seeds, opinions);
        var index = new OpinionIndex(Path.Combine(root, "idx"));
        new IngestRunner(OpinionPipelineBuilder.CreateDefault().Build(), index, new IngestOptions()).Run(first, IngestProgress.None);
        // The second batch: other numbers (offset), imported while the load runs.
        var second = Path.Combine(root, "second");
        Directory.CreateDirectory(second);
        for (var i = 0; i < opinions; i++)
        {
            var (text, number) = seeds[i % seeds.Count];
            File.WriteAllText(Path.Combine(second, $"b-{i}.txt"), SyntheticCorpus.Variant(text, number, opinions + i));
        }

        // The alternative, in the same run: bare Lucene.Net top 10 behind the same server, on a copy
        // of the same index, under the same load and the same import (no grouping, counts or snippets).
        var bareIndex = new OpinionIndex(Path.Combine(root, "idx-bare"));
        Directory.CreateDirectory(bareIndex.DirectoryPath);
        foreach (var file in Directory.GetFiles(index.DirectoryPath))
            File.Copy(file, Path.Combine(bareIndex.DirectoryPath, Path.GetFileName(file)));

        await using (var app = AvisWebApp.Build(index, ["http://127.0.0.1:0"]))
        {
            await app.StartAsync();
            var avis = await Load(new Uri(app.Urls.Single()), index, second, avisDll, clients, duration);
            Console.WriteLine(avis.ImportSummary);
            Console.WriteLine($"| avis serve: {clients} clients, {avis.Seconds:0} s, index {opinions} → {2 * opinions} opinions during the run | {avis.Count} requests ({avis.Count / avis.Seconds:0}/s) | p50 {avis.Percentile(0.5):0.0} ms | p99 {avis.Percentile(0.99):0.0} ms | max {avis.Max:0} ms | errors {avis.Errors} |");
            Console.WriteLine($"opinions seen by the searches for \"cmqe\": from {avis.CmqeTotals.Min()} to {avis.CmqeTotals.Max()} (the import's commits appear without restart)");
        }

        await using (var app = BareLuceneApp(bareIndex))
        {
            await app.StartAsync();
            var bare = await Load(new Uri(app.Urls.Single()), bareIndex, second, avisDll, clients, duration);
            Console.WriteLine($"| bare Lucene.Net top 10, same server, load and import | {bare.Count} requests ({bare.Count / bare.Seconds:0}/s) | p50 {bare.Percentile(0.5):0.0} ms | p99 {bare.Percentile(0.99):0.0} ms | max {bare.Max:0} ms | errors {bare.Errors} |");
        }
    }

    private static WebApplication BareLuceneApp(OpinionIndex index)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var live = new LiveIndex(index);
        var app = builder.Build();
        app.MapGet("/api/search", (HttpRequest http) => live.Read((_, reader) =>
        {
            var top = new IndexSearcher(reader) { Similarity = new BM25Similarity() }.Search(FrenchQueryParser.Parse(http.Query["q"].ToString()), 10);
            return Results.Json(new { total = top.TotalHits, docs = top.ScoreDocs.Select(d => d.Doc).ToArray() });
        }));
        return app;
    }

    private sealed record LoadFigures(List<double> Sorted, int Errors, double Seconds, List<int> CmqeTotals, string ImportSummary)
    {
        public int Count => Sorted.Count;
        public double Max => Sorted[^1];
        public double Percentile(double p) => Sorted[Math.Min(Sorted.Count - 1, (int)Math.Ceiling(p * Sorted.Count) - 1)];
    }

    /// <summary>Clients querying the server in a loop while `avis ingest` imports a folder into its index.</summary>
    private static async Task<LoadFigures> Load(Uri baseUrl, OpinionIndex index, string importFolder, string avisDll, int clients, TimeSpan duration)
    {
        var import = Process.Start(new ProcessStartInfo("dotnet", [avisDll, "ingest", importFolder, "--index", index.DirectoryPath]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        _ = import.StandardError.ReadToEndAsync();
        var importOutput = import.StandardOutput.ReadToEndAsync();

        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var totals = new ConcurrentBag<int>();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(10) };
        var stopAt = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var n = c;
            while (stopAt.Elapsed < duration)
            {
                var query = Queries[n++ % Queries.Length];
                var watch = Stopwatch.StartNew();
                try
                {
                    using var response = await http.GetAsync("/api/search?q=" + Uri.EscapeDataString(query));
                    var body = await response.Content.ReadAsStringAsync();
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                    if (!response.IsSuccessStatusCode)
                        Interlocked.Increment(ref errors);
                    else if (query == "cmqe")
                        totals.Add(System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("total").GetInt32());
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })).ToList();
        await Task.WhenAll(workers);
        var seconds = stopAt.Elapsed.TotalSeconds;
        await import.WaitForExitAsync();
        return new LoadFigures(latencies.Order().ToList(), errors, seconds, totals.ToList(), (await importOutput).Trim().Split('\n').Last());
    }

}
