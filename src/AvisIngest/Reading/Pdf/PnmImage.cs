using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;

namespace AvisIngest.Reading.Pdf;

/// <summary>
/// A scanned page's samples as a binary grey PNM image (P5) for Tesseract, which reads it as it
/// reads PNG. PdfPig's PNG encoding cost 70–160 ms a page of 200 dpi colour (docs/benchmarks.md);
/// the PNM is a header before the samples. Colour is turned to grey with the weights Tesseract's
/// own conversion uses (Leptonica's luminance: 0.3 red, 0.5 green, 0.2 blue), so the words read are
/// the same, and a third of the bytes go down the pipe.
/// </summary>
public static class PnmImage
{
    /// <summary>The image as grey PNM, or null when its samples are not plain 8-bit grey or RGB (then PNG or JPEG is used).</summary>
    public static byte[]? Of(IPdfImage image)
    {
        if (image.IsImageMask || image.BitsPerComponent != 8 || image.Decode is { Count: > 0 } || !image.TryGetBytesAsMemory(out var samples))
            return null;
        var components = image.ColorSpaceDetails?.Type switch
        {
            ColorSpace.DeviceGray or ColorSpace.CalGray => 1,
            ColorSpace.DeviceRGB or ColorSpace.CalRGB => 3,
            _ => 0,
        };
        var pixels = (long)image.WidthInSamples * image.HeightInSamples;
        if (components == 0 || samples.Length != pixels * components)
            return null;
        var header = Encoding.ASCII.GetBytes($"P5\n{image.WidthInSamples} {image.HeightInSamples}\n255\n");
        var bytes = new byte[header.Length + pixels];
        header.CopyTo(bytes, 0);
        var grey = bytes.AsSpan(header.Length);
        var source = samples.Span;
        if (components == 1)
            source.CopyTo(grey);
        else
        {
            for (var i = 0; i < grey.Length; i++)
                grey[i] = (byte)((3 * source[3 * i] + 5 * source[3 * i + 1] + 2 * source[3 * i + 2] + 5) / 10);
        }
        return bytes;
    }
}
