using System.Security.Cryptography;
using AvisIngest.Records;

namespace AvisIngest.Reading;

/// <summary>
/// Reads plain-text opinions, whatever their encoding and line ends. A text extracted from a PDF
/// (pdftotext) keeps its pages, separated by form feeds: they become pages, and their running
/// headers and footers are removed as a PDF's are.
/// </summary>
public sealed class TextDocumentReader(RunningHeaderFilter headerFilter) : IDocumentReader
{
    public TextDocumentReader() : this(new RunningHeaderFilter()) { }

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
        var pages = headerFilter.Filter(Pages(lines));
        return new SourceDocument(
            path,
            SourceFormat.Txt,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            encoding,
            PageCount: pages.Count > 1 ? pages.Count : null,
            pages.Count > 1 ? [.. pages.Select((page, i) => new SourcePage(i + 1, page))] : [new SourcePage(null, pages[0])],
            []);
    }

    // A form feed starts a page; a file without one is a single page with no number.
    private static List<IReadOnlyList<string>> Pages(IReadOnlyList<string> lines)
    {
        if (!lines.Any(line => line.Contains('\f')))
            return [lines];
        var pages = new List<IReadOnlyList<string>>();
        var page = new List<string>();
        foreach (var line in lines)
        {
            if (!line.Contains('\f'))
            {
                page.Add(line);
                continue;
            }
            var parts = line.Split('\f');
            page.Add(parts[0]);
            foreach (var part in parts.Skip(1))
            {
                pages.Add(page);
                page = [part];
            }
        }
        // pdftotext ends the last page with a form feed too.
        if (page is not [""] || pages.Count == 0)
            pages.Add(page);
        return pages;
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
