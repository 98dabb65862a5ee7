using UglyToad.PdfPig.Content;
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

    public IReadOnlyList<string> GetLines(Page page)
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

        var result = new List<string>(lines.Count + lines.Count / 4);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                var pitch = lines[i - 1].BoundingBox.Top - lines[i].BoundingBox.Top;
                // A line that is not below the previous one starts another column or block.
                if (pitch <= 0 || pitch > options.ParagraphGapRatio * usualPitch)
                    result.Add("");
            }
            result.Add(lines[i].Text);
        }
        return result;
    }
}
