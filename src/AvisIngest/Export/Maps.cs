using CsvHelper.Configuration;

namespace AvisIngest.Export;

// Explicit class maps: the CSV columns are a contract with statisticians' spreadsheets and
// scripts. Never reorder or rename a column; add new ones at the end (docs/csv.md).

public sealed class OpinionRowMap : ClassMap<OpinionRow>
{
    public const string IsoDate = "yyyy-MM-dd";

    public OpinionRowMap()
    {
        var i = 0;
        Map(r => r.Id).Name("id").Index(i++);
        Map(r => r.Number).Name("number").Index(i++);
        Map(r => r.Title).Name("title").Index(i++);
        Map(r => r.BodyName).Name("body_name").Index(i++);
        Map(r => r.BodyAcronym).Name("body_acronym").Index(i++);
        Map(r => r.Region).Name("region").Index(i++);
        Map(r => r.Procedure).Name("procedure").Index(i++);
        Map(r => r.Label).Name("label").Index(i++);
        Map(r => r.CampusAcronym).Name("campus_acronym").Index(i++);
        Map(r => r.CampusTheme).Name("campus_theme").Index(i++);
        Map(r => r.FormerNames).Name("former_names").Index(i++);
        Map(r => r.SupportInstitution).Name("support_institution").Index(i++);
        Map(r => r.MemberCount).Name("member_count").Index(i++);
        Map(r => r.MemberCountApproximate).Name("member_count_approximate").Index(i++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
        Map(r => r.TrainingCount).Name("training_count").Index(i++);
        Map(r => r.TrainingCountApproximate).Name("training_count_approximate").Index(i++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
        Map(r => r.LearnerCount).Name("learner_count").Index(i++);
        Map(r => r.LearnerCountApproximate).Name("learner_count_approximate").Index(i++).TypeConverterOption.BooleanValues(true, true, "true").TypeConverterOption.BooleanValues(false, true, "false");
        Map(r => r.FirstLabelledYear).Name("first_labelled_year").Index(i++);
        Map(r => r.ExcellenceSinceYear).Name("excellence_since_year").Index(i++);
        Map(r => r.EmblematicSite).Name("emblematic_site").Index(i++);
        Map(r => r.Countries).Name("countries").Index(i++);
        Map(r => r.LabelPeriodFrom).Name("label_period_from").Index(i++);
        Map(r => r.LabelPeriodTo).Name("label_period_to").Index(i++);
        Map(r => r.LabelledCampuses).Name("labelled_campuses").Index(i++);
        Map(r => r.ExcellenceCampuses).Name("excellence_campuses").Index(i++);
        Map(r => r.StrategicCommitteeDate).Name("strategic_committee_date").Index(i++).TypeConverterOption.Format(IsoDate);
        Map(r => r.ConsultationMode).Name("consultation_mode").Index(i++);
        Map(r => r.ConsultationDate).Name("consultation_date").Index(i++).TypeConverterOption.Format(IsoDate);
        Map(r => r.ConsultationClosedOn).Name("consultation_closed_on").Index(i++).TypeConverterOption.Format(IsoDate);
        Map(r => r.PerspectivesPeriod).Name("perspectives_period").Index(i++);
        Map(r => r.Outcome).Name("outcome").Index(i++);
        Map(r => r.Vote).Name("vote").Index(i++);
        Map(r => r.OpinionText).Name("opinion_text").Index(i++);
        Map(r => r.ReservationCount).Name("reservation_count").Index(i++);
        Map(r => r.AxisCount).Name("axis_count").Index(i++);
        Map(r => r.SiteCount).Name("site_count").Index(i++);
        Map(r => r.CountryCount).Name("country_count").Index(i++);
        Map(r => r.OrganizationCount).Name("organization_count").Index(i++);
        Map(r => r.PerspectiveCount).Name("perspective_count").Index(i++);
        Map(r => r.SectionCount).Name("section_count").Index(i++);
        Map(r => r.SourcePath).Name("source_path").Index(i++);
        Map(r => r.SourceFormat).Name("source_format").Index(i++);
        Map(r => r.SourceSha256).Name("source_sha256").Index(i++);
        Map(r => r.SourcePages).Name("source_pages").Index(i++);
        Map(r => r.SourceEncoding).Name("source_encoding").Index(i++);
        Map(r => r.WarningCount).Name("warning_count").Index(i++);
        Map(r => r.SourceOcrPageCount).Name("source_ocr_page_count").Index(i++);
        Map(r => r.SourceOcrConfidence).Name("source_ocr_confidence").Index(i++);
        // Added with other bodies' opinions: at the end, so that existing column positions hold.
        Map(r => r.VotesFor).Name("votes_for").Index(i++);
        Map(r => r.VotesAgainst).Name("votes_against").Index(i++);
        Map(r => r.VotesAbstentions).Name("votes_abstentions").Index(i++);
        Map(r => r.RecommendationCount).Name("recommendation_count").Index(i);
    }
}

public sealed class AxisRowMap : ClassMap<AxisRow>
{
    public AxisRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.AxisNumber).Name("axis_number").Index(1);
        Map(r => r.Title).Name("title").Index(2);
    }
}

public sealed class OrganizationRowMap : ClassMap<OrganizationRow>
{
    public OrganizationRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Name).Name("name").Index(2);
        Map(r => r.Category).Name("category").Index(3);
        // Added after the existing columns, so that scripts reading them by position keep working.
        Map(r => r.Acronym).Name("acronym").Index(4);
    }
}

public sealed class SiteRowMap : ClassMap<SiteRow>
{
    public SiteRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Town).Name("town").Index(2);
    }
}

public sealed class SectionRowMap : ClassMap<SectionRow>
{
    public SectionRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Kind).Name("kind").Index(2);
        Map(r => r.Heading).Name("heading").Index(3);
        Map(r => r.Page).Name("page").Index(4);
        Map(r => r.Start).Name("start").Index(5);
        Map(r => r.End).Name("end").Index(6);
        Map(r => r.ClassifiedBy).Name("classified_by").Index(7);
        Map(r => r.Confidence).Name("confidence").Index(8);
    }
}

public sealed class PerspectiveRowMap : ClassMap<PerspectiveRow>
{
    public PerspectiveRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Period).Name("period").Index(2);
        Map(r => r.Item).Name("item").Index(3);
    }
}

public sealed class ReservationRowMap : ClassMap<ReservationRow>
{
    public ReservationRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Reservation).Name("reservation").Index(2);
    }
}

public sealed class RecommendationRowMap : ClassMap<RecommendationRow>
{
    public RecommendationRowMap()
    {
        Map(r => r.Id).Name("id").Index(0);
        Map(r => r.Position).Name("position").Index(1);
        Map(r => r.Recommendation).Name("recommendation").Index(2);
    }
}
