using System.Security.Cryptography;
using AvisIngest.Indexing;

namespace AvisIngest.Ingest;

/// <summary>
/// Finds the scans an import has already read by OCR (minutes of work each) when they come again
/// byte for byte: touched, copied or moved. Their bytes' hash is kept in the index; a PDF of the size
/// of such a scan is hashed (milliseconds) before it is read. Only records made by the current
/// reading count: after an upgrade of the reading, scans are read again.
/// </summary>
internal sealed class ScanReuse
{
    private readonly Dictionary<long, List<IndexedSource>> bySize = [];

    public ScanReuse(IEnumerable<IndexedSource> known, string extractionVersion)
    {
        foreach (var source in known.Where(s => s.FileHash is not null && s.Extraction == extractionVersion))
        {
            if (!bySize.TryGetValue(source.Size, out var sameSize))
                bySize[source.Size] = sameSize = [];
            sameSize.Add(source);
        }
    }

    /// <summary>The imported scan this file is a copy of, or null.</summary>
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

    public static string HashOf(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
