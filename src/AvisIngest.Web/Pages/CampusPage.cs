using System.Text;
using AvisIngest.Presentation;
using AvisIngest.Records;

namespace AvisIngest.Web.Pages;

/// <summary>A campus's history: every opinion about it over the years, oldest first, with its procedure and outcome.</summary>
public static class CampusPage
{
    public static string Render(string campus, IReadOnlyList<OpinionRecord> history)
    {
        var latest = history.LastOrDefault(r => RecordFields.CampusOf(r) is not null);
        var name = latest is null ? campus : RecordFields.CampusOf(latest)!;
        var body = new StringBuilder();
        body.Append($"<h1>Campus {Html.Text(name)}</h1>");
        if (latest?.Campus.Theme is { } theme && theme != name)
            body.Append($"<p class=\"subject\">{Html.Text(theme)}</p>");
        var former = history.SelectMany(r => r.Campus.FormerNames).Distinct().ToList();
        if (former.Count > 0)
            body.Append($"<p>Anciens noms : {Html.Text(string.Join(" ; ", former))}</p>");
        body.Append($"<p><a href=\"/?q={Uri.EscapeDataString($"campus:\"{name}\"")}&amp;sort=date\">Chercher dans ses avis</a></p>");
        body.Append($"<h2>{(history.Count == 1 ? "1 avis" : $"{history.Count} avis")}</h2>");
        body.Append("<table><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Avis</th><th scope=\"col\">Objet</th><th scope=\"col\">Procédure</th><th scope=\"col\">Décision</th></tr></thead><tbody>");
        foreach (var record in history)
        {
            var procedure = string.Join(" ", new[]
            {
                record.Subject.Procedure is { } p ? FrenchLabels.Of(p) : null,
                record.Subject.Label is { } l ? "label " + FrenchLabels.Of(l) : null,
            }.OfType<string>());
            body.Append($"<tr><td>{Html.Text(FrenchLabels.Of(record.Consultation.Date))}</td>" +
                $"<td><a href=\"/avis/{Uri.EscapeDataString(record.Id)}\">{Html.Text(record.Number ?? record.Id)}</a></td>" +
                $"<td>{Html.Text(record.Title)}{(RecordFields.CampusOf(record) is { } a && a != name ? $" (sous {(record.Campus.Acronym is null ? "le nom" : "le sigle")} {Html.Text(a)})" : "")}</td>" +
                $"<td>{Html.Text(procedure.Length > 0 ? procedure : "—")}</td>" +
                $"<td>{Html.Text(record.Opinion.Outcome is { } o ? FrenchLabels.Of(o) : "non trouvée")}</td></tr>");
        }
        body.Append("</tbody></table>");
        return Html.Page($"Campus {name}", body.ToString());
    }
}
