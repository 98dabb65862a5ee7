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

/// <summary>A page's scanned image (PNM, PNG or JPEG bytes) and its resolution.</summary>
public sealed record PageImage(byte[] Bytes, int Dpi);
