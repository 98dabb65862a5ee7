using UglyToad.PdfPig.Content;

namespace AvisIngest.Reading.Pdf;

/// <summary>Turns one PDF page into its text lines in reading order; an empty line separates blocks.</summary>
public interface IPageLineExtractor
{
    IReadOnlyList<string> GetLines(Page page);
}
