namespace AvisIngest.Records;

/// <summary>
/// One opinion ("avis"), as described by the record contract (docs/record.md).
/// Extractors fill it in; a field the document does not state stays null or empty.
/// </summary>
public sealed class OpinionRecord
{
    public string Id { get; set; } = "";
    public string? Number { get; set; }
    public string Title { get; set; } = "";
    public IssuingBody Body { get; set; } = new();
    public Subject Subject { get; set; } = new();
    public Campus Campus { get; set; } = new();
    public YearRange LabelPeriod { get; set; } = new();
    public RegionalContext Context { get; set; } = new();
    public Consultation Consultation { get; set; } = new();
    public List<Axis> Axes { get; set; } = [];
    public Perspectives Perspectives { get; set; } = new();
    public List<Organization> Organizations { get; set; } = [];
    public CommitteeOpinion Opinion { get; set; } = new();
    public List<Section> Sections { get; set; } = [];
    public Source Source { get; set; } = new();
    public List<string> Warnings { get; set; } = [];
}

public sealed class IssuingBody
{
    public string? Name { get; set; }
    public string? Acronym { get; set; }
    public string? Region { get; set; }
}

public sealed class Subject
{
    public Procedure? Procedure { get; set; }
    public LabelCategory? Label { get; set; }
}

public sealed class Campus
{
    public string? Acronym { get; set; }
    public string? Theme { get; set; }
    public List<string> FormerNames { get; set; } = [];
    public int? FirstLabelledYear { get; set; }
    public int? ExcellenceSinceYear { get; set; }
    public string? SupportInstitution { get; set; }
    public int? MemberCount { get; set; }
    public bool MemberCountApproximate { get; set; }
    public int? TrainingCount { get; set; }
    // Extension of the contract: the texts qualify these counts as often as the members.
    public bool TrainingCountApproximate { get; set; }
    public int? LearnerCount { get; set; }
    public bool LearnerCountApproximate { get; set; }
    public List<string> Sites { get; set; } = [];
    public string? EmblematicSite { get; set; }
    public List<string> Countries { get; set; } = [];
}

public sealed class YearRange
{
    public int? From { get; set; }
    public int? To { get; set; }
}

public sealed class RegionalContext
{
    public int? LabelledCampuses { get; set; }
    public int? ExcellenceCampuses { get; set; }
    public DateOnly? StrategicCommitteeDate { get; set; }
}

public sealed class Consultation
{
    public ConsultationMode? Mode { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? ClosedOn { get; set; }
}

public sealed record Axis(int Number, string Title);

public sealed class Perspectives
{
    public string? Period { get; set; }
    public List<string> Items { get; set; } = [];
}

/// <summary>An organisation named in the opinion: its name (the full one when the text or the known list gives it), its acronym, its category.</summary>
public sealed record Organization(string Name, string? Acronym, OrganizationCategory Category);

public sealed class CommitteeOpinion
{
    public Outcome? Outcome { get; set; }
    public Vote? Vote { get; set; }

    /// <summary>The tally when the document gives one ("Pour : 98 Contre : 12 Abstentions : 4").</summary>
    public VoteTally? Votes { get; set; }

    /// <summary>Reservations or conditions: they qualify the opinion.</summary>
    public List<string> Reservations { get; set; } = [];

    /// <summary>Recommendations ("assorti des recommandations suivantes"): they do not qualify it.</summary>
    public List<string> Recommendations { get; set; } = [];

    public string Text { get; set; } = "";
}

public sealed record VoteTally(int For, int Against, int Abstentions);

/// <summary>
/// A section of the normalised text: [Start, End) are character offsets in it. Extension of the
/// contract: how its kind was decided, and the model's confidence when the model decided it.
/// </summary>
public sealed record Section(SectionKind Kind, string? Heading, int? Page, int Start, int End)
{
    public ClassificationMethod ClassifiedBy { get; init; } = ClassificationMethod.Rule;

    /// <summary>The model's probability for the kind it gave (null when a rule decided).</summary>
    public double? Confidence { get; init; }
}

public sealed class Source
{
    public string Path { get; set; } = "";
    public SourceFormat Format { get; set; }
    public string Sha256 { get; set; } = "";
    public int? Pages { get; set; }
    public string? Encoding { get; set; }

    // Extension of the contract: which pages were read by OCR, and how sure it was (0–100).
    public List<int> OcrPages { get; set; } = [];

    public double? OcrConfidence { get; set; }
}
