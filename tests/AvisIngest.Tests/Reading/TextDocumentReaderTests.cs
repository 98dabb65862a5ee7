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

    [Fact]
    public void Form_feeds_make_pages_and_their_running_headers_are_removed()
    {
        // As pdftotext writes a PDF: pages ended by form feeds, the last one too.
        var text = "CESER Normandie - Avis sur la formation 1\nAvis sur la formation continue\nLe conseil a été saisi.\n" +
            "\fCESER Normandie - Avis sur la formation 2\nLes entrées ont baissé.\n" +
            "\fCESER Normandie - Avis sur la formation 3\nLe conseil recommande d'agir.\n\f";
        var document = Read(Encoding.UTF8.GetBytes(text));
        Assert.Equal(3, document.PageCount);
        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.Equal(["Avis sur la formation continue", "Le conseil a été saisi.", ""], document.Pages[0].Lines);
        Assert.Equal(["Les entrées ont baissé.", ""], document.Pages[1].Lines);
        Assert.Equal(["Le conseil recommande d'agir.", ""], document.Pages[2].Lines);
    }

    [Fact]
    public void A_text_without_form_feeds_is_one_page_without_a_number()
    {
        var document = Read(Encoding.UTF8.GetBytes("Avis du CoRE\nLe comité émet un avis favorable."));
        Assert.Null(document.PageCount);
        Assert.Equal([(int?)null], document.Pages.Select(p => p.Number));
    }

    [Fact]
    public void A_line_ending_with_a_page_counter_met_again_with_other_numbers_is_removed_wherever_it_stands()
    {
        var text = "Avis de la mission régionale\nAvis n° 2025-9001 rendu le 12 février 2025 1/3\nLe projet prévoit un entrepôt.\n" +
            "Avis n° 2025-9001 rendu le 12 février 2025 2/3\nLes inventaires sont incomplets.\nLe score du lycée est de 3/4\n";
        var lines = Read(Encoding.UTF8.GetBytes(text)).Pages.Single().Lines;
        Assert.DoesNotContain(lines, l => l.StartsWith("Avis n° 2025-9001", StringComparison.Ordinal));
        Assert.Contains("Le score du lycée est de 3/4", lines);
        Assert.Contains("Le projet prévoit un entrepôt.", lines);
    }
}
