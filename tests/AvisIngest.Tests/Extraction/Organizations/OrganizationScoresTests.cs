using AvisIngest.Extraction.Organizations;
using AvisIngest.Records;

namespace AvisIngest.Tests.Extraction.Organizations;

public class OrganizationScoresTests
{
    [Fact]
    public void One_organisation_found_under_two_names_is_right_once_and_wrong_once()
    {
        var labels = new[] { new Organization("Institut français de recherche pour l'exploitation de la mer", "Ifremer", OrganizationCategory.Institution) };
        var found = new[]
        {
            new Organization("Institut français de recherche pour l'exploitation de la mer", null, OrganizationCategory.School),
            new Organization("Ifremer", null, OrganizationCategory.Institution),
        };

        var scores = OrganizationScores.Of(found, labels);

        Assert.Equal((1, 2, 1, 1), (scores.Labelled, scores.Found, scores.Right, scores.CategoriesRight));
        Assert.Equal(0.5, scores.Precision);
    }

    [Fact]
    public void A_known_organisations_full_name_and_short_name_are_one_organisation()
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2026CE99\n\nI. Contexte\nLe campus travaille avec l'Institut français de recherche pour l'exploitation de la mer (Ifremer), dont le centre accueille les stagiaires. L'Ifremer prête ses bassins.\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.");
        Assert.Equal([new Organization("Ifremer", null, OrganizationCategory.Institution)], record.Organizations);
    }

    [Fact]
    public void A_full_name_with_its_short_name_in_brackets_is_one_organisation_even_in_mixed_case()
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2026CE99\n\nI. Contexte\nLe campus travaille avec l'Agence de l'environnement et de la maîtrise de l'énergie (Ademe), dont la direction régionale finance le projet.\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.");
        Assert.Equal([new Organization("ADEME", null, OrganizationCategory.Institution)], record.Organizations);
    }
}
