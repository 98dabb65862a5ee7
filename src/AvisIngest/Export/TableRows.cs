using AvisIngest.Records;

namespace AvisIngest.Export;

/// <summary>The rows a record gives in each table. Enum values are the contract's codes; lists are joined with " | ".</summary>
public static class TableRows
{
    public const string ListSeparator = " | ";

    public static OpinionRow Opinion(OpinionRecord r) => new()
    {
        Id = r.Id,
        Number = r.Number,
        Title = r.Title,
        BodyName = r.Body.Name,
        BodyAcronym = r.Body.Acronym,
        Region = r.Body.Region,
        Procedure = RecordCodes.Of(r.Subject.Procedure),
        Label = RecordCodes.Of(r.Subject.Label),
        CampusAcronym = r.Campus.Acronym,
        CampusTheme = r.Campus.Theme,
        FormerNames = string.Join(ListSeparator, r.Campus.FormerNames),
        SupportInstitution = r.Campus.SupportInstitution,
        MemberCount = r.Campus.MemberCount,
        MemberCountApproximate = r.Campus.MemberCountApproximate,
        TrainingCount = r.Campus.TrainingCount,
        TrainingCountApproximate = r.Campus.TrainingCountApproximate,
        LearnerCount = r.Campus.LearnerCount,
        LearnerCountApproximate = r.Campus.LearnerCountApproximate,
        FirstLabelledYear = r.Campus.FirstLabelledYear,
        ExcellenceSinceYear = r.Campus.ExcellenceSinceYear,
        EmblematicSite = r.Campus.EmblematicSite,
        Countries = string.Join(ListSeparator, r.Campus.Countries),
        LabelPeriodFrom = r.LabelPeriod.From,
        LabelPeriodTo = r.LabelPeriod.To,
        LabelledCampuses = r.Context.LabelledCampuses,
        ExcellenceCampuses = r.Context.ExcellenceCampuses,
        StrategicCommitteeDate = r.Context.StrategicCommitteeDate,
        ConsultationMode = RecordCodes.Of(r.Consultation.Mode),
        ConsultationDate = r.Consultation.Date,
        ConsultationClosedOn = r.Consultation.ClosedOn,
        PerspectivesPeriod = r.Perspectives.Period,
        Outcome = RecordCodes.Of(r.Opinion.Outcome),
        Vote = RecordCodes.Of(r.Opinion.Vote),
        OpinionText = r.Opinion.Text,
        ReservationCount = r.Opinion.Reservations.Count,
        AxisCount = r.Axes.Count,
        SiteCount = r.Campus.Sites.Count,
        CountryCount = r.Campus.Countries.Count,
        OrganizationCount = r.Organizations.Count,
        PerspectiveCount = r.Perspectives.Items.Count,
        SectionCount = r.Sections.Count,
        SourcePath = r.Source.Path,
        SourceFormat = r.Source.Format == SourceFormat.Pdf ? "pdf" : "txt",
        SourceSha256 = r.Source.Sha256,
        SourcePages = r.Source.Pages,
        SourceEncoding = r.Source.Encoding,
        WarningCount = r.Warnings.Count,
        SourceOcrPageCount = r.Source.OcrPages.Count,
        SourceOcrConfidence = r.Source.OcrConfidence,
        VotesFor = r.Opinion.Votes?.For,
        VotesAgainst = r.Opinion.Votes?.Against,
        VotesAbstentions = r.Opinion.Votes?.Abstentions,
        RecommendationCount = r.Opinion.Recommendations.Count,
    };

    public static IEnumerable<AxisRow> Axes(OpinionRecord r) => r.Axes.Select(a => new AxisRow(r.Id, a.Number, a.Title));

    public static IEnumerable<OrganizationRow> Organizations(OpinionRecord r) =>
        r.Organizations.Select((o, i) => new OrganizationRow(r.Id, i + 1, o.Name, o.Acronym, RecordCodes.Of(o.Category)));

    public static IEnumerable<SiteRow> Sites(OpinionRecord r) => r.Campus.Sites.Select((s, i) => new SiteRow(r.Id, i + 1, s));

    public static IEnumerable<SectionRow> Sections(OpinionRecord r) =>
        r.Sections.Select((s, i) => new SectionRow(r.Id, i + 1, RecordCodes.Of(s.Kind), s.Heading, s.Page, s.Start, s.End, RecordCodes.Of(s.ClassifiedBy), s.Confidence));

    public static IEnumerable<PerspectiveRow> Perspectives(OpinionRecord r) =>
        r.Perspectives.Items.Select((item, i) => new PerspectiveRow(r.Id, i + 1, r.Perspectives.Period, item));

    public static IEnumerable<ReservationRow> Reservations(OpinionRecord r) =>
        r.Opinion.Reservations.Select((text, i) => new ReservationRow(r.Id, i + 1, text));

    public static IEnumerable<RecommendationRow> Recommendations(OpinionRecord r) =>
        r.Opinion.Recommendations.Select((text, i) => new RecommendationRow(r.Id, i + 1, text));
}
