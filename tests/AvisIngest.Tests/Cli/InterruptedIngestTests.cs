using System.Diagnostics;
using AvisIngest.Corpus;
using AvisIngest.Indexing;
using AvisIngest.Tests.Ingest;

namespace AvisIngest.Tests.Cli;

/// <summary>What an archivist does: an import killed mid-way (kill -9), then run again.</summary>
public class InterruptedIngestTests
{
    private const int FileCount = 3000;

    [Fact]
    public void An_import_killed_mid_way_is_finished_by_a_rerun_with_no_duplicate()
    {
        using var folder = TestFiles.NewTempFolder();
        var input = folder.File("in");
        var seeds = new[] { (File.ReadAllText(TestFiles.Corpus(TestFiles.Ceit + ".txt")), "2026CE01"), (File.ReadAllText(TestFiles.Corpus(TestFiles.Id + ".txt")), "2026CE02") };
        SyntheticCorpus.Write(input, seeds, FileCount);
        var indexPath = folder.File("idx");

        using (var first = StartIngest(input, indexPath))
        {
            // Kill as soon as a few batches are committed: segments_N grows with each commit.
            var watch = Stopwatch.StartNew();
            while (CommitGeneration(indexPath) < 4 && !first.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
                Thread.Sleep(5);
            Assert.False(first.HasExited, "the import finished before it could be killed: give it more files");
            first.Kill(entireProcessTree: true);
            first.WaitForExit();
        }

        var afterKill = IngestRunnerTests.Census(new OpinionIndex(indexPath));
        Assert.InRange(afterKill.Opinions, 1, FileCount - 1);
        Assert.Equal(afterKill.Opinions, afterKill.DistinctIds);

        using (var second = StartIngest(input, indexPath))
        {
            var output = second.StandardOutput.ReadToEnd();
            second.WaitForExit();
            Assert.Equal(0, second.ExitCode);
            Assert.Contains($"inchangés : {afterKill.Opinions}", output);
        }

        var census = IngestRunnerTests.Census(new OpinionIndex(indexPath));
        Assert.Equal(FileCount, census.Opinions);
        Assert.Equal(FileCount, census.DistinctIds);
        Assert.Equal(FileCount / 2 * (10 + 8), census.Sections);
    }

    [Fact]
    public void A_second_import_while_another_process_imports_is_refused_and_the_first_completes()
    {
        using var folder = TestFiles.NewTempFolder();
        var input = folder.File("in");
        var seeds = new[] { (File.ReadAllText(TestFiles.Corpus(TestFiles.Ceit + ".txt")), "2026CE01") };
        SyntheticCorpus.Write(input, seeds, 1500);
        var indexPath = folder.File("idx");

        using var first = StartIngest(input, indexPath);
        var watch = Stopwatch.StartNew();
        while (CommitGeneration(indexPath) < 2 && !first.HasExited && watch.Elapsed < TimeSpan.FromSeconds(120))
            Thread.Sleep(5);
        Assert.False(first.HasExited, "the first import finished too early to be overlapped");

        var output = new StringWriter();
        var error = new StringWriter();
        var code = AvisIngest.Cli.AvisCommandLine.CreateDefault().Run(["ingest", TestFiles.Corpus(TestFiles.Id + ".txt"), "--index", indexPath], output, error);
        Assert.Equal(AvisIngest.Cli.ExitCode.IndexUnavailable, code);
        Assert.Contains("index verrouillé", error.ToString());

        var firstOutput = first.StandardOutput.ReadToEnd();
        first.WaitForExit();
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Importés : 1500,", firstOutput);
        var census = IngestRunnerTests.Census(new OpinionIndex(indexPath));
        Assert.Equal((1500, 1500), (census.Opinions, census.DistinctIds));
    }

    private static Process StartIngest(string input, string index)
    {
        var avis = Path.Combine(AppContext.BaseDirectory, "avis.dll");
        var start = new ProcessStartInfo("dotnet", [avis, "ingest", input, "--index", index, "--batch", "100"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return process;
    }

    private static long CommitGeneration(string index)
    {
        if (!Directory.Exists(index))
            return 0;
        return Directory.EnumerateFiles(index, "segments_*")
            .Select(f => Base36(Path.GetFileName(f)["segments_".Length..]))
            .DefaultIfEmpty(0)
            .Max();
    }

    // Lucene writes the commit generation in base 36.
    private static long Base36(string digits) =>
        digits.Aggregate(0L, (value, c) => value * 36 + (char.IsDigit(c) ? c - '0' : c - 'a' + 10));
}
