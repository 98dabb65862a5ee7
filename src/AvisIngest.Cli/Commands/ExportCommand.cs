using AvisIngest.Export;
using AvisIngest.Pipeline;
using AvisIngest.Search;

namespace AvisIngest.Cli.Commands;

/// <summary>
/// `avis export --table T`: a CSV table of the imported opinions, to stdout or --out FILE, RFC 4180
/// by default or for French Excel with --excel; the same filters as search.
/// </summary>
public sealed class ExportCommand : ICommand
{
    private static readonly string TableNames = string.Join("|", Enum.GetValues<ExportTable>().Select(t => t.ToString().ToLowerInvariant()));

    public CommandSyntax Syntax { get; } = new("export", "", "tables CSV des avis importés, pour les statistiques (colonnes : docs/csv.md)",
        [
            new("--table", "TABLE", $"la table : {TableNames.Replace("|", ", ")} (opinions par défaut)"),
            new("--out", "FICHIER", "écrit dans ce fichier (sinon sur la sortie standard)"),
            new("--excel", null, "séparateur « ; » et BOM, pour Excel et LibreOffice en français"),
            new("--query", "Q", "seulement les avis qui correspondent à cette requête (comme avis search)"),
            .. SearchFilterArguments.Specs,
            IndexLocation.Spec,
        ],
        ["avis export --table opinions --excel --out avis.csv", "avis export --table organizations --query hydrogène --year 2025,2026"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count > 0)
            throw new UsageException($"argument inattendu « {parsed.Positional[0]} » (la requête se donne avec --query)");
        var tableName = parsed.Value("--table") ?? "opinions";
        if (!Records.RecordCodes.TryParse<ExportTable>(tableName.ToLowerInvariant(), out var table))
            throw new UsageException($"table inconnue « {tableName} » : choisissez parmi {TableNames}");
        var request = SearchFilterArguments.Apply(parsed, new SearchRequest(parsed.Value("--query") ?? ""));
        var dialect = parsed.Has("--excel") ? CsvDialect.Excel : CsvDialect.Rfc4180;

        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed), error);
        var searcher = new OpinionSearcher(reader);
        var opinions = searcher.OpinionDocs(request);
        // Records are read one at a time as rows are written: an export never holds the index in memory.
        var records = opinions.Select(searcher.RecordAt);

        if (parsed.Value("--out") is { } path)
        {
            // Written beside the target, then renamed over it: a full disk or an interruption never
            // leaves a truncated table under the name asked for (nor destroys the previous one).
            var full = Path.GetFullPath(path);
            var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.partiel");
            int rows;
            try
            {
                using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    rows = CsvExporter.Write(file, table, records, dialect);
                    file.Flush(flushToDisk: true);
                }
                File.Move(partial, full, overwrite: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (File.Exists(partial))
                    File.Delete(partial);
                throw new UsageException($"impossible d'écrire {path} : {FileFailure.InputOutput(e)}");
            }
            error.WriteLine($"{rows} lignes ({opinions.Count} avis) écrites dans {path}");
        }
        else
        {
            output.Flush();
            using var stdout = output == Console.Out ? Console.OpenStandardOutput() : new TextWriterStream(output);
            CsvExporter.Write(stdout, table, records, dialect);
        }
        return ExitCode.Ok;
    }

    /// <summary>Lets tests capture stdout: bytes written here are decoded as UTF-8 into the writer.</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly System.Text.Decoder decoder = new System.Text.UTF8Encoding(false).GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[decoder.GetCharCount(buffer, offset, count)];
            decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }

        public override void Flush() => writer.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
