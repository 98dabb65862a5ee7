using System.Diagnostics;
using AvisIngest.Corpus;
using AvisIngest.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace AvisIngest.Bench;

/// <summary>
/// Import speed, end to end as a user runs it (`avis ingest`, CLI start included), against bare
/// Lucene.Net indexing of the same texts (one document per file, same French analyser, in
/// process, no parsing), in the same run.
/// </summary>
internal static class IngestBench
{
    public static void Run(string avisDll, int count)
    {
        var root = Path.Combine(Path.GetTempPath(), "avis-bench-ingest");
        if (System.IO.Directory.Exists(root))
            System.IO.Directory.Delete(root, true);
        var files = SyntheticCorpus.Write(Path.Combine(root, "in"), Seeds.Load(), count);

        var avis = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [avisDll, "ingest", Path.Combine(root, "in"), "--index", Path.Combine(root, "idx")]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            process.StandardError.ReadToEndAsync();
            var summary = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Console.WriteLine(summary.Trim().Split('\n').Last());
        }
        var avisSeconds = avis.Elapsed.TotalSeconds;

        var again = Stopwatch.StartNew();
        using (var process = Process.Start(new ProcessStartInfo("dotnet", [avisDll, "ingest", Path.Combine(root, "in"), "--index", Path.Combine(root, "idx")]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
        }
        var againSeconds = again.Elapsed.TotalSeconds;

        var bare = Stopwatch.StartNew();
        using (var writer = new IndexWriter(FSDirectory.Open(Path.Combine(root, "bare")), new IndexWriterConfig(FrenchSearchAnalyzer.Version, new FrenchSearchAnalyzer()) { RAMBufferSizeMB = 64 }))
        {
            Parallel.ForEach(files, file =>
                writer.AddDocument(new Document { new StringField("path", file, Field.Store.YES), new TextField("text", File.ReadAllText(file), Field.Store.YES) }));
            writer.Commit();
        }
        var bareSeconds = bare.Elapsed.TotalSeconds;

        Console.WriteLine($"| avis ingest, new index (CLI start included) | {count} files | {avisSeconds:0.00} s | {count / avisSeconds:0} opinions/s |");
        Console.WriteLine($"| avis ingest, same files again (all unchanged) | {count} files | {againSeconds:0.00} s | {count / againSeconds:0} files/s |");
        Console.WriteLine($"| bare Lucene.Net: same texts, same analyser, 1 doc per file, in process, 2 threads | {count} files | {bareSeconds:0.00} s | {count / bareSeconds:0} docs/s |");
        Console.WriteLine($"time ratio avis ingest / bare Lucene.Net: {avisSeconds / bareSeconds:0.00}");
    }
}

/// <summary>
/// The cost of the section classifiers on import: the same files, once with their real headings (no
/// heading needs a model, none is loaded) and once with the governance heading renamed to a wording
/// no rule knows ("Organisation et pilotage"), so that every file consults the heading classifier and
/// the section-text classifier; that second corpus is imported again by a copy of the CLI without
/// models/section-texts.zip (the heading's classifier alone), to show what the text model costs.
/// Every import must succeed: a failed one would be timed as a fast one.
/// </summary>
internal static class ModelCostBench
{
    public static void Run(string avisDll, int count, int rounds)
    {
        var root = Path.Combine(Path.GetTempPath(), "avis-bench-model");
        if (System.IO.Directory.Exists(root))
            System.IO.Directory.Delete(root, true);
        var seeds = Seeds.Load();
        var renamed = seeds.Select(s => (s.Text.Replace("Gouvernance et moyens", "Organisation et pilotage", StringComparison.Ordinal), s.Number)).ToList();
        SyntheticCorpus.Write(Path.Combine(root, "rules"), seeds, count);
        SyntheticCorpus.Write(Path.Combine(root, "model"), renamed, count);
        var withoutText = CopyWithout(Path.GetDirectoryName(avisDll)!, Path.Combine(root, "cli-without-text"), Path.Combine("models", "section-texts.zip"));

        var runs = new (string Name, string Dll, string Corpus)[]
        {
            ("import, headings known to the rules (no model loaded)", avisDll, "rules"),
            ("import, one heading per file needs the models (heading and text)", avisDll, "model"),
            ("same, heading classifier alone (models/section-texts.zip removed)", Path.Combine(withoutText, Path.GetFileName(avisDll)), "model"),
        };
        var times = runs.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var r = 0; r < runs.Length; r++)
            {
                var index = Path.Combine(root, $"idx-{r}-{round}");
                var watch = Stopwatch.StartNew();
                using var process = Process.Start(new ProcessStartInfo("dotnet", [runs[r].Dll, "ingest", Path.Combine(root, runs[r].Corpus), "--index", index]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
                var error = process.StandardError.ReadToEndAsync();
                process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                times[r].Add(watch.Elapsed.TotalSeconds);
                if (process.ExitCode != 0)
                    throw new InvalidOperationException($"{runs[r].Name}: avis ingest exited with {process.ExitCode}: {error.Result}");
            }
        }
        var medians = times.Select(t => t.Order().ElementAt(rounds / 2)).ToArray();
        for (var r = 0; r < runs.Length; r++)
            Console.WriteLine($"| {runs[r].Name} | {count} files | median {medians[r]:0.00} s | {count / medians[r]:0} opinions/s | runs: {string.Join(", ", times[r].Select(t => t.ToString("0.00")))} |");
        Console.WriteLine($"cost of both models: {(medians[1] / medians[0] - 1) * 100:+0.0;-0.0} % of the import time; of the text model alone: {(medians[1] / medians[2] - 1) * 100:+0.0;-0.0} %");
    }

    private static string CopyWithout(string from, string to, string left)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative == left)
                continue;
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
        return to;
    }
}

internal static class Seeds
{
    public static IReadOnlyList<(string Text, string Number)> Load()
    {
        var corpus = Path.Combine(FindRoot(), "corpus");
        return
        [
            (File.ReadAllText(Path.Combine(corpus, "avis-2026CE01-cmqe-ceit.txt")), "2026CE01"),
            (File.ReadAllText(Path.Combine(corpus, "avis-2026CE02-cmqe-id.txt")), "2026CE02"),
        ];
    }

    public static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AvisIngest.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("run from the repository");
    }
}
