using AvisIngest.Extraction;
using AvisIngest.Records;

namespace AvisIngest.Presentation;

/// <summary>One field of a record as a French reader sees it: its label and its value, or several values.</summary>
public sealed record RecordField(string Label, IReadOnlyList<string> Values)
{
    public RecordField(string label, string value)
        : this(label, [value])
    {
    }
}

/// <summary>
/// The fields a record states, labelled in French, in reading order; nothing invented, nothing
/// empty. The CLI prints them one per line (<see cref="RecordSummaryWriter"/>), the web page as a
/// definition list, with the lists (organisations, sites) given whole.
/// </summary>
public static class RecordFields
{
    /// <summary>
    /// How an opinion is named to a reader, from its id: "Avis 2026CE01", or for an opinion without a
    /// number (its id is its content's hash) "Avis sans numéro · sha256:…", the id kept whole to be
    /// copied into `avis show`.
    /// </summary>
    public static string NameOf(string id) =>
        id.StartsWith(IdentityExtractor.HashPrefix, StringComparison.Ordinal) ? $"Avis sans numéro · {id}" : $"Avis {id}";

    /// <summary>
    /// How the opinion's campus is named in lists, facets, filters and its history: its acronym, or
    /// for a campus named without one its theme ("Tourisme et hospitalité Côte d'Opale"); null when
    /// the opinion is about no campus.
    /// </summary>
    public static string? CampusOf(OpinionRecord record) => record.Campus.Acronym ?? record.Campus.Theme;

    /// <summary>The issuing body as one line: "Comité régional pour l'emploi (CoRE) Hauts-de-France".</summary>
    public static string BodyOf(OpinionRecord record) =>
        Join(record.Body.Name, record.Body.Acronym is null ? null : $"({record.Body.Acronym})", record.Body.Region) ?? "";

    public static IReadOnlyList<RecordField> Of(OpinionRecord record)
    {
        var fields = new List<RecordField>();
        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
                fields.Add(new RecordField(label, value));
        }
        void AddAll(string label, IEnumerable<string> values)
        {
            var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
            if (list.Count > 0)
                fields.Add(new RecordField(label, list));
        }

        Add("Objet", record.Title);
        Add("Instance", BodyOf(record));
        Add("Procédure", Join(
            record.Subject.Procedure is { } p ? FrenchLabels.Of(p) : null,
            record.Subject.Label is { } l ? "label " + FrenchLabels.Of(l) : null));
        var campus = record.Campus;
        // "CMQe CEIT — Chimie, énergie …", or the theme alone for a campus named without an acronym.
        Add("Campus", campus.Acronym is null ? campus.Theme : Join(campus.Acronym, campus.Theme is null ? null : "— " + campus.Theme));
        AddAll("Anciens noms", campus.FormerNames);
        Add("Labellisé en", campus.FirstLabelledYear?.ToString());
        Add("Excellence depuis", campus.ExcellenceSinceYear?.ToString());
        Add("Établissement support", campus.SupportInstitution);
        Add("Membres", Count(campus.MemberCount, campus.MemberCountApproximate));
        Add("Formations", Count(campus.TrainingCount, campus.TrainingCountApproximate));
        Add("Apprenants", Count(campus.LearnerCount, campus.LearnerCountApproximate));
        AddAll("Sites", campus.Sites);
        Add("Site emblématique", campus.EmblematicSite);
        AddAll("Coopérations", campus.Countries);
        if (record.LabelPeriod.From is { } from)
            Add("Période du label", $"{from}-{record.LabelPeriod.To}");
        if (record.Consultation.Mode is not null || record.Consultation.Date is not null)
        {
            Add("Consultation", Join(
                record.Consultation.Mode is { } m ? FrenchLabels.Of(m) : null,
                record.Consultation.Date is { } d ? "du " + FrenchLabels.Of(d) : null,
                record.Consultation.ClosedOn is { } c ? "(close le " + FrenchLabels.Of(c) + ")" : null));
        }
        AddAll("Axes", record.Axes.Select(a => $"{a.Number}. {a.Title}"));
        if (record.Perspectives.Period is not null || record.Perspectives.Items.Count > 0)
            Add("Perspectives", Join(record.Perspectives.Period, record.Perspectives.Items.Count > 0 ? $"({record.Perspectives.Items.Count} actions)" : null));
        AddAll("Organisations", record.Organizations.Select(o => $"{o.Name}" + (o.Acronym is { } a && !o.Name.Contains($"({a})") ? $" ({a})" : "") + $" — {FrenchLabels.Of(o.Category)}"));
        // "favorable à la majorité (pour 98, …)"; with no decision found, the vote is the text's own
        // adoption ("Le CESER adopte le présent avis par 98 voix …"), said apart.
        var tally = record.Opinion.Votes is { } t ? $"(pour {t.For}, contre {t.Against}, abstentions {t.Abstentions})" : null;
        Add("Avis", record.Opinion.Outcome is { } o
            ? Join(FrenchLabels.Of(o), record.Opinion.Vote is { } v ? FrenchLabels.Of(v) : null, tally)
            : Join("décision non trouvée", record.Opinion.Vote is { } adopted ? "; voté " + FrenchLabels.Of(adopted) : null, tally));
        AddAll("Réserves", record.Opinion.Reservations);
        AddAll("Recommandations", record.Opinion.Recommendations);
        AddAll("Attention", record.Warnings);
        return fields;
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
