using AvisIngest.Bench;

// Benchmarks, run by hand (not in CI): dotnet run -c Release --project bench/AvisIngest.Bench -- pdf corpus/*.pdf
var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "pdf":
        PdfExtractionBench.Run(args.Skip(1).ToList(), rounds: 20);
        return 0;
    case "ingest":
        IngestBench.Run(AvisDll(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000);
        return 0;
    case "stages":
        StagesBench.Run(args.Skip(1).ToList(), opinionsTimed: 3000);
        return 0;
    case "search":
        SearchBench.Run(AvisDll(), args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
            installed: Installed(args));
        return 0;
    case "model":
        ModelCostBench.Run(AvisDll(), 3000, rounds: 3);
        return 0;
    case "serve":
        ServeLoadBench.Run(AvisDll(), args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3000, clients: 50, TimeSpan.FromSeconds(20)).GetAwaiter().GetResult();
        return 0;
    case "ocr":
        OcrBench.Run(AvisDll(), [.. args.Skip(1).Where(a => a.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !Installed(args).Contains(a))], rounds: 5, Installed(args));
        return 0;
    case "extract":
        ExtractProcessBench.Run(AvisDll(), [.. args.Skip(1).Where(a => a.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) && !Installed(args).Contains(a))], rounds: 10, Installed(args));
        return 0;
    case "export":
        ExportBench.Run(AvisDll());
        return 0;
    default:
        Console.Error.WriteLine("usage: AvisIngest.Bench pdf FILE.pdf... | ingest [FILES] | stages [FILE.txt...] | search [OPINIONS] [--installed PATH]... | ocr FILE.pdf... [--installed PATH]... | extract FILE.pdf... [--installed PATH]... | export | model | serve [OPINIONS]");
        return 1;
}

// The commands given with --installed PATH (an installed tool, a published build), timed beside `dotnet avis.dll`.
static string[] Installed(string[] args) => [.. args.Zip(args.Skip(1)).Where(pair => pair.First == "--installed").Select(pair => pair.Second)];

// The CLI as users run it: the Release build of src/AvisIngest.Cli. Without it every process would
// fail at once and be timed as a fast import, so the bench stops.
static string AvisDll()
{
    var dll = Path.Combine(Seeds.FindRoot(), "src", "AvisIngest.Cli", "bin", "Release", "net10.0", "avis.dll");
    if (!File.Exists(dll))
    {
        Console.Error.WriteLine($"{dll} is missing: run `dotnet build -c Release src/AvisIngest.Cli` first");
        Environment.Exit(1);
    }
    return dll;
}
