using System.Text.Json;
using AvisIngest.Ingest;

namespace AvisIngest.Cli.Output;

/// <summary>
/// The --report file: one JSON object per file, {"path", "outcome", "id", "reason", "detail"}, written
/// as each file's commit is done; "detail" is the technical cause of a failure (English, for a bug report).
/// </summary>
public sealed class JsonLinesReport(string path) : IDisposable
{
    private readonly StreamWriter writer = new(path, append: false, new System.Text.UTF8Encoding(false)) { AutoFlush = true };

    /// <summary>Why the report stopped being written (disk full...), in French; null while it is whole.</summary>
    public string? Broken { get; private set; }

    // A report that cannot be written any more must not stop the import it reports on.
    public void Write(IngestFileResult result)
    {
        if (Broken is not null)
            return;
        try
        {
            WriteLine(result);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Broken = Pipeline.FileFailure.InputOutput(e);
        }
    }

    private void WriteLine(IngestFileResult result) =>
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            path = result.Path,
            outcome = JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Outcome.ToString()),
            id = result.Id,
            reason = result.Reason,
            detail = result.Detail,
        }, Records.RecordJson.Options));

    public void Dispose()
    {
        try
        {
            writer.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Broken ??= Pipeline.FileFailure.InputOutput(e);
        }
    }
}
