using AvisIngest.Normalising;

namespace AvisIngest.Tests.Normalising;

public class ParagraphJoinerTests
{
    private static IReadOnlyList<string> Join(params string[] lines) =>
        new ParagraphJoiner().Join(lines.Select(l => new CleanLine(l, null)).ToList()).Select(p => p.Text).ToList();

    [Fact]
    public void A_word_hyphenated_across_lines_is_rejoined() =>
        Assert.Equal("les formations proposées", Join("les forma-", "tions proposées").Single());

    [Theory]
    [InlineData("la Région Hauts-de-", "France et l'État", "la Région Hauts-de-France et l'État")]
    [InlineData("Saint-", "Quentin et Calais", "Saint-Quentin et Calais")]
    [InlineData("introduit la catégorie. Celle-", "ci repose sur", "introduit la catégorie. Celle-ci repose sur")]
    [InlineData("régional (COSTRA-", "CMQ) constitue", "régional (COSTRA-CMQ) constitue")]
    [InlineData("Hauts-", "de-France", "Hauts-de-France")]
    [InlineData("le programme de rénovation 2028-", "2032 prévoit", "le programme de rénovation 2028-2032 prévoit")]
    public void Compound_hyphens_survive_the_line_break(string first, string second, string expected) =>
        Assert.Equal(expected, Join(first, second).Single());

    [Fact]
    public void A_sentence_broken_across_a_blank_line_after_a_comma_is_one_paragraph() =>
        Assert.Equal("stockage (batteries, hydrogène, catalyse)", Join("stockage (batteries,", "", "", "hydrogène, catalyse)").Single());

    [Theory]
    [InlineData("Séance plénière du 24 mars 2028")]
    [InlineData("Réunion du bureau du 14 septembre 2028")]
    [InlineData("Consultation écrite du CoRE du 19 janvier 2026")]
    [InlineData("Assemblée générale du 30 juin 2028")]
    public void A_meeting_line_under_a_title_of_a_full_line_is_a_paragraph_of_its_own(string meeting) =>
        Assert.Equal(
            ["Avis du bureau sur le plan d'action pour l'emploi dans les transports de voyageurs de la région", meeting],
            Join("Avis du bureau sur le plan d'action pour l'emploi dans les transports de voyageurs de la région", meeting));

    [Fact]
    public void A_lowercase_line_continues_the_paragraph_even_after_a_blank_line() =>
        Assert.Equal("dans les systèmes de production,", Join("dans les systèmes", "", "de production,").Single());

    [Fact]
    public void A_list_subheading_without_its_colon_is_not_taken_for_the_item_going_on() =>
        Assert.Equal(
            ["13. Mise en place d'une certification européenne « Design et Image responsables »,", "Pérennisation et montée en puissance", "14. AMI CMA France 2030 Design et Conception"],
            Join("13. Mise en place d'une certification européenne « Design et Image responsables", "»,", "", "Pérennisation et montée en puissance", "14. AMI CMA France 2030 Design et Conception"));

    [Fact]
    public void A_capitalised_name_after_a_comma_and_a_blank_line_still_goes_on_when_no_item_follows() =>
        Assert.Equal("Rectorat, France Travail, Région Hauts-de-France", Join("Rectorat, France Travail,", "", "Région Hauts-de-France").Single());

    [Fact]
    public void A_heading_stays_apart_from_the_paragraph_after_it() =>
        Assert.Equal(["I. Contexte et périmètre", "Adossé à l'ESAAT de Roubaix, le campus fédère"],
            Join("I. Contexte et périmètre", "Adossé à l'ESAAT de Roubaix, le campus fédère"));

    [Fact]
    public void List_items_stay_apart_and_their_wrapped_lines_join()
    {
        var paragraphs = Join(
            "Ses trois axes structurants sont :",
            "1. Informer et attirer : sensibiliser les jeunes aux métiers",
            "de la chimie,",
            "- un point",
            "9 Hackathon drones",
            "Axe 2 - Le Design Industriel :");
        Assert.Equal(
            ["Ses trois axes structurants sont :", "1. Informer et attirer : sensibiliser les jeunes aux métiers de la chimie,", "- un point", "9 Hackathon drones", "Axe 2 - Le Design Industriel :"],
            paragraphs);
    }

    [Fact]
    public void A_full_width_line_is_wrapped_but_a_short_one_ends_its_paragraph()
    {
        var full = "Le Campus des Métiers et des Qualifications d'Excellence Chimie, Énergie, Innovation";
        var paragraphs = Join(full, "Territoriale (CMQe CEIT), labellisé en avril 2022.", "Avis du CoRE", "Le CoRE a été consulté.");
        Assert.Equal([full + " Territoriale (CMQe CEIT), labellisé en avril 2022.", "Avis du CoRE", "Le CoRE a été consulté."], paragraphs);
    }

    [Fact]
    public void A_function_word_at_the_end_of_a_line_continues_it() =>
        Assert.Equal("La demande présentée a obtenu un Avis favorable du CoRE",
            Join("La demande présentée a obtenu un", "Avis favorable du CoRE").Single());

    [Fact]
    public void A_blank_line_after_a_complete_title_ends_it() =>
        Assert.Equal(["des Qualifications Image et Design (CMQe ID) Hauts-de-France", "Consultation écrite du CoRE du 19 janvier 2026"],
            Join("des Qualifications Image et Design (CMQe ID) Hauts-de-France", "", "Consultation écrite du CoRE du 19 janvier 2026"));

    [Fact]
    public void Paragraphs_keep_the_page_they_start_on()
    {
        var joined = new ParagraphJoiner().Join([new CleanLine("Le campus propose des", 1), new CleanLine("", 1), new CleanLine("formations en alternance.", 2), new CleanLine("Avis du CoRE", 2)]);
        Assert.Equal([("Le campus propose des formations en alternance.", (int?)1), ("Avis du CoRE", 2)], joined.Select(p => (p.Text, p.Page)));
    }

    [Theory]
    [InlineData("PARTIE 1", "LE CONSTAT", "PARTIE 1 LE CONSTAT")]
    [InlineData("II.", "Le contexte régional", "II. Le contexte régional")]
    [InlineData("Deuxième partie :", "les propositions", "Deuxième partie : les propositions")]
    public void A_heading_that_is_only_its_number_takes_the_line_under_it_as_its_title(string number, string title, string expected)
    {
        var segmenter = new AvisIngest.Sections.SectionSegmenter(AvisIngest.Sections.DefaultHeadingRules.Create());
        var joiner = new ParagraphJoiner(new ParagraphJoinerOptions(), segmenter.IsHeading, segmenter.IsNumberAlone);
        string[] Paragraphs(params string[] lines) => joiner.Join(lines.Select(l => new CleanLine(l, null)).ToList()).Select(p => p.Text).ToArray();
        Assert.Equal([expected, "Le taux d'emploi progresse."], Paragraphs(number, title, "", "Le taux d'emploi progresse."));
        Assert.Equal([expected, "Le taux d'emploi progresse."], Paragraphs(number, "", title, "", "Le taux d'emploi progresse."));
        // A number before a sentence, or an Arabic number (a list's), keeps its line.
        Assert.Equal(["1.", "Le taux d'emploi progresse."], Paragraphs("1.", "", "Le taux d'emploi progresse."));
        Assert.Equal(["Article 1er", "Le comité émet un avis favorable"], Paragraphs("Article 1er", "Le comité émet un avis favorable"));
        Assert.Equal([number, "Le taux d'emploi progresse dans la région depuis 2020."], Paragraphs(number, "", "Le taux d'emploi progresse dans la région depuis 2020."));
    }
}
