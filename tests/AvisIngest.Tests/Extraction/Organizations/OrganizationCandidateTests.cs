using AvisIngest.Extraction.Organizations;
using AvisIngest.Extraction.Organizations.Candidates;

namespace AvisIngest.Tests.Extraction.Organizations;

/// <summary>The candidate names and their features, on sentences written for these tests.</summary>
public class OrganizationCandidateFinderTests
{
    private static readonly OrganizationCandidateFinder Finder = new(OrganizationCatalogue.Default);

    private static OrganizationCandidate Candidate(string text, string name) =>
        Finder.Find(text).Single(c => c.Name == name);

    [Fact]
    public void Every_proper_name_is_a_candidate_with_where_it_stands()
    {
        const string text = "Le campus travaille avec la SNCF. Madame Dupont préside ; Lesaffre recrute.";
        Assert.Equal(["Le", "SNCF", "Madame Dupont", "Lesaffre"], Finder.Find(text).Select(c => c.Name));
        var sncf = Candidate(text, "SNCF");
        Assert.Equal(text.IndexOf("SNCF", StringComparison.Ordinal), sncf.Index);
        Assert.Equal(1f, sncf.Features[2]);  // all capitals
        Assert.Equal(1f, sncf.Features[8]);  // an article before
        Assert.Equal(1f, sncf.Features[11]); // "avec" before
        Assert.Equal(1f, sncf.Features[16]); // a full stop after
        Assert.Equal(0f, sncf.Features[6]);  // not a sentence's start
        Assert.Equal(1f, Candidate(text, "Le").Features[6]);
    }

    [Fact]
    public void A_first_word_written_elsewhere_in_lower_case_is_marked_common()
    {
        const string text = "Formation Avenir est un dispositif. La formation dure deux ans avec Bonduelle.";
        Assert.Equal(1f, Candidate(text, "Formation Avenir").Features[18]);
        Assert.Equal(0f, Candidate(text, "Bonduelle").Features[18]);
    }

    [Fact]
    public void A_person_s_title_before_a_name_is_marked()
    {
        const string text = "Le projet est porté par la rectrice Anne Martin et par Arkema.";
        Assert.Equal(1f, Candidate(text, "Anne Martin").Features[21]);
        Assert.Equal(1f, Candidate(text, "Anne Martin").Features[22]); // two title-case words, as a person's name
        Assert.Equal(0f, Candidate(text, "Arkema").Features[21]);
    }

    [Fact]
    public void Only_names_no_mention_covers_are_left_to_the_classifier()
    {
        const string text = "Le groupe Thales et Valdunes recrutent.";
        var decided = new[] { new OrganizationMention("Thales", null, null, text.IndexOf("Thales", StringComparison.Ordinal), 6) };
        var undecided = OrganizationCandidateFinder.Undecided(decided);
        Assert.Equal(["Le", "Valdunes"], Finder.Find(text).Where(c => undecided(c.Index, c.Length)).Select(c => c.Name));
    }
}
