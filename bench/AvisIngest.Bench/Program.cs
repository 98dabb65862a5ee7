using AvisIngest.Bench;

// Benchmarks, run by hand (not in CI): dotnet run -c Release --project bench/AvisIngest.Bench -- pdf corpus/*.pdf
var command = args.Length > 0 ? args[0] : "";
switch (command)
{
    case "pdf":
        PdfExtractionBench.Run(args.Skip(1).ToList(), rounds: 20);
        return 0;
    default:
        Console.Error.WriteLine("usage: AvisIngest.Bench pdf FILE.pdf...");
        return 1;
}
