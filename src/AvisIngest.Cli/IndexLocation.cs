using AvisIngest.Indexing;

namespace AvisIngest.Cli;

/// <summary>
/// Where the index is, found as git finds its repository: --index DIR; else the nearest folder
/// named avis-data in the working folder or above it; else the AVIS_INDEX environment variable;
/// else ./avis-data (created by the first import). Every command says which one it used.
/// As git's GIT_CEILING_DIRECTORIES, AVIS_CEILING_DIRECTORIES lists folders (separated by the
/// system's path separator) the upward search does not enter: a shared temp or network folder's
/// stray avis-data is then never taken for the project's.
/// </summary>
public static class IndexLocation
{
    public const string Option = "--index";
    public const string EnvironmentVariable = "AVIS_INDEX";
    public const string Default = "avis-data";
    public const string CeilingVariable = "AVIS_CEILING_DIRECTORIES";

    public static OptionSpec Spec { get; } = new(Option, "DOSSIER",
        $"l'index à utiliser ; sinon le dossier {Default} le plus proche (ici ou au-dessus), sinon la variable {EnvironmentVariable}, sinon ./{Default}");

    public static OpinionIndex From(Arguments arguments) => new(Resolve(arguments.Value(Option), arguments.WorkingDirectory,
        Environment.GetEnvironmentVariable(EnvironmentVariable), Environment.GetEnvironmentVariable(CeilingVariable)));

    /// <summary>
    /// The index folder for an --index value (or null), a working folder, the environment variable's value (or null)
    /// and the ceiling folders (or null): the search upward stops before entering a ceiling (the working folder itself is always looked in).
    /// </summary>
    public static string Resolve(string? option, string workingDirectory, string? environment, string? ceilings = null)
    {
        if (!string.IsNullOrWhiteSpace(option))
            return Path.GetFullPath(option, workingDirectory);
        var stops = (ceilings ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(Path.IsPathFullyQualified).Select(c => Path.TrimEndingDirectorySeparator(Path.GetFullPath(c))).ToHashSet();
        var start = new DirectoryInfo(workingDirectory);
        for (var folder = start; folder is not null; folder = folder.Parent)
        {
            if (folder != start && stops.Contains(Path.TrimEndingDirectorySeparator(folder.FullName)))
                break;
            var candidate = Path.Combine(folder.FullName, Default);
            if (Directory.Exists(candidate))
                return candidate;
        }
        return !string.IsNullOrWhiteSpace(environment) ? Path.GetFullPath(environment, workingDirectory) : Path.Combine(workingDirectory, Default);
    }

    /// <summary>Opens the index to read it, saying on <paramref name="error"/> which one; a French message when nothing was imported yet.</summary>
    public static Lucene.Net.Index.DirectoryReader OpenForReading(OpinionIndex index, TextWriter error)
    {
        var reader = index.OpenReader() ?? throw new IndexUnavailableException(
            $"aucun index dans {index.DirectoryPath} : importez d'abord des avis avec « avis ingest DOSSIER » (ou indiquez --index)");
        error.WriteLine($"Index : {index.DirectoryPath}");
        return reader;
    }
}
