using System.Security.Cryptography;
using AvisIngest.Records;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace AvisIngest.Reading.Pdf;

/// <summary>
/// Reads a PDF's text layer page by page. Encrypted files need their password (an empty user password
/// is tried by PdfPig itself); a file without any text layer is reported as such, not as an empty opinion.
/// </summary>
public sealed class PdfDocumentReader(IPageLineExtractor lineExtractor, RunningHeaderFilter headerFilter) : IDocumentReader
{
    public PdfDocumentReader() : this(new LayoutAnalysisLineExtractor(), new RunningHeaderFilter()) { }

    /// <summary>Share of unreadable characters (U+FFFD, NUL, control) above which the text is flagged.</summary>
    public const double BrokenTextThreshold = 0.05;

    public bool CanRead(string path, ReadOnlySpan<byte> head) =>
        Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase) || head.IndexOf("%PDF-"u8) >= 0;

    public SourceDocument Read(string path, byte[] content, ReadOptions options)
    {
        using var document = Open(content, options.Password);
        var rawPages = new List<IReadOnlyList<PageLine>>();
        var images = new List<PageImage?>();
        var brokenPages = new List<int>();
        Exception? firstBreak = null;
        for (var number = 1; number <= document.NumberOfPages; number++)
        {
            // A damaged page is left out, the others are read: one bad page does not lose the opinion.
            try
            {
                var (lines, image) = ReadPage(document, number);
                rawPages.Add(lines);
                images.Add(image);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                firstBreak ??= e;
                brokenPages.Add(number);
                rawPages.Add([]);
                images.Add(null);
            }
        }
        if (brokenPages.Count == rawPages.Count && firstBreak is not null)
            throw new UnreadableDocumentException(rawPages.Count == 1 ? "PDF endommagé : sa page est illisible" : "PDF endommagé : aucune page lisible", firstBreak);
        var textless = rawPages.Count(lines => lines.All(l => string.IsNullOrWhiteSpace(l.Text)));
        if (textless == rawPages.Count)
        {
            if (images.All(i => i is null))
                throw new UnreadableDocumentException("aucun texte dans le PDF (pages vides)");
            if (options.Ocr == OcrMode.Never)
                throw new UnreadableDocumentException("aucune couche texte, document numérisé ?");
        }

        var filtered = headerFilter.Filter(rawPages, line => line.Text);
        var bodySize = BodyFontSize(filtered);
        var pages = filtered
            .Select((lines, i) => new SourcePage(i + 1, lines.Select(l => l.Text).ToList())
            {
                Styles = lines.Select(l => StyleOf(l, bodySize)).ToList(),
                // The OCR stage reads these pages from their image.
                Image = options.Ocr switch
                {
                    OcrMode.Always => images[i],
                    OcrMode.Auto when rawPages[i].All(l => string.IsNullOrWhiteSpace(l.Text)) => images[i],
                    _ => null,
                },
            })
            .ToList();
        var warnings = new List<string>();
        var brokenShare = BrokenShare(pages);
        if (brokenShare > BrokenTextThreshold)
            warnings.Add($"texte en partie illisible ({brokenShare:P0} de caractères non décodés) : police mal encodée dans le PDF");
        if (brokenPages.Count > 0)
            warnings.Add($"PDF endommagé : page(s) {string.Join(", ", brokenPages)} illisible(s), ignorée(s)");
        var skipped = pages.Count(p => p.Image is null && p.Lines.All(string.IsNullOrWhiteSpace)) - brokenPages.Count;
        if (skipped > 0)
            warnings.Add($"{skipped} page(s) sans texte ignorée(s)");

        return new SourceDocument(
            path,
            SourceFormat.Pdf,
            Convert.ToHexStringLower(SHA256.HashData(content)),
            Encoding: null,
            document.NumberOfPages,
            pages,
            warnings);
    }

    private static PdfDocument Open(byte[] content, string? password)
    {
        try
        {
            var parsing = new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true };
            if (password is not null)
                parsing.Password = password;
            return PdfDocument.Open(content, parsing);
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new UnreadableDocumentException(password is null
                ? "chiffré : mot de passe requis (option --password)"
                : "chiffré : mot de passe incorrect", e);
        }
        catch (Exception e) when (e is not UnreadableDocumentException)
        {
            throw new UnreadableDocumentException("PDF endommagé, structure illisible", e);
        }
    }

    /// <summary>A heading's size is at least this many times the body's.</summary>
    public const double LargerRatio = 1.15;

    private static LineStyle StyleOf(PageLine line, double bodySize) =>
        (bodySize > 0 && line.FontSize >= LargerRatio * bodySize ? LineStyle.Larger : LineStyle.Plain)
        | (line.Bold ? LineStyle.Bold : LineStyle.Plain);

    // The size most of the document's characters are set in.
    private static double BodyFontSize(IEnumerable<IReadOnlyList<PageLine>> pages)
    {
        var characters = new Dictionary<double, int>();
        foreach (var line in pages.SelectMany(p => p).Where(l => l.FontSize > 0))
            characters[line.FontSize] = characters.GetValueOrDefault(line.FontSize) + line.Text.Length;
        return characters.Count == 0 ? 0 : characters.MaxBy(c => c.Value).Key;
    }

    private (IReadOnlyList<PageLine> Lines, PageImage? Image) ReadPage(PdfDocument document, int number)
    {
        var page = document.GetPage(number);
        return (lineExtractor.GetLines(page), LargestImage(page));
    }

    // A scanned page is one large image; its resolution follows from its width on the page. Its
    // samples are decoded when OCR reads the page (PdfPig decodes after the document is closed).
    private static PageImage? LargestImage(UglyToad.PdfPig.Content.Page page)
    {
        var image = page.GetImages().OrderByDescending(i => (long)i.WidthInSamples * i.HeightInSamples).FirstOrDefault();
        if (image is null)
            return null;
        var inches = Math.Max(image.BoundingBox.Width, 1) / 72.0;
        return new PageImage(() => PnmImage.Of(image) ?? (image.TryGetPng(out var png) ? png : image.RawMemory.ToArray()),
            (int)Math.Clamp(Math.Round(image.WidthInSamples / inches), 70, 1200));
    }

    private static double BrokenShare(IEnumerable<SourcePage> pages)
    {
        long total = 0, broken = 0;
        foreach (var line in pages.SelectMany(p => p.Lines))
        {
            total += line.Length;
            broken += line.Count(c => c == '\uFFFD' || c == '\0' || (char.IsControl(c) && c != '\t'));
        }
        return total == 0 ? 0 : (double)broken / total;
    }
}
