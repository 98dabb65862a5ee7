using AvisIngest.Cli.Output;
using AvisIngest.Presentation;
using AvisIngest.Indexing;
using AvisIngest.Records;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis show ID [--json]`: one imported opinion's record.</summary>
public sealed class ShowCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("show", "NUMÉRO", "affiche la fiche d'un avis importé",
        [new("--json", null, "la fiche en JSON (le contrat docs/record.md)"), IndexLocation.Spec],
        ["avis show 2026CE01", "avis show 2026ce01 --json"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count != 1)
            throw new UsageException("indiquez un numéro d'avis : avis show 2026CE01");
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed), error);
        var id = parsed.Positional[0].Replace(" ", "");
        var record = OpinionIndex.FindRecord(reader, id);
        if (record is null)
        {
            error.WriteLine($"avis show : aucun avis « {parsed.Positional[0]} » dans l'index");
            return ExitCode.Unreadable;
        }
        if (parsed.Has("--json"))
            output.WriteLine(RecordJson.Serialize(record));
        else
            RecordSummaryWriter.Write(output, record);
        return ExitCode.Ok;
    }
}
