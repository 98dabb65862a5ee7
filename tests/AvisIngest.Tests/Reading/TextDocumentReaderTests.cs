using System.Text;
using AvisIngest.Reading;

namespace AvisIngest.Tests.Reading;

public class TextDocumentReaderTests
{
    private static SourceDocument Read(byte[] bytes) => new TextDocumentReader().Read("a.txt", bytes, ReadOptions.Default);

    [Fact]
    public void Utf8_without_bom_is_detected()
    {
        var document = Read(Encoding.UTF8.GetBytes("Comité"));
        Assert.Equal(("utf-8", "Comité"), (document.Encoding, document.Pages[0].Lines[0]));
    }

    [Fact]
    public void Windows_1252_is_the_fallback_for_invalid_utf8()
    {
        var document = Read(TextEncodingDetector.Windows1252.GetBytes("Comité régional pour l\u2019emploi"));
        Assert.Equal("windows-1252", document.Encoding);
        Assert.Equal("Comité régional pour l\u2019emploi", document.Pages[0].Lines[0]);
    }

    [Fact]
    public void Utf16_big_endian_with_bom_is_read()
    {
        var document = Read([.. new UnicodeEncoding(true, true).GetPreamble(), .. new UnicodeEncoding(true, false).GetBytes("Périmètre")]);
        Assert.Equal(("utf-16be", "Périmètre"), (document.Encoding, document.Pages[0].Lines[0]));
    }

    [Fact]
    public void Cr_and_crlf_line_ends_split_lines() =>
        Assert.Equal(["a", "b", "c"], Read(Encoding.UTF8.GetBytes("a\rb\r\nc")).Pages[0].Lines);

    [Fact]
    public void Binary_content_is_unreadable()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08]));
        Assert.Contains("binaire", e.Message);
    }

    [Fact]
    public void Whitespace_only_content_is_unreadable()
    {
        var e = Assert.Throws<UnreadableDocumentException>(() => Read(Encoding.UTF8.GetBytes(" \r\n\t\n")));
        Assert.Contains("vide", e.Message);
    }

    [Fact]
    public void The_hash_is_that_of_the_bytes() =>
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", Read(Encoding.UTF8.GetBytes("hello")).Sha256);
}
