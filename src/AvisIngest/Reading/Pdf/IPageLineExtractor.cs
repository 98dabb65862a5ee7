using UglyToad.PdfPig.Content;

namespace AvisIngest.Reading.Pdf;

/// <summary>Turns one PDF page into its text lines in reading order; an empty line separates blocks.</summary>
public interface IPageLineExtractor
{
    IReadOnlyList<PageLine> GetLines(Page page);
}

/// <summary>A line of a PDF page: its text, the usual size of its letters (0 when unknown) and whether most of them are bold.</summary>
public readonly record struct PageLine(string Text, double FontSize = 0, bool Bold = false)
{
    public static readonly PageLine Blank = new("");
}
