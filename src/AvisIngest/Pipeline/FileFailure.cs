namespace AvisIngest.Pipeline;

/// <summary>
/// Says in French why one file failed when the cause is an exception no stage expected, and keeps
/// the technical detail (type and English message) for the import report, not for the screen.
/// </summary>
public static class FileFailure
{
    public static string Reason(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Reason(aggregate.InnerExceptions[0]),
        OutOfMemoryException or InsufficientExecutionStackException => "mémoire insuffisante pour ce fichier (détail dans le rapport)",
        IOException or UnauthorizedAccessException => InputOutput(e),
        _ => "contenu inattendu que le programme ne sait pas lire (détail dans le rapport)",
    };

    /// <summary>A file system error in French, for any path (file, folder, report, export).</summary>
    public static string InputOutput(Exception e) => e switch
    {
        UnauthorizedAccessException => "accès refusé (droits insuffisants)",
        PathTooLongException => "chemin trop long",
        DirectoryNotFoundException => "dossier introuvable",
        FileNotFoundException => "fichier introuvable",
        _ when DiskFull.Is(e) => "disque plein",
        _ => "erreur d'entrée-sortie du système de fichiers",
    };

    /// <summary>One line: the exception's type and message, and those of its causes.</summary>
    public static string Detail(Exception e)
    {
        var parts = new List<string>();
        for (var current = e; current is not null && parts.Count < 4; current = current.InnerException)
        {
            if (current is AggregateException { InnerExceptions.Count: > 0 } aggregate && current.InnerException is null)
                current = aggregate.InnerExceptions[0];
            parts.Add($"{current.GetType().Name}: {current.Message.ReplaceLineEndings(" ")}");
        }
        return string.Join(" <- ", parts);
    }
}

/// <summary>Tells a full disk (or quota) from other I/O errors, whatever the system's language.</summary>
public static class DiskFull
{
    // ENOSPC (28) and EDQUOT (122) on Linux; ERROR_DISK_FULL (112) and ERROR_HANDLE_DISK_FULL (39) on Windows.
    public static bool Is(Exception e)
    {
        for (var current = e; current is not null; current = current.InnerException)
        {
            if (current is IOException io && (io.HResult & 0xFFFF) is 28 or 122 or 112 or 39)
                return true;
        }
        return false;
    }
}
