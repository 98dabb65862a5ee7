using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace AvisIngest.Web.Pages;

/// <summary>Building blocks of the pages. Every text that comes from a document goes through <see cref="Text"/>.</summary>
public static partial class Html
{
    // Escapes < > & " ' (and controls); accented letters stay readable in the UTF-8 page.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Text(string? text) => Encoder.Encode(text ?? "");

    /// <summary>A snippet with its matched words (between ** **) in &lt;mark&gt;, everything else escaped.</summary>
    public static string Snippet(string snippet) => Marked().Replace(Text(snippet), "<mark>$1</mark>");

    /// <summary>The address of a campus's page.</summary>
    public static string CampusLink(string campus) => $"/campus/{Uri.EscapeDataString(campus)}";

    /// <summary>
    /// A whole page: a skip link, the site's name, then <paramref name="body"/>, which holds the
    /// page's one h1. Colours meet WCAG AA contrast; focus is always visible; below 40rem the
    /// counts go under the results (RGAA's basics).
    /// </summary>
    public static string Page(string title, string body) => $$"""
        <!DOCTYPE html>
        <html lang="fr">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Text(title)}} — avis du CoRE Hauts-de-France</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; color: #1a1a1a; background: #fff; line-height: 1.45; }
        a { color: #0b4f9c; } a:hover { color: #06306a; }
        :focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; } .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
        header.site { border-bottom: 2px solid #0b4f9c; margin-bottom: 1rem; padding-bottom: .3rem; }
        header.site a { text-decoration: none; color: #0b4f9c; font-weight: 700; font-size: 1.2rem; }
        h1 { font-size: 1.6rem; margin: .5rem 0 1rem; } h2 { font-size: 1.25rem; margin: 1.2rem 0 .3rem; } h3 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
        form.search { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-bottom: 1rem; }
        form.search label { display: flex; flex-direction: column; font-size: .9rem; gap: .2rem; max-width: 100%; }
        form.search input[type=search] { width: 26rem; max-width: 100%; box-sizing: border-box; font-size: 1.1rem; padding: .3rem; }
        form.search input, form.search select, form.search button { font-size: 1rem; padding: .3rem; }
        .layout { display: flex; gap: 2rem; align-items: flex-start; }
        .results { flex: 3; min-width: 0; } aside { flex: 1; font-size: .95rem; min-width: 12rem; }
        .hit { margin: 1rem 0; padding-bottom: .5rem; border-bottom: 1px solid #ccc; }
        .hit h2 { margin-bottom: .1rem; }
        .meta, .subject { color: #404040; margin: .2rem 0; } .kind { font-variant: small-caps; color: #234a75; font-weight: 600; }
        mark { background: #ffe066; color: #1a1a1a; } .error { color: #a40000; } .note { color: #5a3d00; }
        .chips { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
        .chips a { display: inline-block; border: 1px solid #0b4f9c; border-radius: 1rem; padding: .1rem .7rem; text-decoration: none; }
        nav.pages ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
        nav.pages [aria-current] { font-weight: 700; text-decoration: none; color: #1a1a1a; }
        dl.record { display: grid; grid-template-columns: max-content 1fr; gap: .3rem 1rem; }
        dl.record dt { font-weight: 600; } dl.record dd { margin: 0; } dl.record ul { margin: 0; padding-left: 1.2rem; }
        section.text { margin: 1.2rem 0; } section.text p { margin: .4rem 0; }
        table { border-collapse: collapse; } th, td { text-align: left; padding: .3rem .8rem .3rem 0; border-bottom: 1px solid #ccc; vertical-align: top; }
        @media (max-width: 40rem) {
          .layout { flex-direction: column; gap: 0; } aside { width: 100%; }
          form.search label:first-child { width: 100%; } form.search input[type=search] { width: 100%; }
          dl.record { grid-template-columns: 1fr; } dl.record dd { margin-bottom: .4rem; }
        }
        </style>
        </head>
        <body>
        <a class="skip" href="#contenu">Aller au contenu</a>
        <header class="site"><a href="/">Avis du CoRE Hauts-de-France</a></header>
        <main id="contenu">
        {{body}}
        </main>
        </body>
        </html>
        """;

    [GeneratedRegex(@"\*\*(.+?)\*\*")]
    private static partial Regex Marked();
}
