using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace AvisIngest.Reading.Pdf;

/// <summary>Options of <see cref="LayoutAnalysisLineExtractor"/>.</summary>
public sealed record LayoutAnalysisOptions
{
    /// <summary>A line further below the previous one than this many usual line pitches starts a new paragraph.</summary>
    public double ParagraphGapRatio { get; init; } = 1.5;

    /// <summary>
    /// How words are grouped into blocks. Docstrum (default) finds columns and blocks; PdfPig's
    /// <see cref="DefaultPageSegmenter"/> is about five times cheaper but sees one block per page.
    /// </summary>
    public IPageSegmenter PageSegmenter { get; init; } = new DocstrumBoundingBoxes(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });
}

/// <summary>
/// Lines from PdfPig's layout analysis: words by nearest neighbour, blocks by Docstrum, blocks put
/// in reading order. Unlike <c>page.Text</c>, which follows the content stream, this follows the page.
/// Paragraph breaks are read from the vertical gaps between lines (Docstrum's blocks do not match
/// paragraphs), and written as an empty line, as a text export would.
/// </summary>
public sealed class LayoutAnalysisLineExtractor(LayoutAnalysisOptions options) : IPageLineExtractor
{
    public LayoutAnalysisLineExtractor() : this(new LayoutAnalysisOptions()) { }

    // PdfPig parallelises inside a page by default; the import already runs one file per core.
    private static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    public IReadOnlyList<PageLine> GetLines(Page page)
    {
        var words = page.GetWords(Words).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
            return [];
        var blocks = options.PageSegmenter.GetBlocks(words);
        var lines = UnsupervisedReadingOrderDetector.Instance.Get(blocks)
            .OrderBy(b => b.ReadingOrder)
            .SelectMany(b => b.TextLines)
            .ToList();
        var pitches = lines.Zip(lines.Skip(1), (a, b) => a.BoundingBox.Top - b.BoundingBox.Top).Where(p => p > 0).Order().ToList();
        var usualPitch = pitches.Count > 0 ? pitches[pitches.Count / 2] : double.MaxValue;

        var result = new List<PageLine>(lines.Count + lines.Count / 4);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var pitch = lines[i - 1].BoundingBox.Top - lines[i].BoundingBox.Top;
                // A line that is not below the previous one starts another column or block.
                if (pitch <= 0 || pitch > options.ParagraphGapRatio * usualPitch)
                    result.Add(PageLine.Blank);
            }
            result.Add(Styled(lines[i]));
        }
        return result;
    }

    // The size and weight most of the line's letters have: a bold word inside a sentence does not make a heading.
    private static PageLine Styled(TextLine line)
    {
        var letters = line.Words.SelectMany(w => w.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        if (letters.Count == 0)
            return new PageLine(line.Text);
        var sizes = letters.Select(l => Math.Round(l.PointSize, 1)).Order().ToList();
        var bold = letters.Count(IsBold) * 2 > letters.Count;
        return new PageLine(line.Text, sizes[sizes.Count / 2], bold);
    }

    private static bool IsBold(Letter letter) =>
        letter.FontDetails?.IsBold == true
        || (letter.FontName is { } name && BoldNames.Any(b => name.Contains(b, StringComparison.OrdinalIgnoreCase)));

    private static readonly string[] BoldNames = ["Bold", "Black", "Heavy", "Semibold", "Demi"];
}
