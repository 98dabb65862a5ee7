using AvisIngest.Extraction.Organizations;
using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction.Organizations;

public class ActivitySubjectFinderTests
{
    private static readonly ActivitySubjectFinder Finder = new(OrganizationCatalogue.Default);

    private static List<(string Name, OrganizationCategory? Category)> Found(string text) =>
        Finder.Find(text).Select(m => (m.Name, m.Category)).ToList();

    [Theory]
    [InlineData("Plastic Omnium fabrique des pièces de carrosserie.", "Plastic Omnium")]
    [InlineData("La filière recrute. Galloo, à Halluin, recycle les métaux.", "Galloo")]
    [InlineData("Le tri est local ; Le Relais collecte les textiles.", "Le Relais")]
    [InlineData("L'AFTRAL embauche ses formateurs.", "AFTRAL")]
    [InlineData("Les Compagnons du Devoir recrutent des apprentis.", "Compagnons du Devoir")]
    // What the company is, before its name.
    [InlineData("L'aciériste Ascoval, à Saint-Saulve, recrute des opérateurs.", "Ascoval")]
    [InlineData("Le papetier Smurfit Kappa produit du carton.", "Smurfit Kappa")]
    public void A_proper_name_that_does_what_a_company_does_at_a_sentences_start_is_a_company(string text, string name)
    {
        Assert.Equal([(name, OrganizationCategory.Company)], Found(text));
    }

    [Fact]
    public void Names_joined_by_et_or_commas_are_each_the_subject()
    {
        Assert.Equal(["Sabic", "Arkema", "Valeo"], Found("Sabic, Arkema et Valeo fournissent les résines.").Select(f => f.Name));
    }

    [Fact]
    public void A_verb_an_association_does_as_often_tells_no_category()
    {
        Assert.Equal([("Emmaüs France", (OrganizationCategory?)null)], Found("Emmaüs France tient des boutiques solidaires."));
    }

    [Theory]
    // A public body or a place named by its common noun, a sentence's opening word, a name in mid-sentence.
    [InlineData("La Région forme les demandeurs d'emploi.")]
    [InlineData("La France produit du blé.")]
    [InlineData("Le Nord emploie 40 000 salariés dans l'industrie.")]
    [InlineData("En 2026 fabrique-t-on encore des bobines ?")]
    [InlineData("Le site de Plastic Omnium fabrique des pièces.")]
    [InlineData("Le campus finance les stages chez Valeo.")]
    // A person, named with a title or an office.
    [InlineData("Selon le rapport. M. Dupont recrute lui-même ses apprentis.")]
    [InlineData("Mme Martin forme les tuteurs.")]
    [InlineData("Le président Durand embauche deux chargés de mission.")]
    public void Nothing_else_is_read_as_a_subject(string text)
    {
        Assert.Empty(Found(text));
    }
}
