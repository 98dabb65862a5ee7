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
