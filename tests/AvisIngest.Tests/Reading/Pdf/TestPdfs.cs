using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace AvisIngest.Tests.Reading.Pdf;

/// <summary>Small PDFs written with PdfPig's own writer, for cases the real fixtures do not show.</summary>
internal static class TestPdfs
{
    // A 1×1 grey PNG: enough for a page that holds an image and no text.
    private static readonly byte[] Pixel = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNgAAAAAgABSK+kcQAAAABJRU5ErkJggg==");

    /// <summary>A scan: two pages that are images only.</summary>
    public static byte[] ImageOnly()
    {
        var builder = new PdfDocumentBuilder();
        for (var i = 0; i < 2; i++)
            builder.AddPage(PageSize.A4).AddPng(Pixel, new PdfRectangle(50, 50, 545, 790));
        return builder.Build();
    }

    /// <summary>One page per entry of <paramref name="pages"/>, each line written 14 pt below the previous one.</summary>
    public static byte[] Text(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 800.0;
            foreach (var line in lines)
            {
                if (line.Length > 0)
                    page.AddText(line, 10, new PdfPoint(50, y), font);
                y -= 14;
            }
        }
        return builder.Build();
    }

    /// <summary>
    /// One page, every line 14 pt below the previous one (no gap tells a paragraph): a line starting
    /// with "# " is a heading set in 14 pt bold, the others body text in 10 pt regular.
    /// </summary>
    public static byte[] WithBoldHeadings(params string[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var body = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.A4);
        var y = 800.0;
        foreach (var line in lines)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal))
                page.AddText(line[2..], 14, new PdfPoint(50, y), bold);
            else
                page.AddText(line, 10, new PdfPoint(50, y), body);
            y -= 16;
        }
        return builder.Build();
    }
}
