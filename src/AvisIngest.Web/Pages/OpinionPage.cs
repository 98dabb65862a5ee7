using System.Text;
using AvisIngest.Presentation;
using AvisIngest.Records;

namespace AvisIngest.Web.Pages;

/// <summary>One opinion: its record as the CLI shows it, then the text of each section.</summary>
public static class OpinionPage
{
    public static string Render(OpinionRecord record, IReadOnlyList<(string Kind, string? Heading, string Text)> sections)
    {
        var summary = new StringWriter();
        RecordSummaryWriter.Write(summary, record);
        var body = new StringBuilder();
        body.Append($"<h2 id=\"opinion\">Avis {Html.Text(record.Number ?? record.Id)}</h2>");
        body.Append($"<p><a href=\"/api/opinions/{Uri.EscapeDataString(record.Id)}\">Fiche en JSON</a></p>");
        body.Append($"<h3>Fiche</h3><pre>{Html.Text(summary.ToString())}</pre><h3>Texte</h3>");
        foreach (var (kind, _, text) in sections)
        {
            var label = FrenchLabels.OfKind(kind);
            body.Append($"<section class=\"text\"><h4 class=\"kind\">{Html.Text(label)}</h4>");
            foreach (var paragraph in text.Split('\n'))
                body.Append($"<p>{Html.Text(paragraph)}</p>");
            body.Append("</section>");
        }
        return Html.Page($"Avis {record.Number ?? record.Id}", body.ToString());
    }
}
