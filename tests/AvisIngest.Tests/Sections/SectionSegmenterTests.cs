using AvisIngest.Records;
using AvisIngest.Sections;

namespace AvisIngest.Tests.Sections;

public class SectionSegmenterTests
{
    private static (IReadOnlyList<Section> Sections, List<string> Warnings) Segment(string text)
    {
        // A committee opinion names what it is about: here a campus's renewal, whose results are a section's kind.
        var record = TestFiles.RecordOf("Avis du CoRE N° 2024CE09 sur le renouvellement du label du campus\n\n" + text + "\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        return (record.Sections, record.Warnings);
    }

    [Theory]
    [InlineData("3.1. Augmenter les places. Le schéma en ouvre mille.", "3.1. Augmenter les places.")]
    [InlineData("I. Présentation du projet de plan", "I. Présentation du projet de plan")]
    [InlineData("a. Ouvrir une licence. Puis un master.", "a. Ouvrir une licence.")]
    [InlineData("Le campus ouvre en 2025. Il compte douze lycées.", "Le campus ouvre en 2025.")]
    [InlineData("Le bilan compte 3. Puis vient la suite.", "Le bilan compte 3.")]
    public void The_first_sentence_does_not_end_at_the_full_stop_of_an_opening_number(string paragraph, string expected) =>
        Assert.Equal(expected, SectionSegmenter.FirstSentence(paragraph));

    [Theory]
    [InlineData("I. Contexte et périmètre", SectionKind.Perimeter)]
    [InlineData("1. CONTEXTE ET PÉRIMÈTRE", SectionKind.Perimeter)]
    [InlineData("A) Gouvernance et moyens :", SectionKind.Governance)]
    [InlineData("V Résultats marquants 2022-2024", SectionKind.Results)]
    [InlineData("Perspectives (2025-2030)", SectionKind.Perspectives)]
    [InlineData("III. Site emblématique : le HUB de l'Energie", SectionKind.Site)]
    [InlineData("Rappel du contexte", SectionKind.Context)]
    [InlineData("II - Enjeux et objectifs stratégiques", SectionKind.Axes)]
    [InlineData("Avis du CoRE pour le renouvellement de label du CMQe ID", SectionKind.Presentation)]
    [InlineData("Avis du CoRE pour l'obtention du label du CMQ TP :", SectionKind.Presentation)]
    public void Headings_are_recognised_whatever_their_numbering_case_or_punctuation(string heading, SectionKind kind)
    {
        var (sections, _) = Segment(heading + "\nLe texte de la section.");
        Assert.Equal([SectionKind.Header, kind, SectionKind.Opinion], sections.Select(s => s.Kind));
        // The heading as written, but for its closing colon.
        Assert.Equal(heading.TrimEnd(' ', ':'), sections[1].Heading);
    }

    [Fact]
    public void An_unknown_numbered_heading_is_other_named_by_the_model_or_with_a_warning_and_keeps_its_text()
    {
        var (sections, warnings) = Segment("IV. Ressources pédagogiques partagées\nDes plateformes communes.");
        Assert.Equal(SectionKind.Other, sections[1].Kind);
        Assert.Equal("IV. Ressources pédagogiques partagées", sections[1].Heading);
        // The model names it "other" itself, surely, or the warning names the heading.
        Assert.True((sections[1].ClassifiedBy == ClassificationMethod.Model && sections[1].Confidence >= 0.5)
            || warnings.Any(w => w.Contains("Ressources pédagogiques partagées")), string.Join("\n", warnings));
    }

    [Fact]
    public void An_unknown_heading_in_capitals_is_other()
    {
        var (sections, _) = Segment("ANNEXES TECHNIQUES\nListe des formations.");
        Assert.Equal(SectionKind.Other, sections[1].Kind);
    }

    [Fact]
    public void The_title_line_is_not_taken_for_the_opinion()
    {
        var (sections, _) = Segment("Rappel du contexte\nDu texte.");
        Assert.Equal(SectionKind.Header, sections[0].Kind);
        Assert.Null(sections[0].Heading);
        Assert.Single(sections, s => s.Kind == SectionKind.Opinion);
    }

    [Fact]
    public void A_sentence_starting_with_a_heading_word_is_not_a_heading()
    {
        var (sections, _) = Segment("Rappel du contexte\nGouvernance partagée entre la Région et l'État, dans le respect des textes.");
        Assert.Equal([SectionKind.Header, SectionKind.Context, SectionKind.Opinion], sections.Select(s => s.Kind));
    }

    [Fact]
    public void Numbered_list_items_are_not_headings()
    {
        var (sections, warnings) = Segment("Rappel du contexte\n1. Informer et attirer : sensibiliser\n2. COURT TERME");
        Assert.Equal([SectionKind.Header, SectionKind.Context, SectionKind.Opinion], sections.Select(s => s.Kind));
        Assert.DoesNotContain(warnings, w => w.Contains("titre de section"));
    }

    [Fact]
    public void What_the_committee_retains_is_its_opinion_only_when_no_later_heading_is()
    {
        // Segment closes every text with "Avis du CoRE": before it, "Ce que le comité en retient" is the committee's remarks.
        var (before, _) = Segment("Le plan soumis au comité\nLe plan fixe trois priorités.\n\nCe que le comité en retient\nLe comité souligne la place donnée aux entreprises adaptées.");
        Assert.Equal([SectionKind.Header, SectionKind.Presentation, SectionKind.Other, SectionKind.Opinion], before.Select(s => s.Kind));
        Assert.Equal(ClassificationMethod.Rule, before[2].ClassifiedBy);
        // Closing the document, it is the opinion.
        var closing = TestFiles.RecordOf("Avis du CoRE N° 2024CE09\n\nLe plan soumis au comité\nLe plan fixe trois priorités.\n\nCe que le comité en retient\nLe CoRE émet un avis favorable.").Sections;
        Assert.Equal([SectionKind.Header, SectionKind.Presentation, SectionKind.Opinion], closing.Select(s => s.Kind));
    }

    [Fact]
    public void A_campus_s_results_wording_in_an_opinion_on_anything_else_is_left_to_the_classifier()
    {
        var campus = TestFiles.RecordOf("Avis du CoRE N° 2024CE09 sur le renouvellement du label du Campus des métiers et des qualifications Bois\n\nPrincipaux résultats\nLe campus a formé mille apprentis.\n\nAvis du CoRE\nLe CoRE émet un avis favorable.").Sections;
        Assert.Equal((SectionKind.Results, ClassificationMethod.Rule), (campus[1].Kind, campus[1].ClassifiedBy));
        var diagnosis = TestFiles.RecordOf("Avis du conseil d'orientation sur le diagnostic emploi-formation\n\nPrincipaux résultats\nLes métiers du soin restent difficiles à pourvoir.\n\nAvis\nLe conseil émet un avis favorable.").Sections;
        Assert.NotEqual(SectionKind.Results, diagnosis[1].Kind);
        Assert.Equal(ClassificationMethod.Model, diagnosis[1].ClassifiedBy);
    }
}

