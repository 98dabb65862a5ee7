using System.Security.Cryptography;
using AvisIngest.Records;

namespace AvisIngest.Reading;

/// <summary>Reads plain-text opinions, whatever their encoding and line ends.</summary>
public sealed class TextDocumentReader : IDocumentReader
{
    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public SourceDocument Read(string path, byte[] content, ReadOptions options)
    {
        if (LooksBinary(content))
            throw new UnreadableDocumentException("fichier binaire : ce n'est pas un texte");
        var (text, encoding) = TextEncodingDetector.Decode(content);
        if (string.IsNullOrWhiteSpace(text))
            throw new UnreadableDocumentException("fichier vide : aucun texte à lire");
        var lines = SplitLines(text);
        return new SourceDocument(
            path,
            SourceFormat.Txt,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            encoding,
            PageCount: null,
            [new SourcePage(null, lines)],
            []);
    }

    // Lines at any line end (\r\n, \n, \r) straight from the text: ReplaceLineEndings then Split
    // held two more copies of a large file at once.
    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOfAny('\r', '\n');
            if (end < 0)
            {
                lines.Add(rest.ToString());
                return lines;
            }
            lines.Add(rest[..end].ToString());
            rest = rest[(rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? end + 2 : end + 1)..];
        }
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
