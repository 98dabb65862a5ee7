using System.Diagnostics;
using AvisIngest.Corpus;
using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Search;

namespace AvisIngest.Bench;

/// <summary>
/// Search latency on an index of many opinions generated from the corpus: p50 and p99 of warm
/// queries in process, and the wall time of a cold `avis search` process.
/// </summary>
internal static class SearchBench
{
    private static readonly string[] Queries =
    [
        "hydrogène", "hydrogene", "énergies", "batterie", "l'écoproduction", "\"Saint-Quentin\"", "cmqe", "upjv",
        "formation AND apprentissage", "design OR audiovisuel", "gouvernance NOT textile", "énerg*", "\"comité de pilotage\"",
        "numérique", "chimie", "transition énergétique", "métavers", "recyclage", "international", "Roubaix",
    ];

    // 25 rounds (500 queries) is about when the tiered JIT has finished recompiling the hot methods
    // of the rarer query types (phrases, wildcards); measured by printing every query above 20 ms.
    private const int WarmupRounds = 25, MeasuredRounds = 30;

    public static void Run(string avisDll, int opinions, IReadOnlyList<string> installed)
    {
        var root = Path.Combine(Path.GetTempPath(), "avis-bench-search");
        var indexPath = Path.Combine(root, "idx");
        var index = new OpinionIndex(indexPath);
        if (!index.Exists || Census(index) != opinions)
        {
            if (Directory.Exists(root))
                Directory.Delete(root, true);
            var build = Stopwatch.StartNew();
            var files = SyntheticCorpus.Write(Path.Combine(root, "in"), Seeds.Load(), opinions);
            var summary = new IngestRunner(OpinionPipelineBuilder.CreateDefault().Build(), index, new IngestOptions { CommitEvery = 10_000 })
                .Run(files, IngestProgress.None);
            Console.WriteLine($"index of {summary.Count(IngestOutcome.Imported)} opinions built in {build.Elapsed.TotalSeconds:0} s");
        }

        using var reader = index.OpenReader()!;
        var searcher = new OpinionSearcher(reader);
        // The first rounds after start run while the JIT is still recompiling the hot methods; a
        // server is past them after a few hundred queries. Reported apart, not mixed into "warm".
        var first = Time(searcher, rounds: WarmupRounds).SelectMany(q => q.Value).Order().ToList();
        var perQuery = Time(searcher, rounds: MeasuredRounds);
        var latencies = perQuery.SelectMany(q => q.Value).Order().ToList();
        // As the web page and the API ask: the most named organisations counted too.
        var withOrganisations = Time(searcher, rounds: MeasuredRounds, SearchRequest.OrganisationsShown).SelectMany(q => q.Value).Order().ToList();

        // The alternative: bare Lucene.Net, the same parsed query over the same sections, top 10 documents, no grouping or counts.
        var bare = new Lucene.Net.Search.IndexSearcher(reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        var bareLatencies = new List<double>();
        for (var round = 0; round < WarmupRounds + MeasuredRounds; round++)
        {
            foreach (var query in Queries)
            {
                var watch = Stopwatch.StartNew();
                bare.Search(FrenchQueryParser.Parse(query), 10);
                if (round >= WarmupRounds)
                    bareLatencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        bareLatencies.Sort();
        var totals = Queries.Select(q => searcher.Search(new SearchRequest(q)).Total).ToList();
        Console.WriteLine($"{Census(index)} opinions, {reader.MaxDoc} Lucene documents; {latencies.Count} warm queries, hits per query {totals.Min()}..{totals.Max()}");
        Console.WriteLine($"| avis search, first {WarmupRounds} rounds after start | p50 {Percentile(first, 0.50):0.0} ms | p99 {Percentile(first, 0.99):0.0} ms | max {first[^1]:0.0} ms |");
        Console.WriteLine($"| avis search, warm, in process (grouping, counts, snippets), {latencies.Count} queries | p50 {Percentile(latencies, 0.50):0.0} ms | p99 {Percentile(latencies, 0.99):0.0} ms | max {latencies[^1]:0.0} ms |");
        Console.WriteLine($"| the same, organisations counted (web page, API), {withOrganisations.Count} queries | p50 {Percentile(withOrganisations, 0.50):0.0} ms | p99 {Percentile(withOrganisations, 0.99):0.0} ms | max {withOrganisations[^1]:0.0} ms |");
        foreach (var (query, times) in perQuery.OrderByDescending(q => Percentile(q.Value.Order().ToList(), 0.5)))
        {
            var sorted = times.Order().ToList();
            Console.WriteLine($"|   `{query}` | median {Percentile(sorted, 0.5):0.0} ms | max {sorted[^1]:0.0} ms |");
        }
        Console.WriteLine($"| bare Lucene.Net top 10 of the same queries, warm | p50 {Percentile(bareLatencies, 0.50):0.0} ms | p99 {Percentile(bareLatencies, 0.99):0.0} ms | max {bareLatencies[^1]:0.0} ms |");

        // A cold search as users run it, each form in turn in every round (the first round, warming
        // the file cache, is not counted): `dotnet avis.dll` as built (the README's clone way) and,
        // each command given with --installed PATH (an installed tool, a published build).
        var forms = new List<(string Name, string File, string[] Prefix)> { ("`dotnet avis.dll` (JIT)", "dotnet", [avisDll]) };
        forms.AddRange(installed.Select(path => ($"`{path}`", path, Array.Empty<string>())));
        var cold = forms.ToDictionary(f => f.Name, _ => new List<double>());
        var start = forms.ToDictionary(f => f.Name, _ => new List<double>());
        for (var round = 0; round <= ColdRounds; round++)
        {
            foreach (var (name, file, prefix) in forms)
            {
                var search = ProcessTiming.WallMilliseconds(file, [.. prefix, "search", "hydrogène", "--index", indexPath]);
                var version = ProcessTiming.WallMilliseconds(file, [.. prefix, "--version"]);
                if (round == 0)
                    continue;
                cold[name].Add(search);
                start[name].Add(version);
            }
        }
        foreach (var (name, _, _) in forms)
        {
            var sorted = cold[name].Order().ToList();
            Console.WriteLine($"| cold `avis search hydrogène` (new process), {name}, {ColdRounds} runs | median {Percentile(sorted, 0.5):0} ms | min {sorted[0]:0} ms | `avis --version` alone: median {Percentile(start[name].Order().ToList(), 0.5):0} ms |");
        }
    }

    private const int ColdRounds = 15;

    private static Dictionary<string, List<double>> Time(OpinionSearcher searcher, int rounds, int organisationCounts = 0)
    {
        var times = Queries.ToDictionary(q => q, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in Queries)
            {
                var watch = Stopwatch.StartNew();
                searcher.Search(new SearchRequest(query) { OrganisationCounts = organisationCounts });
                times[query].Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return times;
    }

    private static int Census(OpinionIndex index)
    {
        using var reader = index.OpenReader()!;
        return OpinionIndex.Catalogue(reader).Count;
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

}
