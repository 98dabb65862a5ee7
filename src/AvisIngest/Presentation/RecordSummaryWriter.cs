using AvisIngest.Records;

namespace AvisIngest.Presentation;

/// <summary>A record as a French reader wants to see it: one labelled line per field stated, nothing invented.</summary>
public static class RecordSummaryWriter
{
    public static void Write(TextWriter output, OpinionRecord record)
    {
        output.WriteLine($"Avis {record.Number ?? record.Id}  ({record.Source.Path})");
        Line(output, "Objet", record.Title);
        Line(output, "Instance", Join(record.Body.Name, record.Body.Acronym is null ? null : $"({record.Body.Acronym})", record.Body.Region));
        Line(output, "Procédure", Join(
            record.Subject.Procedure is { } p ? FrenchLabels.Of(p) : null,
            record.Subject.Label is { } l ? "label " + FrenchLabels.Of(l) : null));
        var campus = record.Campus;
        Line(output, "Campus", Join(campus.Acronym, campus.Theme is null ? null : "— " + campus.Theme));
        if (campus.FormerNames.Count > 0)
            Line(output, "Anciens noms", string.Join(" ; ", campus.FormerNames));
        Line(output, "Labellisé en", campus.FirstLabelledYear?.ToString());
        Line(output, "Excellence depuis", campus.ExcellenceSinceYear?.ToString());
        Line(output, "Établissement support", campus.SupportInstitution);
        Line(output, "Membres", Count(campus.MemberCount, campus.MemberCountApproximate));
        Line(output, "Formations", Count(campus.TrainingCount, campus.TrainingCountApproximate));
        Line(output, "Apprenants", Count(campus.LearnerCount, campus.LearnerCountApproximate));
        if (campus.Sites.Count > 0)
            Line(output, "Sites", string.Join(", ", campus.Sites));
        Line(output, "Site emblématique", campus.EmblematicSite);
        if (campus.Countries.Count > 0)
            Line(output, "Coopérations", string.Join(", ", campus.Countries));
        if (record.LabelPeriod.From is { } from)
            Line(output, "Période du label", $"{from}-{record.LabelPeriod.To}");
        if (record.Consultation.Mode is { } mode || record.Consultation.Date is not null)
        {
            Line(output, "Consultation", Join(
                record.Consultation.Mode is { } m ? FrenchLabels.Of(m) : null,
                record.Consultation.Date is { } d ? "du " + FrenchLabels.Of(d) : null,
                record.Consultation.ClosedOn is { } c ? "(close le " + FrenchLabels.Of(c) + ")" : null));
        }
        foreach (var axis in record.Axes)
            Line(output, $"Axe {axis.Number}", axis.Title);
        if (record.Perspectives.Period is not null || record.Perspectives.Items.Count > 0)
            Line(output, "Perspectives", Join(record.Perspectives.Period, record.Perspectives.Items.Count > 0 ? $"({record.Perspectives.Items.Count} actions)" : null));
        if (record.Organizations.Count > 0)
            Line(output, "Partenaires nommés", record.Organizations.Count.ToString());
        Line(output, "Avis", Join(
            record.Opinion.Outcome is { } o ? FrenchLabels.Of(o) : "non trouvé",
            record.Opinion.Vote is { } v ? FrenchLabels.Of(v) : null,
            record.Opinion.Votes is { } t ? $"(pour {t.For}, contre {t.Against}, abstentions {t.Abstentions})" : null));
        foreach (var reservation in record.Opinion.Reservations)
            Line(output, "Réserve", reservation);
        foreach (var recommendation in record.Opinion.Recommendations)
            Line(output, "Recommandation", recommendation);
        Line(output, "Sections", string.Join(", ", record.Sections.Select(s => FrenchLabels.Of(s.Kind))));
        foreach (var warning in record.Warnings)
            Line(output, "Attention", warning);
    }

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
            output.WriteLine($"  {label,-22} {value}");
    }

    private static string? Count(int? value, bool approximate) =>
        value is null ? null : (approximate ? "environ " : "") + value.Value.ToString("N0", PlainSpaceThousands);

    // French groups thousands with a narrow no-break space; a plain space survives every terminal and grep.
    private static readonly System.Globalization.NumberFormatInfo PlainSpaceThousands = new() { NumberGroupSeparator = " " };

    private static string? Join(params string?[] parts)
    {
        var present = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToArray();
        return present.Length == 0 ? null : string.Join(" ", present);
    }
}
