using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.RegularExpressions;

namespace AvisIngest.Web.Pages;

/// <summary>Building blocks of the pages. Every text that comes from a document goes through <see cref="Text"/>.</summary>
public static partial class Html
{
    // Escapes < > & " ' (and controls); accented letters stay readable in the UTF-8 page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A snippet with its matched words (between ** **) in &lt;mark&gt;, everything else escaped.</summary>
    public static string Snippet(string snippet) => Marked().Replace(Text(snippet), "<mark>$1</mark>");

    public static string Page(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Text(title)}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; }
        header a { text-decoration: none; color: inherit; }
        form.search input[type=search] { width: 28rem; max-width: 70%; font-size: 1.1rem; padding: .3rem; }
        .layout { display: flex; gap: 2rem; align-items: flex-start; }
        .results { flex: 3; } aside { flex: 1; font-size: .9rem; }
        .hit { margin: 1rem 0; padding-bottom: .5rem; border-bottom: 1px solid #ddd; }
        .meta { color: #555; } .kind { font-variant: small-caps; color: #35618f; }
        mark { background: #ffe066; } .error { color: #a40000; }
        pre { white-space: pre-wrap; } section.text { margin: 1rem 0; }
        </style>
        </head>
        <body>
        <header><h1><a href="/">Avis du CoRE Hauts-de-France</a></h1></header>
        {{body}}
        </body>
        </html>
        """;

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Marked();
}
