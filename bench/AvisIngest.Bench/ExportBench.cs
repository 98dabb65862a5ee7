using System.Diagnostics;

namespace AvisIngest.Bench;

/// <summary>
/// `avis export` of every opinion of the search benchmark's index (100,000 opinions): wall time and
/// the process's peak memory, read from /proc while it runs. The alternative, in the same run:
/// copying the same amount of CSV (the output file) with `cat`, the floor for writing those bytes.
/// </summary>
internal static class ExportBench
{
    public static void Run(string avisDll)
    {
        var index = Path.Combine(Path.GetTempPath(), "avis-bench-search", "idx");
        if (!Directory.Exists(index))
            throw new InvalidOperationException("build the index first: AvisIngest.Bench search 100000");
        foreach (var table in new[] { "opinions", "sections" })
        {
            var output = Path.Combine(Path.GetTempPath(), $"avis-bench-{table}.csv");
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(new ProcessStartInfo("dotnet", [avisDll, "export", "--table", table, "--index", index, "--out", output]) { RedirectStandardError = true })!;
            var stderr = process.StandardError.ReadToEndAsync();
            long peak = 0, privatePeak = 0;
            while (!process.WaitForExit(20))
            {
                peak = Math.Max(peak, StatusKb(process.Id, "VmHWM:"));
                privatePeak = Math.Max(privatePeak, StatusKb(process.Id, "RssAnon:"));
            }
            var seconds = watch.Elapsed.TotalSeconds;
            Console.WriteLine(stderr.Result.Trim());

            var copy = Stopwatch.StartNew();
            using (var cat = Process.Start(new ProcessStartInfo("sh", ["-c", $"cat '{output}' > '{output}.copy'"]))!)
                cat.WaitForExit();
            var copySeconds = copy.Elapsed.TotalSeconds;
            var megabytes = new FileInfo(output).Length / 1e6;
            Console.WriteLine($"| avis export --table {table} (CLI start included) | {seconds:0.00} s | {megabytes:0} MB written | peak private memory {privatePeak / 1024.0:0} MB (resident with mapped index files: {peak / 1024.0:0} MB) | cat of the same file: {copySeconds:0.00} s |");
        }
    }

    // VmHWM is the peak resident set, which counts the index files Lucene maps into memory (page
    // cache, shared, not allocated); RssAnon is the memory the process itself allocated.
    private static long StatusKb(int pid, string field)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
