using AvisIngest.Extraction.Organizations;
using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction.Organizations;

public class SharedKindFinderTests
{
    private static readonly SharedKindFinder Finder = new(OrganizationCatalogue.Default);

    private static List<(string Name, OrganizationCategory? Category)> Found(string text) =>
        Finder.Find(text).Select(m => (m.Name, m.Category)).ToList();

    [Fact]
    public void A_public_bodys_kind_in_the_plural_names_one_body_per_complement()
    {
        Assert.Equal(
            [("Conseil départemental de l'Oise", OrganizationCategory.Institution), ("Conseil départemental de la Somme", OrganizationCategory.Institution)],
            Found("Il demande que les conseils départementaux de l'Oise et de la Somme soient associés."));
        Assert.Equal(
            ["Centre hospitalier de Lens", "Centre hospitalier d'Arras", "Centre hospitalier du Cateau"],
            Found("Les centres hospitaliers de Lens, d'Arras et du Cateau forment des aides-soignants.").Select(f => f.Name));
        Assert.Equal(
            [("Université de Lille", OrganizationCategory.University), ("Université d'Artois", OrganizationCategory.University)],
            Found("avec les universités de Lille et d'Artois"));
    }

    [Theory]
    // One complement: the singular's reading, by the cue words.
    [InlineData("les conseils départementaux du Nord ont voté")]
    // A school or a company's branches are not named by their town.
    [InlineData("les lycées de Lille et de Douai")]
    [InlineData("les agences de Lille et de Douai")]
    // Complements in lower case are not places.
    [InlineData("les conseils départementaux de la région et de la métropole")]
    public void Anything_else_is_left(string text)
    {
        Assert.Empty(Found(text));
    }

    [Theory]
    [InlineData("conseil départemental", "conseils départementaux")]
    [InlineData("centre hospitalier", "centres hospitaliers")]
    [InlineData("communauté d'agglomération", "communautés d'agglomération")]
    [InlineData("grand port maritime", "grands ports maritimes")]
    [InlineData("musée", "musées")]
    public void The_plural_of_a_kind_agrees_up_to_its_complement(string kind, string plural)
    {
        Assert.Equal(plural, SharedKindFinder.PluralOf(kind));
    }
}
