using AvisIngest.Records;

namespace AvisIngest.Reading;

/// <summary>A file as a reader delivers it: raw lines page by page, before any normalisation.</summary>
public sealed record SourceDocument(
    string Path,
    SourceFormat Format,
    string Sha256,
    string? Encoding,
    int? PageCount,
    IReadOnlyList<SourcePage> Pages,
    IReadOnlyList<string> Warnings)
{
    /// <summary>The pages whose text comes from OCR, 1-based.</summary>
    public IReadOnlyList<int> OcrPages { get; init; } = [];

    /// <summary>Tesseract's mean word confidence over those pages, 0–100.</summary>
    public double? OcrConfidence { get; init; }
}

/// <summary>
/// The raw lines of one page; <see cref="Number"/> is null for formats without pages. A page with
/// no text layer carries its <see cref="Image"/>, for the OCR stage.
/// </summary>
public sealed record SourcePage(int? Number, IReadOnlyList<string> Lines)
{
    public PageImage? Image { get; init; }

    /// <summary>Each line's style, in the order of <see cref="Lines"/>; null when the format has none (all plain).</summary>
    public IReadOnlyList<LineStyle>? Styles { get; init; }

    public LineStyle StyleOf(int line) => Styles is { } styles ? styles[line] : LineStyle.Plain;
}

/// <summary>
/// A page's scanned image (PNM, PNG or JPEG bytes) and its resolution. The bytes are decoded when
/// first asked for, by the OCR stage's worker of that page: the first page is being read while the
/// next are decoded, and a page that OCR never reads (a text page's logo) is never decoded.
/// </summary>
public sealed class PageImage(Func<byte[]> decode, int dpi)
{
    private readonly Lock decoding = new();
    private Func<byte[]>? pending = decode;
    private byte[]? bytes;

    public PageImage(byte[] bytes, int dpi) : this(() => bytes, dpi) { }

    public int Dpi { get; } = dpi;

    /// <summary>The image's bytes; decoding errors are thrown here, to the page's OCR.</summary>
    public byte[] Bytes
    {
        get
        {
            lock (decoding)
            {
                if (bytes is null)
                {
                    bytes = pending!();
                    // What decoded it (the PDF's image and its decoded samples) is let go.
                    pending = null;
                }
                return bytes;
            }
        }
    }
}
