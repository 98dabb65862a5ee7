using AvisIngest.Cli.Commands;

namespace AvisIngest.Cli;

/// <summary>Dispatches `avis COMMAND ...` to its command, and turns every error into a French line and an exit code.</summary>
public sealed class AvisCommandLine(IReadOnlyList<ICommand> commands)
{
    public static AvisCommandLine CreateDefault() =>
        new([new ExtractCommand(), new IngestCommand(), new SearchCommand(), new ShowCommand(), new StatsCommand(), new ExportCommand(), new PruneCommand(), new TrainCommand(), new ServeCommand()]);

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0 || args[0] is "help" or "--help" or "-h")
        {
            WriteHelp(args.Count == 0 ? error : output);
            return args.Count == 0 ? ExitCode.Usage : ExitCode.Ok;
        }
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            error.WriteLine($"avis : commande inconnue « {args[0]} ». Tapez « avis help » pour la liste.");
            return ExitCode.Usage;
        }
        try
        {
            return command.Run(args.Skip(1).ToList(), output, error);
        }
        catch (UsageException e)
        {
            error.WriteLine($"avis {command.Name} : {e.Message}");
            return ExitCode.Usage;
        }
        catch (Exception e) when (e is Indexing.IndexLockedException or Indexing.IndexUnavailableException)
        {
            error.WriteLine($"avis {command.Name} : {e.Message}");
            return ExitCode.IndexUnavailable;
        }
        catch (Indexing.IndexWriteException e)
        {
            // Disk full or folder gone while writing (prune); the import reports it in its summary.
            error.WriteLine($"avis {command.Name} : {e.Message}");
            return ExitCode.Usage;
        }
    }

    private void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("avis — avis du CoRE Hauts-de-France : extraction, recherche, exports");
        writer.WriteLine();
        writer.WriteLine("Commandes :");
        foreach (var command in commands)
            writer.WriteLine($"  avis {command.Summary}");
        writer.WriteLine();
        writer.WriteLine("Index : --index DOSSIER, ou la variable AVIS_INDEX, sinon ./avis-data.");
        writer.WriteLine("Codes de sortie : 0 tout traité, 1 ligne de commande ou requête incorrecte (ingest : des fichiers en échec),");
        writer.WriteLine("                  2 fichier illisible ou avis introuvable, 3 pas un avis, 4 index verrouillé ou absent.");
    }
}
