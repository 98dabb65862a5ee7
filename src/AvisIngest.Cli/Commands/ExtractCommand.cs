using AvisIngest.Cli.Output;
using AvisIngest.Ingest;
using AvisIngest.Presentation;
using AvisIngest.Pipeline;
using AvisIngest.Records;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis extract FILE... [--json]`: one record per file, a French summary or one JSON object per
/// line. Failures go to stderr as "fichier : raison"; the exit code is the most serious case.
/// </summary>
public sealed class ExtractCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("extract", "FICHIER...", "extrait la fiche de chaque avis (.txt, .pdf) sans rien importer",
        [
            new("--json", null, "une fiche JSON par ligne (le contrat docs/record.md)"),
            new("--explain", null, "dit pourquoi chaque document est, ou n'est pas, un avis"),
            .. ReadOptionsArguments.Specs,
        ],
        ["avis extract corpus/avis-2026CE01-cmqe-ceit.pdf", "avis extract --json --explain archives/*.txt"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count == 0)
            throw new UsageException("indiquez au moins un fichier : avis extract FICHIER... [--json]");
        RunTimeRegex.ChooseFor(parsed.Positional.Count);
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = ReadOptionsArguments.From(parsed);
        var pipeline = builder.Build();
        var json = parsed.Has("--json");

        var worst = ExitCode.Ok;
        var first = true;
        foreach (var (path, result) in new OrderedExtraction(pipeline, Environment.ProcessorCount, new IngestOptions().MaxBytesInFlight).Extract(parsed.Positional))
        {
            // Why it was taken for an opinion (a refused one says why in its own line): on stderr,
            // so that --json stays one record per line.
            if (parsed.Has("--explain") && result.Verdict is { IsOpinion: true } verdict)
                error.WriteLine($"{PathDisplay.Of(path)} : avis (score {verdict.Score}) : {verdict.Explanation}");
            switch (result.Status)
            {
                case ExtractionStatus.Extracted when json:
                    output.WriteLine(RecordJson.Serialize(result.Record!));
                    break;
                case ExtractionStatus.Extracted:
                    if (!first)
                        output.WriteLine();
                    RecordSummaryWriter.Write(output, result.Record!);
                    break;
                case ExtractionStatus.NotAnOpinion:
                    error.WriteLine($"{PathDisplay.Of(path)} : pas un avis : {result.Reason}");
                    worst = Worse(worst, ExitCode.NotAnOpinion);
                    break;
                default:
                    error.WriteLine($"{PathDisplay.Of(path)} : illisible : {result.Reason}");
                    worst = Worse(worst, ExitCode.Unreadable);
                    break;
            }
            first = false;
        }
        return worst;
    }

    // An unreadable file is more serious than a readable non-opinion.
    private static int Worse(int current, int candidate) =>
        current == ExitCode.Unreadable || candidate == ExitCode.Unreadable ? ExitCode.Unreadable : Math.Max(current, candidate);
}
