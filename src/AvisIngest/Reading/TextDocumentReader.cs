using System.Security.Cryptography;
using AvisIngest.Records;

namespace AvisIngest.Reading;

/// <summary>Reads plain-text opinions, whatever their encoding and line ends.</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    // Decoding is linear in a file of bounded size (ReadOptions.MaxFileBytes): no thread of its own,
    // which cost an import a tenth of its time.
    public bool MayOverrunDeadline => false;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public SourceDocument Read(string path, byte[] content, ReadOptions options)
    {
        if (LooksBinary(content))
            throw new UnreadableDocumentException("fichier binaire : ce n'est pas un texte");
        var (lines, encoding) = TextEncodingDetector.ReadLines(content);
        if (lines.All(string.IsNullOrWhiteSpace))
            throw new UnreadableDocumentException("fichier vide : aucun texte à lire");
        return new SourceDocument(
            path,
            SourceFormat.Txt,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            encoding,
            PageCount: null,
            [new SourcePage(null, lines)],
            []);
    }

    // NUL bytes never occur in 8-bit text; UTF-16 files announce themselves with a BOM.
    private static bool LooksBinary(byte[] content)
    {
        if (content.Length >= 2 && (content[0], content[1]) is (0xFF, 0xFE) or (0xFE, 0xFF))
            return false;
        var sample = content.AsSpan(0, Math.Min(content.Length, 8192));
        return sample.Contains((byte)0);
    }
}
