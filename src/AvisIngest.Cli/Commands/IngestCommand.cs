using System.Runtime.InteropServices;
using AvisIngest.Cli.Output;
using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Presentation;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis ingest PATH...`: imports files and folders into the index, with a progress bar and a
/// summary. Exit 0 when every file was processed (not-opinions included), 1 when some failed;
/// every good file is committed either way. Ctrl+C stops after committing what was done.
/// </summary>
public sealed class IngestCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("ingest", "CHEMIN...", "importe fichiers et dossiers (.txt, .pdf, récursivement) dans l'index ; relancer n'importe rien deux fois",
        [
            IndexLocation.Spec,
            new("--report", "FICHIER.jsonl", "écrit une ligne JSON par fichier (résultat et raison)"),
            new("--batch", "N", "enregistre l'index tous les N avis (500 par défaut)"),
            .. ReadOptionsArguments.Specs,
        ],
        ["avis ingest archives/", "avis ingest archives/ --index /srv/avis-data --report import.jsonl"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count == 0)
            throw new UsageException("indiquez au moins un fichier ou un dossier : avis ingest CHEMIN...");
        var options = new IngestOptions();
        if (parsed.IntValue("--batch", 1, 100_000) is { } batch)
            options = options with { CommitEvery = batch };
        var index = IndexLocation.From(parsed);

        var missing = new List<IngestFileResult>();
        var files = FileDiscovery.Find(parsed.Positional, missing);
        // Before the pipeline is built: its regexes are compiled only for a large import.
        RunTimeRegex.ChooseFor(files.Count);
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.ReadOptions = ReadOptionsArguments.From(parsed);
        using var report = parsed.Value("--report") is { } reportPath ? OpenReport(reportPath) : null;
        IIngestProgress progress = Console.IsErrorRedirected || error != Console.Error ? new PlainProgressLines(error) : new TerminalProgressBar(error);

        // Ctrl+C and SIGTERM (a service stop, `kill`) both stop after committing what was done.
        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerm = OnTerminate(cancel);
        IngestSummary summary;
        try
        {
            summary = new IngestRunner(builder.Build(), index, options).Run(files, progress, r => report?.Write(r), cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        foreach (var result in missing)
        {
            summary.Add(result);
            report?.Write(result);
        }

        WriteSummary(output, summary, index.DirectoryPath);
        if (report?.Broken is { } broken)
            error.WriteLine($"avis ingest : rapport incomplet ({broken}) : l'import, lui, est enregistré");
        return summary.Failures.Count > 0 || summary.Interrupted ? ExitCode.Usage : ExitCode.Ok;
    }

    // Where the system has no SIGTERM to catch, Ctrl+C remains.
    private static PosixSignalRegistration? OnTerminate(CancellationTokenSource cancel)
    {
        try
        {
            return PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                cancel.Cancel();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    // Checked before anything is imported: a report that cannot be written stops the command at once.
    private static JsonLinesReport OpenReport(string path)
    {
        try
        {
            return new JsonLinesReport(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"impossible d'écrire le rapport {path} : {FileFailure.InputOutput(e)}");
        }
    }

    /// <summary>How many files told apart as not opinions the summary names; the report names them all.</summary>
    public const int NotOpinionsListed = 20;

    private static void WriteSummary(TextWriter output, IngestSummary summary, string indexPath)
    {
        if (summary.StoppedBy is { } why)
            output.WriteLine($"Import arrêté : {why}. L'index garde tout ce qui était enregistré avant" +
                (summary.Uncommitted > 0 ? $" ; {summary.Uncommitted} fichier(s) lu(s) mais non enregistré(s) seront repris." : "."));
        else if (summary.Interrupted)
            output.WriteLine("Import interrompu : ce qui était traité est enregistré ; relancez la même commande pour finir.");
        output.WriteLine($"Index : {indexPath}");
        output.WriteLine(
            $"Importés : {summary.Count(IngestOutcome.Imported)}, mis à jour : {summary.Count(IngestOutcome.Updated)}, " +
            $"inchangés : {summary.Count(IngestOutcome.Unchanged)}, doublons : {summary.Count(IngestOutcome.Duplicate)}, pas des avis : {summary.Count(IngestOutcome.NotAnOpinion)}, " +
            $"échecs : {summary.Count(IngestOutcome.Failed)}" + (summary.OcrPages > 0 ? $" ; {summary.OcrPages} pages lues par OCR" : ""));
        foreach (var failure in summary.Failures.OrderBy(f => f.Path, StringComparer.Ordinal))
            output.WriteLine($"  échec : {PathDisplay.Of(failure.Path)} : {failure.Reason}");
        // Which files were told apart, and why; an archive of thousands points to the report instead.
        foreach (var notOpinion in summary.NotOpinions.OrderBy(f => f.Path, StringComparer.Ordinal).Take(NotOpinionsListed))
            output.WriteLine($"  pas un avis : {PathDisplay.Of(notOpinion.Path)} : {notOpinion.Reason}");
        if (summary.NotOpinions.Count > NotOpinionsListed)
            output.WriteLine($"  … et {summary.NotOpinions.Count - NotOpinionsListed} autres fichiers qui ne sont pas des avis (--report FICHIER.jsonl les liste tous, avec la raison)");
        if (summary.VanishedSources > 0)
            output.WriteLine(summary.VanishedSources == 1
                ? "1 avis de l'index n'a plus son fichier source (déplacé ou supprimé) : « avis prune --dry-run » le montre, « avis prune » le retire."
                : $"{summary.VanishedSources} avis de l'index n'ont plus leur fichier source (déplacés ou supprimés) : « avis prune --dry-run » les liste, « avis prune » les retire.");
    }
}
