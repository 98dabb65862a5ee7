namespace AvisIngest.Bench;

/// <summary>
/// `avis extract --json FILE`, one new process per file as a user runs it on a PDF, against
/// poppler's `pdftotext FILE -` on the same file in the same run, and the runtime's start alone
/// (`avis --version`) beside them: the part of the ratio no reading can remove. Forms in turn,
/// round after round.
/// </summary>
internal static class ExtractProcessBench
{
    public static void Run(string avisDll, IReadOnlyList<string> files, int rounds, IReadOnlyList<string> installed)
    {
        var forms = new List<(string Name, Func<string, double> Time)>
        {
            ("`pdftotext FILE -`", file => ProcessTiming.WallMilliseconds("pdftotext", [file, "-"])),
            ("`dotnet avis.dll extract --json FILE`", file => ProcessTiming.WallMilliseconds("dotnet", [avisDll, "extract", "--json", file])),
            ("`dotnet avis.dll --version`", _ => ProcessTiming.WallMilliseconds("dotnet", [avisDll, "--version"])),
        };
        foreach (var path in installed)
        {
            forms.Add(($"`{path} extract --json FILE`", file => ProcessTiming.WallMilliseconds(path, ["extract", "--json", file])));
            forms.Add(($"`{path} --version`", _ => ProcessTiming.WallMilliseconds(path, ["--version"])));
        }
        var times = forms.ToDictionary(f => f.Name, _ => new List<double>());
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var file in files)
            {
                foreach (var (name, time) in forms)
                {
                    var milliseconds = time(file);
                    if (round > 0)
                        times[name].Add(milliseconds);
                }
            }
        }
        var floor = ProcessTiming.Median(times[forms[0].Name]);
        Console.WriteLine($"{files.Count} file(s), {rounds} rounds after one uncounted; a new process per file and form");
        Console.WriteLine("| form | median per file | min | ratio to pdftotext (medians) |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var (name, _) in forms)
            Console.WriteLine($"| {name} | {ProcessTiming.Median(times[name]):0.0} ms | {times[name].Min():0.0} ms | {ProcessTiming.Median(times[name]) / floor:0.0} |");
    }
}
