namespace AvisIngest.Export;

// One class per table; the column names, order and formats are in their class maps (Maps.cs) and
// documented in docs/csv.md.

/// <summary>A row of the opinions table: every scalar of the record, plus list counts.</summary>
public sealed class OpinionRow
{
    public string Id { get; init; } = "";
    public string? Number { get; init; }
    public string Title { get; init; } = "";
    public string? BodyName { get; init; }
    public string? BodyAcronym { get; init; }
    public string? Region { get; init; }
    public string? Procedure { get; init; }
    public string? Label { get; init; }
    public string? CampusAcronym { get; init; }
    public string? CampusTheme { get; init; }
    public string FormerNames { get; init; } = "";
    public string? SupportInstitution { get; init; }
    public int? MemberCount { get; init; }
    public bool MemberCountApproximate { get; init; }
    public int? TrainingCount { get; init; }
    public bool TrainingCountApproximate { get; init; }
    public int? LearnerCount { get; init; }
    public bool LearnerCountApproximate { get; init; }
    public int? FirstLabelledYear { get; init; }
    public int? ExcellenceSinceYear { get; init; }
    public string? EmblematicSite { get; init; }
    public string Countries { get; init; } = "";
    public int? LabelPeriodFrom { get; init; }
    public int? LabelPeriodTo { get; init; }
    public int? LabelledCampuses { get; init; }
    public int? ExcellenceCampuses { get; init; }
    public DateOnly? StrategicCommitteeDate { get; init; }
    public string? ConsultationMode { get; init; }
    public DateOnly? ConsultationDate { get; init; }
    public DateOnly? ConsultationClosedOn { get; init; }
    public string? PerspectivesPeriod { get; init; }
    public string? Outcome { get; init; }
    public string? Vote { get; init; }
    public string OpinionText { get; init; } = "";
    public int ReservationCount { get; init; }
    public int AxisCount { get; init; }
    public int SiteCount { get; init; }
    public int CountryCount { get; init; }
    public int OrganizationCount { get; init; }
    public int PerspectiveCount { get; init; }
    public int SectionCount { get; init; }
    public string SourcePath { get; init; } = "";
    public string SourceFormat { get; init; } = "";
    public string SourceSha256 { get; init; } = "";
    public int? SourcePages { get; init; }
    public string? SourceEncoding { get; init; }
    public int WarningCount { get; init; }
    public int SourceOcrPageCount { get; init; }
    public double? SourceOcrConfidence { get; init; }
    public int? VotesFor { get; init; }
    public int? VotesAgainst { get; init; }
    public int? VotesAbstentions { get; init; }
    public int RecommendationCount { get; init; }
}

public sealed record AxisRow(string Id, int AxisNumber, string Title);

public sealed record OrganizationRow(string Id, int Position, string Name, string? Acronym, string Category);

public sealed record SiteRow(string Id, int Position, string Town);

public sealed record SectionRow(string Id, int Position, string Kind, string? Heading, int? Page, int Start, int End, string ClassifiedBy, double? Confidence);

public sealed record PerspectiveRow(string Id, int Position, string? Period, string Item);

public sealed record ReservationRow(string Id, int Position, string Reservation);

public sealed record RecommendationRow(string Id, int Position, string Recommendation);
