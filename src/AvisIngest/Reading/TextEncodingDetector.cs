using System.Text;

namespace AvisIngest.Reading;

/// <summary>
/// Decides how a text file's bytes are encoded: a BOM when there is one, else UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252 (what old office exports in the archives use).
/// </summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } = GetWindows1252();

    /// <summary>
    /// The file's lines (at any line end: \r\n, \n, \r) and the name of the encoding they were read
    /// with. Decoded line by line: the whole text is never held beside its lines.
    /// </summary>
    public static (List<string> Lines, string EncodingName) ReadLines(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (StrictLines(StrictUtf8, bytes, 3), "utf-8-bom");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
            return (StrictLines(new UnicodeEncoding(false, false, true), bytes, 2), "utf-16le");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            return (StrictLines(new UnicodeEncoding(true, false, true), bytes, 2), "utf-16be");
        return System.Text.Unicode.Utf8.IsValid(bytes)
            ? (Lines(StrictUtf8, bytes, 0), "utf-8")
            : (Lines(Windows1252, bytes, 0), "windows-1252");
    }

    private static List<string> StrictLines(Encoding encoding, byte[] bytes, int skip)
    {
        try
        {
            return Lines(encoding, bytes, skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"encodage invalide : le fichier annonce {encoding.WebName} mais ses octets ne le sont pas", e);
        }
    }

    private static List<string> Lines(Encoding encoding, byte[] bytes, int skip)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, skip, bytes.Length - skip, writable: false), encoding, detectEncodingFromByteOrderMarks: false);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
