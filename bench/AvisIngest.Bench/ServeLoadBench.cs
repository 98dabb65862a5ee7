using System.Collections.Concurrent;
using System.Diagnostics;
using AvisIngest.Corpus;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Web;
using Microsoft.AspNetCore.Builder;

namespace AvisIngest.Bench;

/// <summary>
/// A bounded load test of `avis serve` on loopback: 50 concurrent clients query /api/search for 20 s
/// (mixed queries) while an import writes 3,000 more opinions into the same index. Latencies are
/// measured by the clients; every non-200 answer or exception is an error.
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

        await using var app = AvisWebApp.Build(index, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        var baseUrl = new Uri(app.Urls.Single());

        var import = Process.Start(new ProcessStartInfo("dotnet", [avisDll, "ingest", second, "--index", index.DirectoryPath]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
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
        Console.WriteLine((await importOutput).Trim().Split('\n').Last());

        var sorted = latencies.Order().ToList();
        double P(double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"| {clients} clients, {seconds:0} s, index {opinions} → {2 * opinions} opinions during the run | {sorted.Count} requests ({sorted.Count / seconds:0}/s) | p50 {P(0.5):0.0} ms | p99 {P(0.99):0.0} ms | max {sorted[^1]:0} ms | errors {errors} |");
        Console.WriteLine($"opinions seen by the searches for \"cmqe\": from {totals.Min()} to {totals.Max()} (the import's commits appear without restart)");
    }

}
