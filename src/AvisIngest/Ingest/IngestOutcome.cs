namespace AvisIngest.Ingest;

/// <summary>What an import did with one file. The JSON report writes these in snake_case.</summary>
public enum IngestOutcome
{
    Imported,
    Updated,
    Unchanged,

    /// <summary>The same opinion as another file that the index holds (a text and its PDF, a copy): stored once.</summary>
    Duplicate,
    NotAnOpinion,
    Failed,
}

/// <summary>
/// One file's outcome; <see cref="Reason"/> is French (why it failed, which source was kept);
/// <see cref="OcrPages"/>, how many of its pages were read by OCR (the slow part of an import of scans).
/// </summary>
public sealed record IngestFileResult(string Path, IngestOutcome Outcome, string? Id, string? Reason, int OcrPages = 0)
{
    /// <summary>For a failure: the technical cause (exception type and message), kept in the report only.</summary>
    public string? Detail { get; init; }
}

/// <summary>Reports an import's progress as files are done.</summary>
public interface IIngestProgress
{
    void Started(int totalFiles);

    void FileDone(IngestFileResult result, int done, int total);

    void Finished();
}

/// <summary>Progress reports for callers that show none.</summary>
public static class IngestProgress
{
    public static IIngestProgress None { get; } = new Silent();

    private sealed class Silent : IIngestProgress
    {
        public void Started(int totalFiles)
        {
        }

        public void FileDone(IngestFileResult result, int done, int total)
        {
        }

        public void Finished()
        {
        }
    }
}
