using AvisIngest.Pipeline;

namespace AvisIngest.Ingest;

/// <summary>
/// The files an import covers: the files named, and the .txt and .pdf files (any case) below the
/// folders named, recursively. Symbolic links are followed, but a folder reached twice (a link
/// loop) is read once.
/// </summary>
public static class FileDiscovery
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths, ICollection<IngestFileResult> missing)
    {
        var files = new List<string>();
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
                Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                Walk(new DirectoryInfo(path));
            else
                missing.Add(new IngestFileResult(path, IngestOutcome.Failed, null, "fichier ou dossier introuvable"));
        }
        return files;

        void Add(string file)
        {
            if (seenFiles.Add(file))
                files.Add(file);
        }

        void Walk(DirectoryInfo folder)
        {
            var real = folder.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? folder.FullName;
            if (!seenFolders.Add(Path.TrimEndingDirectorySeparator(real)))
                return;
            IEnumerable<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                missing.Add(new IngestFileResult(folder.FullName, IngestOutcome.Failed, null, $"dossier illisible : {Pipeline.FileFailure.InputOutput(e)}"));
                return;
            }
            foreach (var entry in entries)
            {
                if (entry is DirectoryInfo sub)
                    Walk(sub);
                else if (OpinionPipeline.IsCandidate(entry.Name))
                    Add(entry.FullName);
            }
        }
    }
}
