using AvisIngest.Records;

namespace AvisIngest.Presentation;

/// <summary>The French words a reader sees for the record's codes.</summary>
public static class FrenchLabels
{
    public static string Of(SectionKind kind) => kind switch
    {
        SectionKind.Header => "en-tête",
        SectionKind.Context => "contexte",
        SectionKind.Presentation => "présentation",
        SectionKind.Perimeter => "périmètre",
        SectionKind.Axes => "axes",
        SectionKind.Site => "site emblématique",
        SectionKind.Governance => "gouvernance",
        SectionKind.Results => "résultats",
        SectionKind.Perspectives => "perspectives",
        SectionKind.Opinion => "avis",
        _ => "autre",
    };

    public static string Of(Outcome outcome) => outcome switch
    {
        Outcome.Favorable => "favorable",
        Outcome.FavorableWithReservations => "favorable avec réserves",
        Outcome.Unfavorable => "défavorable",
        Outcome.Noted => "pris acte",
        Outcome.Reserved => "réservé",
        _ => "ajourné",
    };

    /// <summary>The French word for an outcome code as the index and the API give it.</summary>
    public static string OfOutcome(string? code) => RecordCodes.TryParse<Outcome>(code, out var outcome) ? Of(outcome) : "décision inconnue";

    /// <summary>The French word for a section kind code.</summary>
    public static string OfKind(string? code) => Of(RecordCodes.TryParse<SectionKind>(code, out var kind) ? kind : SectionKind.Other);

    public static string Of(OrganizationCategory category) => category switch
    {
        OrganizationCategory.University => "université",
        OrganizationCategory.School => "école ou lycée",
        OrganizationCategory.Company => "entreprise",
        OrganizationCategory.Institution => "institution",
        OrganizationCategory.Network => "réseau",
        _ => "autre",
    };

    /// <summary>A yyyy-MM-dd date as French readers write it ("19 janvier 2026"); the text itself when it is not such a date.</summary>
    public static string OfIsoDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? Of(d) : date ?? "date inconnue";

    public static string Of(Vote vote) => vote == Vote.Majority ? "à la majorité" : "à l'unanimité";

    public static string Of(Procedure procedure) => procedure switch
    {
        Procedure.Renewal => "renouvellement",
        Procedure.Initial => "première labellisation",
        _ => "autre",
    };

    public static string Of(LabelCategory label) => label == LabelCategory.Excellence ? "excellence" : "standard";

    public static string Of(ConsultationMode mode) => mode == ConsultationMode.Written ? "écrite" : "en séance";

    public static string Of(DateOnly? date) => date?.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("fr-FR")) ?? "—";
}
