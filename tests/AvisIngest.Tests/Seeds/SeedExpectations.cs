using AvisIngest.Records;

namespace AvisIngest.Tests.Seeds;

/// <summary>
/// The expected values of ../shared/spec/record.md for the two real opinions, asserted field by
/// field. Shared by the text tests and, later, the PDF tests: the same record whatever the source.
/// </summary>
internal static class SeedExpectations
{
    /// <summary>Every expected value of the seed <paramref name="seed"/> (<see cref="TestFiles.Ceit"/> or <see cref="TestFiles.Id"/>).</summary>
    public static void AssertSeed(string seed, OpinionRecord record)
    {
        if (seed == TestFiles.Ceit)
            AssertCeit(record);
        else
            AssertId(record);
    }

    public static void AssertCeit(OpinionRecord r)
    {
        Assert.Equal("2026CE01", r.Id);
        Assert.Equal("2026CE01", r.Number);
        Assert.Equal("Concernant le renouvellement du label d'excellence du Campus des Métiers et des Qualifications Chimie, énergie, Innovation et Territoriale (CMQe CEIT) Hauts-de-France", r.Title);
        AssertBody(r);
        Assert.Equal(Procedure.Renewal, r.Subject.Procedure);
        Assert.Equal(LabelCategory.Excellence, r.Subject.Label);
        Assert.Equal("CMQe CEIT", r.Campus.Acronym);
        Assert.Equal("Chimie, Énergie, Innovation Territoriale", r.Campus.Theme);
        Assert.Empty(r.Campus.FormerNames);
        Assert.Equal(2022, r.Campus.FirstLabelledYear);
        Assert.Null(r.Campus.ExcellenceSinceYear);
        Assert.Equal("Université de Picardie Jules Verne (UPJV)", r.Campus.SupportInstitution);
        Assert.Equal(63, r.Campus.MemberCount);
        Assert.False(r.Campus.MemberCountApproximate);
        Assert.Equal(80, r.Campus.TrainingCount);
        Assert.False(r.Campus.TrainingCountApproximate);
        Assert.Equal(10000, r.Campus.LearnerCount);
        Assert.True(r.Campus.LearnerCountApproximate);
        Assert.Empty(r.Campus.Sites);
        Assert.Equal("HUB de l'Énergie", r.Campus.EmblematicSite);
        Assert.Empty(r.Campus.Countries);
        Assert.Equal(2025, r.LabelPeriod.From);
        Assert.Equal(2027, r.LabelPeriod.To);
        AssertRegionalContext(r);
        AssertWrittenConsultation(r);
        Assert.Equal(
            [new Axis(1, "Informer et attirer"), new Axis(2, "Former, adapter, accompagner et insérer"), new Axis(3, "Préparer l'avenir et innover")],
            r.Axes);
        Assert.Equal("2025-2030", r.Perspectives.Period);
        Assert.Empty(r.Perspectives.Items);
        Assert.Contains(new Organization("Université de Picardie Jules Verne", "UPJV", OrganizationCategory.University), r.Organizations);
        AssertFavorableByMajority(r);
        Assert.Equal(
            [SectionKind.Header, SectionKind.Context, SectionKind.Presentation, SectionKind.Perimeter, SectionKind.Axes,
             SectionKind.Site, SectionKind.Governance, SectionKind.Results, SectionKind.Perspectives, SectionKind.Opinion],
            r.Sections.Select(s => s.Kind));
        // The only ambiguity of this opinion: the title and the presentation spell the theme differently.
        Assert.Single(r.Warnings, w => w.Contains("thème du campus"));
    }

    public static void AssertId(OpinionRecord r)
    {
        Assert.Equal("2026CE02", r.Id);
        Assert.Equal("2026CE02", r.Number);
        Assert.Equal("Concernant le renouvellement du label d'excellence du Campus des Métiers et des Qualifications Image et Design (CMQe ID) Hauts-de-France", r.Title);
        AssertBody(r);
        Assert.Equal(Procedure.Renewal, r.Subject.Procedure);
        Assert.Equal(LabelCategory.Excellence, r.Subject.Label);
        Assert.Equal("CMQe ID", r.Campus.Acronym);
        Assert.Equal("Image et Design", r.Campus.Theme);
        Assert.Equal(["Image Numérique et Industrie Créative (INIC)"], r.Campus.FormerNames);
        Assert.Equal(2015, r.Campus.FirstLabelledYear);
        Assert.Equal(2021, r.Campus.ExcellenceSinceYear);
        Assert.Equal("ESAAT de Roubaix", r.Campus.SupportInstitution);
        Assert.Equal(80, r.Campus.MemberCount);
        Assert.True(r.Campus.MemberCountApproximate);
        Assert.Null(r.Campus.TrainingCount);
        Assert.Null(r.Campus.LearnerCount);
        Assert.Equal(["Roubaix", "Amiens", "Arras", "Compiègne", "Saint-Quentin", "Valenciennes", "Calais"], r.Campus.Sites);
        Assert.Null(r.Campus.EmblematicSite);
        Assert.Equal(["Belgique", "Pays-Bas", "Espagne", "Allemagne", "pays nordiques"], r.Campus.Countries);
        Assert.Null(r.LabelPeriod.From);
        Assert.Null(r.LabelPeriod.To);
        AssertRegionalContext(r);
        AssertWrittenConsultation(r);
        Assert.Equal(
            [new Axis(1, "L'audiovisuel responsable"), new Axis(2, "Le Design Industriel"),
             new Axis(3, "L'écoproduction et le Care Design"), new Axis(4, "La ville résiliente")],
            r.Axes);
        Assert.Equal("2025-2030", r.Perspectives.Period);
        Assert.Equal(22, r.Perspectives.Items.Count);
        Assert.StartsWith("Forums territoriaux : Calais", r.Perspectives.Items[0]);
        Assert.StartsWith("Hackathon drones", r.Perspectives.Items[8]);
        Assert.Equal("Consolidation des conventions stratégiques (COS)", r.Perspectives.Items[21]);
        Assert.Contains(new Organization("Université du Littoral Côte d'Opale", "ULCO", OrganizationCategory.University), r.Organizations);
        Assert.Contains(new Organization("École nationale supérieure des arts et industries textiles", "ENSAIT", OrganizationCategory.School), r.Organizations);
        Assert.Contains(new Organization("Pictanovo", null, OrganizationCategory.Company), r.Organizations);
        Assert.Contains(new Organization("France Travail", null, OrganizationCategory.Institution), r.Organizations);
        AssertFavorableByMajority(r);
        Assert.Equal(
            [SectionKind.Header, SectionKind.Context, SectionKind.Presentation, SectionKind.Perimeter, SectionKind.Axes,
             SectionKind.Governance, SectionKind.Perspectives, SectionKind.Opinion],
            r.Sections.Select(s => s.Kind));
        Assert.Empty(r.Warnings);
    }

    private static void AssertBody(OpinionRecord r)
    {
        Assert.Equal("Comité régional pour l'emploi", r.Body.Name);
        Assert.Equal("CoRE", r.Body.Acronym);
        Assert.Equal("Hauts-de-France", r.Body.Region);
    }

    private static void AssertRegionalContext(OpinionRecord r)
    {
        Assert.Equal(14, r.Context.LabelledCampuses);
        Assert.Equal(10, r.Context.ExcellenceCampuses);
        Assert.Equal(new DateOnly(2025, 11, 27), r.Context.StrategicCommitteeDate);
    }

    private static void AssertWrittenConsultation(OpinionRecord r)
    {
        Assert.Equal(ConsultationMode.Written, r.Consultation.Mode);
        Assert.Equal(new DateOnly(2026, 1, 19), r.Consultation.Date);
        Assert.Equal(new DateOnly(2026, 2, 2), r.Consultation.ClosedOn);
    }

    private static void AssertFavorableByMajority(OpinionRecord r)
    {
        Assert.Equal(Outcome.Favorable, r.Opinion.Outcome);
        Assert.Equal(Vote.Majority, r.Opinion.Vote);
        Assert.Empty(r.Opinion.Reservations);
        Assert.Equal("La demande présentée a obtenu un Avis favorable du CoRE Hauts-de-France à la majorité des membres ayant répondu à la consultation écrite.", r.Opinion.Text);
    }
}
