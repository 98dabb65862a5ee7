using AvisIngest.Indexing;

namespace AvisIngest.Cli;

/// <summary>Where the index is: --index DIR, else the AVIS_INDEX environment variable, else ./avis-data.</summary>
public static class IndexLocation
{
    public const string Option = "--index";
    public const string EnvironmentVariable = "AVIS_INDEX";
    public const string Default = "avis-data";

    public static OpinionIndex From(Arguments arguments)
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return new OpinionIndex(arguments.Value(Option) ?? (string.IsNullOrWhiteSpace(fromEnvironment) ? Default : fromEnvironment));
    }

    /// <summary>Opens the index to read it; a French message when nothing was imported yet.</summary>
    public static Lucene.Net.Index.DirectoryReader OpenForReading(OpinionIndex index) =>
        index.OpenReader() ?? throw new IndexUnavailableException(
            $"aucun index dans {index.DirectoryPath} : importez d'abord des avis avec « avis ingest DOSSIER » (ou indiquez --index)");
}
