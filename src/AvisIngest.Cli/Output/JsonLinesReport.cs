using System.Text.Json;
using AvisIngest.Ingest;

namespace AvisIngest.Cli.Output;

/// <summary>The --report file: one JSON object per file, {"path", "outcome", "id", "reason"}, written as files are done.</summary>
public sealed class JsonLinesReport(string path) : IDisposable
{
    private readonly StreamWriter writer = new(path, append: false, new System.Text.UTF8Encoding(false)) { AutoFlush = true };

    public void Write(IngestFileResult result) =>
        writer.WriteLine(JsonSerializer.Serialize(new
        {
            path = result.Path,
            outcome = JsonNamingPolicy.SnakeCaseLower.ConvertName(result.Outcome.ToString()),
            id = result.Id,
            reason = result.Reason,
        }, Records.RecordJson.Options));

    public void Dispose() => writer.Dispose();
}
