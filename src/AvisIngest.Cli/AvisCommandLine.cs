using System.Reflection;
using AvisIngest.Cli.Commands;
using AvisIngest.Search;

namespace AvisIngest.Cli;

/// <summary>
/// Dispatches `avis COMMAND ...` to its command, answers help and version, suggests the nearest
/// command or option for a typo, and turns every error into a French line and an exit code.
/// </summary>
public sealed class AvisCommandLine(IReadOnlyList<ICommand> commands, string? workingDirectory = null)
{
    public static AvisCommandLine CreateDefault(string? workingDirectory = null) =>
        new([new ExtractCommand(), new IngestCommand(), new SearchCommand(), new ShowCommand(), new StatsCommand(), new ExportCommand(), new PruneCommand(), new TrainCommand(), new ServeCommand()], workingDirectory);

    /// <summary>The program's version and the version of its reading of opinions.</summary>
    public static string Version =>
        $"avis {typeof(AvisCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "?"}" +
        $" (lecture des avis {Pipeline.OpinionPipeline.CurrentExtractionVersion}, .NET {Environment.Version})";

    public IEnumerable<string> CommandNames => commands.Select(c => c.Syntax.Name);

    public IEnumerable<CommandSyntax> CommandSyntaxes => commands.Select(c => c.Syntax);

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        if (args.Count == 0)
        {
            WriteHelp(error);
            return ExitCode.Usage;
        }
        switch (args[0])
        {
            case "--help" or "-h" or "help" when args.Count == 1:
                WriteHelp(output);
                return ExitCode.Ok;
            case "help":
                return Run([args[1], "--help"], output, error);
            case "--version" or "-V" or "version":
                output.WriteLine(Version);
                return ExitCode.Ok;
        }
        var command = commands.FirstOrDefault(c => c.Syntax.Name == args[0]);
        if (command is null)
        {
            var nearest = NearestWord.Find(args[0], commands.Select(c => c.Syntax.Name));
            error.WriteLine($"avis : commande inconnue « {args[0]} »" + (nearest is null ? "." : $" : vouliez-vous dire « {nearest} » ?") +
                " Tapez « avis --help » pour la liste des commandes.");
            return ExitCode.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (Arguments.AsksForHelp(rest))
        {
            command.Syntax.WriteHelp(output);
            return ExitCode.Ok;
        }
        try
        {
            return command.Run(Arguments.Parse(rest, command.Syntax, workingDirectory), output, error);
        }
        catch (Exception e) when (e is UsageException or QuerySyntaxException)
        {
            error.WriteLine($"avis {command.Syntax.Name} : {e.Message}");
            return ExitCode.Usage;
        }
        catch (Exception e) when (e is Indexing.IndexLockedException or Indexing.IndexUnavailableException)
        {
            error.WriteLine($"avis {command.Syntax.Name} : {e.Message}");
            return ExitCode.IndexUnavailable;
        }
        catch (Indexing.IndexWriteException e)
        {
            // Disk full or folder gone while writing (prune); the import reports it in its summary.
            error.WriteLine($"avis {command.Syntax.Name} : {e.Message}");
            return ExitCode.Usage;
        }
    }

    private void WriteHelp(TextWriter writer)
    {
        writer.WriteLine("avis — avis du CoRE Hauts-de-France : extraction, recherche, exports");
        writer.WriteLine();
        writer.WriteLine("Commandes :");
        var width = commands.Max(c => c.Syntax.Synopsis.Length) + 2;
        foreach (var command in commands)
            writer.WriteLine($"  {command.Syntax.Synopsis.PadRight(width)}{command.Syntax.Summary}");
        writer.WriteLine();
        writer.WriteLine("« avis COMMANDE --help » (ou -h) donne les options et un exemple de chaque commande ; « avis --version » la version.");
        writer.WriteLine($"Index : --index DOSSIER, sinon le dossier {IndexLocation.Default} le plus proche (ici ou au-dessus), sinon la variable {IndexLocation.EnvironmentVariable}, sinon ./{IndexLocation.Default}.");
        writer.WriteLine("Codes de sortie : 0 tout traité, 1 ligne de commande ou requête incorrecte (ingest : des fichiers en échec),");
        writer.WriteLine("                  2 fichier illisible ou avis introuvable, 3 pas un avis, 4 index verrouillé ou absent.");
    }
}
