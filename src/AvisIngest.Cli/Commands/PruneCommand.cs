using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Presentation;
using Lucene.Net.Index;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis prune [--dry-run]`: removes from the index the opinions whose source file no longer exists
/// (deleted, or moved outside what was imported again), after listing them. With --dry-run, only
/// lists. Takes the import lock: never runs beside an import.
/// </summary>
public sealed class PruneCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("prune", "", "retire de l'index les avis dont le fichier source n'existe plus",
        [new("--dry-run", null, "liste seulement, ne retire rien"), IndexLocation.Spec],
        ["avis prune --dry-run", "avis prune"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count > 0)
            throw new UsageException($"argument inattendu « {parsed.Positional[0]} » : avis prune [--dry-run] [--index DOSSIER]");
        var index = IndexLocation.From(parsed);
        IndexLocation.OpenForReading(index, TextWriter.Null).Dispose(); // "aucun index" (exit 4) before the lock creates a folder

        using var session = index.OpenWriter();
        List<IndexedSource> gone;
        using (var reader = DirectoryReader.Open(session.Writer, applyAllDeletes: true))
            gone = OpinionIndex.Catalogue(reader).Values.Where(s => !File.Exists(s.Path)).OrderBy(s => s.Id, StringComparer.Ordinal).ToList();

        output.WriteLine($"Index : {index.DirectoryPath}");
        if (gone.Count == 0)
        {
            output.WriteLine("Rien à retirer : le fichier source de chaque avis existe.");
            return ExitCode.Ok;
        }
        var dryRun = parsed.Has("--dry-run");
        output.WriteLine(dryRun ? "Avis dont le fichier source n'existe plus (rien n'est retiré : --dry-run) :" : "Avis retirés, leur fichier source n'existe plus :");
        foreach (var source in gone)
            output.WriteLine($"  {source.Id}  {PathDisplay.Of(source.Path)}");
        if (dryRun)
        {
            output.WriteLine(gone.Count == 1 ? "1 avis serait retiré ; relancez sans --dry-run pour le retirer." : $"{gone.Count} avis seraient retirés ; relancez sans --dry-run pour les retirer.");
            return ExitCode.Ok;
        }
        foreach (var source in gone)
            IndexWriteException.Guard(() => session.Writer.DeleteDocuments(new Term(IndexFields.Id, source.Id)));
        IndexWriteException.Guard(session.Writer.Commit);
        output.WriteLine(gone.Count == 1 ? "1 avis retiré de l'index." : $"{gone.Count} avis retirés de l'index.");
        return ExitCode.Ok;
    }
}
