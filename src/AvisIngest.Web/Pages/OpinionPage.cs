using System.Text;
using AvisIngest.Normalising;
using AvisIngest.Presentation;
using AvisIngest.Records;
using AvisIngest.Search;

namespace AvisIngest.Web.Pages;

/// <summary>
/// One opinion as a record: its fields as a French definition list, a link to the original file,
/// then each section under its heading, with its page (a link into the PDF) and the search's
/// words highlighted; a link back to the results it was opened from.
/// </summary>
public static class OpinionPage
{
    /// <param name="mark">Marks the search's words in a text (** **); null when the page was not opened from a search.</param>
    /// <param name="back">The query string of the results it was opened from, empty if none.</param>
    public static string Render(OpinionRecord record, IReadOnlyList<(string Kind, string? Heading, string Text)> texts, Func<string, string>? mark, string back)
    {
        var body = new StringBuilder();
        if (back.Length > 0)
            body.Append($"<p><a href=\"/{Html.Text(back)}\">← Retour aux résultats</a></p>");
        body.Append($"<h1 id=\"opinion\">{Html.Text(RecordFields.NameOf(record.Id))}</h1>");
        var original = $"/avis/{Uri.EscapeDataString(record.Id)}/original";
        var isPdf = record.Source.Format == SourceFormat.Pdf;
        body.Append($"<p><a id=\"original\" href=\"{original}\">Document original ({(isPdf ? "PDF" : "texte")}, {Html.Text(Path.GetFileName(record.Source.Path))})</a>" +
            $" · <a href=\"/api/opinions/{Uri.EscapeDataString(record.Id)}\">Fiche en JSON</a></p>");
        body.Append("<h2>Fiche</h2><dl class=\"record\">");
        foreach (var field in RecordFields.Of(record))
        {
            body.Append($"<dt>{Html.Text(field.Label)}</dt><dd>");
            var values = field.Label == "Campus" && RecordFields.CampusOf(record) is { } campus
                ? [$"<a href=\"{Html.Text(Html.CampusLink(campus))}\">{Html.Text(field.Values[0])}</a> (tous ses avis)"]
                : field.Values.Select(Html.Text).ToList();
            body.Append(values.Count == 1 ? values[0] : "<ul>" + string.Concat(values.Select(v => $"<li>{v}</li>")) + "</ul>");
            body.Append("</dd>");
        }
        body.Append("</dl><h2>Texte</h2>");
        for (var i = 0; i < texts.Count; i++)
        {
            var section = i < record.Sections.Count ? record.Sections[i] : null;
            var kind = FrenchLabels.OfKind(texts[i].Kind);
            var heading = section?.Heading is { Length: > 0 } h ? h : Capitalised(kind);
            body.Append($"<section class=\"text\" id=\"section-{i + 1}\"><h3>{Html.Text(heading)}</h3><p class=\"meta\"><span class=\"kind\">{Html.Text(kind)}</span>");
            if (isPdf && section?.Page is { } page)
                body.Append($" — <a href=\"{original}#page={page}\">page {page} du PDF</a>");
            body.Append("</p>");
            // The section's text starts with its heading, already shown above (under its bullet
            // glyph when the layout decorated it: "■ Le contexte régional").
            var paragraphs = texts[i].Text.Split('\n').ToList();
            if (paragraphs.Count > 1 && (paragraphs[0].Trim() == heading.Trim() || (ListItem.IsBullet(paragraphs[0]) && ListItem.WithoutMarker(paragraphs[0]) == heading.Trim())))
                paragraphs.RemoveAt(0);
            foreach (var paragraph in paragraphs)
                body.Append($"<p>{(mark is null ? Html.Text(paragraph) : Html.Snippet(mark(paragraph)))}</p>");
            body.Append("</section>");
        }
        return Html.Page(RecordFields.NameOf(record.Id), body.ToString());
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
