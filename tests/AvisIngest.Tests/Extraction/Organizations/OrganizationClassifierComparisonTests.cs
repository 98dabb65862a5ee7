using AvisIngest.Extraction.Organizations;
using AvisIngest.Extraction.Organizations.Candidates;

namespace AvisIngest.Tests.Extraction.Organizations;

/// <summary>The comparison of docs/accuracy.md, run once for the class: rules alone, and rules plus the candidate classifier.</summary>
public sealed class OrganizationComparisonFixture
{
    public IReadOnlyList<OrganizationComparison> Results { get; } =
        new OrganizationClassifierComparison(OrganizationScores.LoadLabels(OrganizationAccuracyTests.LabelsPath))
            .Run(OrganizationScores.LoadLabels(OrganizationAccuracyTests.LabelsPath).Keys.Where(OrganizationAccuracyTests.IsHeldOut).ToHashSet());

    public (OrganizationScores Rules, OrganizationScores WithClassifier) Totals(bool heldOut)
    {
        var chosen = Results.Where(r => OrganizationAccuracyTests.IsHeldOut(r.Path) == heldOut).ToList();
        return (chosen.Aggregate(OrganizationScores.Zero, (a, r) => a + r.Rules), chosen.Aggregate(OrganizationScores.Zero, (a, r) => a + r.WithClassifier));
    }
}

public class OrganizationClassifierComparisonTests(OrganizationComparisonFixture comparison) : IClassFixture<OrganizationComparisonFixture>
{
    private static double F1(OrganizationScores s) => s.Right == 0 ? 0 : 2 * s.Precision * s.Recall / (s.Precision + s.Recall);

    [Fact]
    public void The_rules_column_is_what_the_rules_alone_find_on_the_documents_tuned_on()
    {
        var (rules, _) = comparison.Totals(heldOut: false);
        // The rules alone (until the twenty-sixth session, the product; now the classifier adds to them): 2,327 right of 2,355 found,
        // of 2,394 (thirty-second session: rounds 79 to 86 joined after their first runs, then their lessons and the known list's
        // directories; the comparison reads the title too, as the product does); 2,078 right of 2,102 found, of 2,152 (thirty-first session: rounds 68, 69 and 71 to 77 joined after their first runs, then their lessons); 1,790 right of 1,814 found,
        // of 1,860 (thirtieth session: rounds 60 to 65 and round 66's campus opinion joined after their first runs, then their lessons);
        // 1,636 right of 1,660 found,
        // of 1,700 (twenty-ninth session: rounds 54 to 58 joined after their first runs, then their lessons); 1,505 right of 1,526 found,
        // of 1,559 (twenty-eighth session: rounds 49 to 52 joined after their first runs, then their lessons and the place gazetteers);
        // 1,354 right of 1,376 found, of 1,404 (twenty-seventh session: an académie in lower case that acts, three labels made to follow the list's names, 1,308 of 1,330, of
        // 1,360; round 47 joined after its first run, 32 of 37, of 44, then the session's changes);
        // 1,305 right of 1,327 found, of 1,361 (twenty-sixth
        // session: round 45 joined after its first run, 28 of 31, of 41, then the session's changes; 1,270 of 1,290, of 1,320
        // at the twenty-fifth's end); 1,237 right of 1,256 found, of 1,284 (twenty-fifth
        // session: round 41 joined after its first run, 39 of 41, of 46, then the session's changes); 1,195 of 1,214, of 1,238 (twenty-fourth
        // session: round 37 joined after its first run, 31 of 37, of 41, round 39 after its own, 23 of 23, of 28, then the
        // session's changes; 1,167 of 1,186, of 1,210 before round 39); 1,124 of 1,142, of 1,168
        // (twenty-third session); 1,031 right of 1,046 found, of 1,067 (twenty-second
        // session: rounds 32 and 33 joined after their first runs, 44 of 51, of 73, and 42 of 47, of 50, then the session's
        // changes); 911 right of 923 found, of 944 (twenty-first
        // session: rounds 27, 29 and 30 joined after their first runs, 49 of 51, of 63, 20 of 21, of 29, and 15 of 16,
        // of 18, then the session's changes); 806 right of 819 found, of 834 (nineteenth
        // session: round 24's two tuned documents joined after their first run, 27 of 29, of 44, then round 25's, 24 of 28,
        // of 32 at its first run, then the session's changes); 731 right of 747 found, of 759 (eighteenth
        // session: round 23 joined after its first run, 43 of 51, of 53, then the session's changes); 679 right of 694 found,
        // of 706 (seventeenth session: round 22 and round 13's sante-somme joined, then the session's changes); 621 of 638, of 648 (fifteenth
        // session: rounds 18 to 21 and the two documents read by mistake joined, then the session's changes; 485 of 498, of 502, with rounds 15
        // and 16, read in the fourteenth session after their first runs; 451 of 462, of 464, before round 16; round 15
        // at its first run 436 of 452, of 461; 394 of 405, of 411, before it; 336 of 344, of 350,
        // without round 14; 271 of 275, of 282, before the lists of the twelfth session).
        Assert.Equal((2394, 2355, 2327), (rules.Labelled, rules.Found, rules.Right));
    }

    [Fact]
    public void The_classifier_only_adds_names_the_rules_left()
    {
        Assert.All(comparison.Results, r => Assert.True(r.WithClassifier.Right >= r.Rules.Right && r.WithClassifier.Found >= r.Rules.Found, r.Path));
    }

    // On 2026-12-03 (eleventh session) the classifier added 2 right and 1 wrong on the held-out
    // documents and this test was skipped (not shipped for its cost, 2.5 ms an opinion). On the
    // held-out documents of the twelfth session's end it added 1 right and 1 wrong, and the rules
    // shipped by the criterion below, until the twenty-sixth session (2026-12-05): with round 46
    // held out it adds 3 right and 1 wrong on the 33 never-seen documents (352 right of 377 found
    // against the rules' 349 of 373), and it ships (docs/accuracy.md), leaving bare acronyms and codes
    // to the rules (unit tests of this file's neighbours showed it taking a plan's acronym and a code):
    // then 2 right and none wrong there (351 of 375). The test now keeps it only while its additions
    // on never-seen documents are right more often than wrong. Twenty-seventh session, with round 48 held out:
    // 3 right and 1 wrong on the 35 never-seen documents (381 right of 409 found against the rules' 378 of 405).
    // Thirty-first session, with rounds 70 and 78 held out: 10 right and 3 wrong on the 46 never-seen documents (559 right of
    // 594 found against the rules' 549 of 581). Thirty-second session, with round 87 held out: 8 right and 3 wrong on the 48
    // never-seen documents (607 right of 644 found against the rules' 599 of 633).
    [Fact]
    public void What_ships_the_classifier_adds_names_on_never_seen_documents_right_more_often_than_wrong()
    {
        var (rules, withClassifier) = comparison.Totals(heldOut: true);
        var addedRight = withClassifier.Right - rules.Right;
        var addedWrong = withClassifier.Found - withClassifier.Right - (rules.Found - rules.Right);
        Assert.True(addedRight > addedWrong, $"le classifieur ajoute {addedRight} organisations justes et {addedWrong} fausses (F1 {F1(withClassifier):0.000} contre {F1(rules):0.000}) : ne plus le livrer");
    }

    [Fact]
    public void The_shipped_classifier_was_trained_on_the_labels_and_held_out_list_of_today()
    {
        // `avis train` writes the hashes of what it was trained on; a label or a held-out document
        // added since would otherwise leave the product on an older model without a word.
        var metadata = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "models", "organization-candidates.json"))).RootElement;
        Assert.Equal(AvisIngest.Sections.Classification.SectionClassifierTrainer.DataHash(OrganizationAccuracyTests.LabelsPath), metadata.GetProperty("trainingDataSha256").GetString());
        Assert.Equal(AvisIngest.Sections.Classification.SectionClassifierTrainer.DataHash(OrganizationAccuracyTests.HeldOutPath), metadata.GetProperty("heldOutSha256").GetString());
        Assert.Equal(OrganizationAccuracyTests.HeldOut.Count, metadata.GetProperty("heldOutDocuments").GetInt32());
    }
}
