using System.Collections.Concurrent;
using System.Security.Cryptography;
using AvisIngest.Indexing;

namespace AvisIngest.Ingest;

/// <summary>
/// Finds the scans an import has already read by OCR (minutes of work each) when they come again
/// byte for byte: touched, copied or moved. The bytes' hash of a scan that is a record's source is
/// kept in the index; that of a scan that was only a duplicate of another file (the PDF of the same
/// opinion) in <see cref="SeenFile"/> beside it. A PDF of the size of such a scan is hashed
/// (milliseconds) before it is read. Only what the current reading made counts: after an upgrade
/// of the reading, scans are read again.
/// </summary>
internal sealed class ScanReuse
{
    /// <summary>Hash, size, opinion id and reading version of each scan read only to find a duplicate.</summary>
    public const string SeenFile = "avis-scans-lus.tsv";

    private readonly Dictionary<long, List<IndexedSource>> bySize = [];
    private readonly ConcurrentQueue<string> seenSinceFlush = new();
    private readonly string extractionVersion;
    private readonly string seenPath;

    public ScanReuse(IEnumerable<IndexedSource> known, string extractionVersion, string indexFolder)
    {
        this.extractionVersion = extractionVersion;
        seenPath = Path.Combine(indexFolder, SeenFile);
        foreach (var source in known.Where(s => s.FileHash is not null && s.Extraction == extractionVersion))
            Add(source);
        if (!File.Exists(seenPath))
            return;
        foreach (var line in File.ReadLines(seenPath))
        {
            // A line cut by a crash, or from another reading, is ignored: that scan is read again.
            var fields = line.Split('\t');
            if (fields.Length == 4 && fields[3] == extractionVersion && long.TryParse(fields[1], out var size))
                Add(new IndexedSource(fields[2], "", "", Records.SourceFormat.Pdf, 0, size, Ocr: true, extractionVersion) { FileHash = fields[0] });
        }
    }

    /// <summary>The imported scan, or the scan seen as a duplicate (its <see cref="IndexedSource.Path"/> empty), this file is a copy of; or null.</summary>
    public IndexedSource? Match(FileInfo file)
    {
        if (!bySize.TryGetValue(file.Length, out var sameSize))
            return null;
        string hash;
        try
        {
            hash = HashOf(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // the reader will say what is wrong with the file
        }
        return sameSize.FirstOrDefault(s => s.FileHash == hash);
    }

    /// <summary>A scan read by OCR that turned out to be a duplicate: kept once the import commits (<see cref="Flush"/>).</summary>
    public void Seen(string hash, long size, string id) => seenSinceFlush.Enqueue($"{hash}\t{size}\t{id}\t{extractionVersion}");

    /// <summary>Appends what was seen since the last commit; a failure only costs a second OCR later.</summary>
    public void Flush()
    {
        var lines = new List<string>();
        while (seenSinceFlush.TryDequeue(out var line))
            lines.Add(line);
        if (lines.Count == 0)
            return;
        try
        {
            File.AppendAllLines(seenPath, lines);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing lost but time: those scans are read again next time.
        }
    }

    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }

    private void Add(IndexedSource source)
    {
        if (!bySize.TryGetValue(source.Size, out var sameSize))
            bySize[source.Size] = sameSize = [];
        sameSize.Add(source);
    }
}
