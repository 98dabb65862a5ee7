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

    /// <summary>The decoded text and the name of the encoding it was read with.</summary>
    public static (string Text, string EncodingName) Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
            return (StrictDecode(StrictUtf8, bytes, 3), "utf-8-bom");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }))
            return (StrictDecode(new UnicodeEncoding(false, false, true), bytes, 2), "utf-16le");
        if (bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }))
            return (StrictDecode(new UnicodeEncoding(true, false, true), bytes, 2), "utf-16be");
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(bytes), "windows-1252");
        }
    }

    private static string StrictDecode(Encoding encoding, byte[] bytes, int skip)
    {
        try
        {
            return encoding.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException e)
        {
            throw new UnreadableDocumentException($"encodage invalide : le fichier annonce {encoding.WebName} mais ses octets ne le sont pas", e);
        }
    }

    private static Encoding GetWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
