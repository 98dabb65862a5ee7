using AvisIngest.Reading.Pdf;
using UglyToad.PdfPig;

namespace AvisIngest.Tests.Reading.Pdf;

/// <summary>Scanned pages handed to Tesseract as grey PNM rather than PdfPig's PNG.</summary>
public class PnmImageTests
{
    [Fact]
    public void A_colour_scan_becomes_a_grey_pnm_with_tesseracts_luminance()
    {
        using var document = PdfDocument.Open(Path.Combine(TestFiles.RepoRoot, "corpus", "scans", "avis-2026CE01-cmqe-ceit-scan.pdf"));
        var image = document.GetPage(1).GetImages().Single();
        Assert.True(image.TryGetBytesAsMemory(out var rgb));

        var pnm = PnmImage.Of(image)!;

        var header = "P5\n1654 2339\n255\n"u8.ToArray();
        Assert.Equal(header, pnm[..header.Length]);
        Assert.Equal(header.Length + 1654 * 2339, pnm.Length);
        // Every pixel, not a sample of them: 0.3 red + 0.5 green + 0.2 blue, rounded.
        var samples = rgb.Span;
        for (var i = 0; i < 1654 * 2339; i++)
        {
            var expected = (int)Math.Floor(0.3 * samples[3 * i] + 0.5 * samples[3 * i + 1] + 0.2 * samples[3 * i + 2] + 0.5);
            if (Math.Abs(pnm[header.Length + i] - expected) > 0)
                Assert.Fail($"pixel {i}: {pnm[header.Length + i]} instead of {expected}");
        }
    }

    [Fact]
    public void Decoded_images_of_another_producer_give_pnms_of_their_own_size_and_a_jpeg_is_left_as_it_is()
    {
        // LibreOffice's page: two colour images with soft masks (decoded samples), and a JPEG (no samples).
        using var document = PdfDocument.Open(TestFiles.PdfWild("Single_Page_Images_-_from_libre_office.pdf"));
        var images = document.GetPage(1).GetImages().ToList();
        var decoded = images.Where(i => i.TryGetBytesAsMemory(out _)).ToList();
        Assert.Equal((3, 2), (images.Count, decoded.Count));
        foreach (var image in decoded)
        {
            var pnm = PnmImage.Of(image)!;
            var header = System.Text.Encoding.ASCII.GetBytes($"P5\n{image.WidthInSamples} {image.HeightInSamples}\n255\n");
            Assert.Equal(header, pnm[..header.Length]);
            Assert.Equal(header.Length + image.WidthInSamples * image.HeightInSamples, pnm.Length);
        }
        Assert.Null(PnmImage.Of(images.Single(i => !decoded.Contains(i))));
    }
}
