using AvisIngest.Cli.Output;
using AvisIngest.Presentation;
using AvisIngest.Indexing;
using AvisIngest.Records;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis show ID [--json]`: one imported opinion's record.</summary>
public sealed class ShowCommand : ICommand
{
    public string Name => "show";

    public string Summary => "show NUMÉRO [--json]   affiche la fiche d'un avis importé";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, flags: ["--json"], valued: [IndexLocation.Option]);
        if (parsed.Positional.Count != 1)
            throw new UsageException("indiquez un numéro d'avis : avis show 2026CE01");
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed));
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
