using System.Diagnostics;

namespace AvisIngest.Bench;

/// <summary>The wall time of a new process, as a user's shell would see it (started, its output read, ended), and the median of such times.</summary>
internal static class ProcessTiming
{
    public static double WallMilliseconds(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} ne démarre pas");
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        error.Wait();
        process.WaitForExit();
        return watch.Elapsed.TotalMilliseconds;
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
