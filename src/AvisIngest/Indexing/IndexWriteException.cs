using AvisIngest.Pipeline;

namespace AvisIngest.Indexing;

/// <summary>The index could not be written (disk full, folder gone or read-only); the message is French.</summary>
public sealed class IndexWriteException(string frenchMessage, Exception inner) : Exception(frenchMessage, inner)
{
    /// <summary>Runs a write to the index, turning its I/O failure into a French reason.</summary>
    public static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception e) when (IsInputOutput(e))
        {
            throw new IndexWriteException(DiskFull.Is(e)
                ? "disque plein : l'index ne peut plus être écrit ; libérez de la place puis relancez la même commande"
                : "écriture de l'index impossible (dossier supprimé, protégé ou disque défaillant) ; relancez la même commande une fois le problème réglé", e);
        }
    }

    /// <summary>An I/O failure, or one that wraps it (Lucene's background merges report theirs as a MergeException).</summary>
    public static bool IsInputOutput(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is IOException or UnauthorizedAccessException)
                return true;
        }
        return false;
    }
}
