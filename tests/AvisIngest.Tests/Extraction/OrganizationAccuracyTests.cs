using AvisIngest.Corpus;
using AvisIngest.Extraction.Organizations;
using AvisIngest.Records;
using Xunit.Abstractions;

namespace AvisIngest.Tests.Extraction;

/// <summary>
/// Organisations against corpus/labels/organizations.tsv (docs/accuracy.md). The rules and lists
/// were tuned on the seeds and on our own documents of rounds 1–5 (round 7's misses were read on
/// 2026-12-03); rounds 6, 8 and 9 (our own too) were each written and labelled before the changes
/// made from the rounds before them, and only their totals are printed: they are the held-out figure.
/// </summary>
public class OrganizationAccuracyTests(ITestOutputHelper output)
{
    internal static readonly string LabelsPath = Path.Combine(TestFiles.RepoRoot, "corpus", "labels", "organizations.tsv");

    internal static readonly string HeldOutPath = Path.Combine(TestFiles.RepoRoot, "corpus", "labels", "held-out-organizations.txt");

    /// <summary>The documents held out of all tuning on organisations (corpus/labels/held-out-organizations.txt, which says when each joined).</summary>
    internal static readonly IReadOnlySet<string> HeldOut = HeldOutList.Load(HeldOutPath);

    internal static bool IsHeldOut(string path) => HeldOut.Contains(Path.GetFileName(path));

    // Held-out documents print their totals only: their misses, once read, would be tuned on.
    private OrganizationScores Measure(Func<string, bool> which, bool details = true)
    {
        var total = OrganizationScores.Zero;
        foreach (var (path, labels) in OrganizationScores.LoadLabels(LabelsPath).Where(l => which(l.Key)).OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            var found = TestFiles.Pipeline.Extract(path).Record!.Organizations;
            var scores = OrganizationScores.Of(found, labels);
            total += scores;
            if (!details)
                continue;
            output.WriteLine($"{Path.GetFileName(path)}: {scores.Labelled} étiquetées, {scores.Found} trouvées, {scores.Right} justes, {scores.CategoriesRight} de bonne catégorie");
            foreach (var missed in labels.Where(l => !found.Any(f => OrganizationScores.Same(f, l))))
                output.WriteLine($"  manquée : {missed.Name}");
            foreach (var wrong in found.Where(f => !labels.Any(l => OrganizationScores.Same(f, l))))
                output.WriteLine($"  en trop : {wrong.Name}");
        }
        output.WriteLine($"total : précision {total.Precision:P1}, rappel {total.Recall:P1}");
        return total;
    }

    [Fact]
    public void On_the_documents_tuned_on_the_measured_figures_do_not_fall()
    {
        var scores = Measure(path => !IsHeldOut(path));
        // Thirty-second session (2026-12-06): 2,333 right of 2,361 found, of 2,394 through the product (rounds 79 to 86 joined after
        // their first runs, 40 of 44, of 43; 26 of 29, of 34; 34 of 36, of 36; 22 of 23, of 25; 26 of 28, of 29; 25 of 26, of 26;
        // 23 of 23, of 26; 20 of 21, of 23; then their lessons and the known list's directories).
        // Thirty-first session (2026-12-06): 2,086 right of 2,111 found, of 2,152 through the product (rounds 68, 69 and 71 to 77 joined
        // after their first runs, 48 of 50, of 52; 32 of 38, of 38; 32 of 34, of 35; 27 of 32, of 33; 20 of 23, of 28; 28 of 29, of 29;
        // 23 of 25, of 26; 29 of 29, of 30; 16 of 20, of 20; then their lessons).
        // Thirtieth session (2026-12-06): 1,801 right of 1,826 found, of 1,860 through the product (rounds 60 to 65 and round 66's
        // campus opinion joined after their first runs, 20 of 20, of 26; 23 of 25, of 26; 27 of 27, of 29; 20 of 21, of 23; 23 of 24,
        // of 27; 18 of 18, of 18; 10 of 10, of 11; then their lessons).
        // Twenty-ninth session (2026-12-06): 1,641 right of 1,666 found, of 1,700 through the product (rounds 54 to 58 joined
        // after their first runs, 26 of 28, of 33; 22 of 28, of 31; 26 of 26, of 28; 22 of 24, of 31; 12 of 13, of 17; then their lessons).
        // Twenty-eighth session (2026-12-05): 1,509 right of 1,531 found, of 1,559 through the product (rounds 49 to 52 joined
        // after their first runs, 37 of 39, of 51; 29 of 30, of 35; 29 of 30, of 31; 30 of 34, of 37; then their lessons).
        // Twenty-seventh session (2026-12-05): 1,354 right of 1,376 found, of 1,404 (an académie in lower case that acts;
        // round 47 joined after its first run, 32 of 37, of 44, then taught the session's other changes).
        // Twenty-sixth session (2026-12-05): 1,305 right of 1,328 found, of 1,361 through the product, the candidate
        // classifier shipped (trained on these documents: in-sample; the rules alone 1,305 of 1,327); round 45 joined
        // after its first run (28 of 31, of 41; 35 of 37 after its lessons) and brought recall under 96 % (95.96 %).
        // Twenty-fifth: 1,270 of 1,290, of 1,320.
        // Measured on 2026-12-04, nineteenth session: 806 right of 819 found, of 834 (round 24's two tuned documents joined,
        // at their first run 27 of 29, of 44; round 25 joined, at its first run 24 of 28, of 32). Eighteenth session: 731 right of 747 found, of 759 (round 23 joined; at its first
        // run 43 of 51, of 53). Seventeenth session: 679 right of 694 found, of 706, an organisation found under two names
        // counting once (seventeenth session, with round 22 and round 13's sante-somme; round 22 at its
        // first run 37 of 45, of 45). On 2026-12-03: 621 right of 638 found, of 648 (fifteenth session, with rounds 18 to 21 and the two documents read by mistake;
        // round 19 at its first run 35 of 38, of 41, round 20 13 of 15, of 17, round 21 16 of 17, of 21;
        // 485 of 498, of 502, at the end of the fourteenth; 394 of 405, of 411, at the end of the
        // thirteenth, round 14 included).
        Assert.True(scores.Precision >= 0.97, $"précision {scores.Precision:P1}");
        Assert.True(scores.Recall >= 0.95, $"rappel {scores.Recall:P1}");
    }

    [Fact]
    public void On_the_held_out_documents_the_measured_figures_do_not_fall()
    {
        var scores = Measure(IsHeldOut, details: false);
        Assert.Equal(669, scores.Labelled);
        Assert.True(scores.Precision >= HeldOutPrecision, $"précision {scores.Precision:P1}");
        Assert.True(scores.Recall >= HeldOutRecall, $"rappel {scores.Recall:P1}");
    }

    // Thirty-second session (2026-12-06): rounds 79 to 86 (tuned on after their first runs) and lists from public directories
    // taught changes, with which the 46 never-seen documents of the start went from 559 right of 594 found to 574 of 610, of 638,
    // with the classifier of the session before (R 87.6 → 90.0 %); round 87 (two documents written after every change) then
    // joined, 30 right of 30 found, of 31, at its first run: the 48 never-seen documents 607 right of 642 found, of 669 (P 94.5 %,
    // R 90.7 %) through the product with the retrained classifier (the rules alone 599 of 633). The goal, 90 % both, is met; the
    // recall bound is the goal (0.875 → 0.90).
    // Thirty-first session (2026-12-06): rounds 68 and 69 (tuned on after their first runs) taught changes, then round 70 (two
    // documents written after them) joined, 37 right of 40 found, of 41, at its first run; rounds 71 to 77 (tuned on) taught more,
    // then round 78 (two documents written after every change) joined, 28 right of 31 found, of 33, at its first run. The 42
    // never-seen documents of the start went from 486 right of 517 found to 496 of 523, of 564, with the session's rules and the
    // classifier of the session before; the 46 never-seen documents at the end 559 right of 594 found, of 638 (P 94.1 %, R 87.6 %)
    // through the product with the retrained classifier (the rules alone 549 of 581). The bounds follow (0.935 → 0.94, 0.86 → 0.875).
    // Thirtieth session (2026-12-06): rounds 60 to 65 (tuned on after their first runs) taught its changes, with which the 39
    // never-seen documents went from 445 right of 477 found to 453 of 485, of 528; round 66's CESER contribution (written after
    // them) joined, 12 right of 13 found, of 13, at its first run (its campus opinion moved to the tuned side, none of its headings
    // found); round 67 (two documents written after every change) joined, 21 right of 21 found, of 23, at its first run: the 42
    // never-seen documents 486 right of 517 found, of 564 (P 94.0 %, R 86.2 %) through the product with the retrained
    // classifier. The bounds follow (0.93 → 0.935, 0.84 → 0.86).
    // Twenty-ninth session (2026-12-06): rounds 54 to 58 (tuned on after their first runs) taught its changes, with which the 37
    // never-seen documents went from 421 right of 450 found to 427 of 456, of 503; round 59 (two documents written after them)
    // then joined, 17 right of 20 found, of 25, at its first run: the 39 never-seen documents 445 right of 477 found, of 528
    // (P 93.3 %, R 84.3 %) through the product with the retrained classifier (the rules alone P 93.4 %, R 83.0 %). The recall
    // bound follows (0.83 → 0.84).
    // Twenty-eighth session (2026-12-05): rounds 49 to 52 (tuned on after their first runs) and place gazetteers taught its
    // changes, with which the 35 never-seen documents went from 381 right of 409 found to 386 of 413, of 468 (the shipped
    // classifier of the session before); round 53 (two documents written after them) then joined, 32 right of 33 found, of
    // 35, at its first run: the 37 never-seen documents 421 right of 450 found, of 503 (P 93.6 %, R 83.7 %) through the
    // product with the retrained classifier (the rules alone P 93.7 %, R 82.5 %). The recall bound follows (0.81 → 0.83).
    // Twenty-seventh session (2026-12-05): with an académie in lower case that acts, 352 right of 376 found, of 432; with
    // what round 47 (tuned on after its first run) taught, 353 of 377, of 432 (P 93.6 %, R 81.7 %); round 48 (two documents
    // written after every change) then joined, 28 right of 32 found, of 36, at its first run: the 35 never-seen documents
    // 381 right of 409 found, of 468 (P 93.2 %, R 81.4 %). Bounds unchanged (0.93, 0.81).
    // Twenty-sixth session (2026-12-05): round 45 (tuned on after its first run) taught its changes, with which the 31
    // never-seen documents went from 315 right of 336 found to 316 of 338, of 394; round 46 (two documents written after
    // them) then joined, 33 right of 35 found, of 38, at its first run: the 33 never-seen documents 349 right of 373
    // found, of 432 (P 93.6 %, R 80.8 %) by the rules; the candidate classifier adds 3 right and 1 wrong there and ships,
    // bare acronyms and codes left to the rules (2 right, 0 wrong): through the product 351 right of 375 found (P 93.6 %,
    // R 81.2 %). The bounds follow it (0.92 → 0.93, 0.79 → 0.81).
    // Twenty-fifth session (2026-12-05): round 41 (tuned on after its first run) taught its changes, with which the 27
    // never-seen documents stayed at 261 of 283, of 324; round 42 (two documents written after them) then joined, 27 right
    // of 27 found, of 36, at its first run: the 29 never-seen documents 288 right of 310 found, of 360 (P 92.9 %, R 80.0 %).
    // Round 43 (tuned on after its first run) then taught more: the 29 documents 289 of 310, of 360; round 44 (two
    // documents written after every change of the session) joined, 26 right of 26 found, of 34, at its first run: the
    // 31 never-seen documents 315 right of 336 found, of 394 (P 93.8 %, R 79.9 %). The recall bound falls with round 44,
    // not with the rules (80 → 79 %).
    // Twenty-fourth session (2026-12-05): round 37 (tuned on after its first run) taught its changes, with which the 23
    // never-seen documents stayed at 222 of 241, of 274; round 38 (two documents written after them) then joined, 26 right
    // of 27 found, of 29, at its first run: the 25 never-seen documents 248 right of 268 found, of 303 (P 92.5 %, R 81.8 %).
    // Round 39 (tuned on after its first run) then taught more: the 25 documents 249 of 269, of 303; round 40 (two documents
    // written after every change of the session) joined, 12 right of 14 found, of 21, at its first run: the 27 never-seen
    // documents 261 right of 283 found, of 324 (P 92.2 %, R 80.6 %). The bounds hold, barely.
    // Twenty-third session (2026-12-05): round 34 (tuned on after its first run) taught its changes, with which the twenty
    // never-seen documents stayed at 183 of 195, of 228; round 35 (three documents written after them) then joined, 39 right
    // of 46 found, of 46, at its first run: the 23 never-seen documents 222 right of 241 found, of 274 (P 92.1 %, R 81.0 %).
    // Twenty-second session (2026-12-05): rounds 32 and 33 (tuned on after their first runs) taught its changes; the twenty
    // never-seen documents 183 right of 195 found, of 228 (P 93.8 %, R 80.3 %), against 181 of 193 at the session's start.
    // Twenty-first session (2026-12-04), at its end: rounds 28 and 31 (two documents each, written after the session's
    // changes of their time) joined, 27 of 27, of 34, and 13 of 14, of 26, at their first runs (the rules of the session's
    // start find the same on each); the twenty never-seen documents 181 right of 193 found, of 228 (P 93.8 %, R 79.4 %),
    // against 177 of 189 with the rules of the session's start. The recall bound falls with round 31, not with the rules.
    // Measured on 2026-12-04 (docs/accuracy.md), nineteenth session, at its end: round 26 (two documents written after
    // every change of the session) joined, 13 right of 15 found, of 22, at its first run (the rules of the session's start
    // find the same); the sixteen never-seen documents 136 right of 147 found, of 168 (P 92.5 %, R 81.0 %). The bounds
    // fall with the new documents, not with the rules. Before round 26: the fourteen never-seen documents (round 24's
    // two held-out ones joined: 22 right of 26 found, of 30, at their first run) 120 right of 129 found, of 146, before
    // the session's changes, 123 of 132 after them (P 93.0 → 93.2 %, R 82.2 → 84.2 %); the twelve of before 98 → 100
    // right of 103 → 105 found, of 116 (R 84.5 → 86.2 %). The precision bound falls with the new documents, not the rules.
    // Seventeenth session: the twelve never-seen documents
    // (round 13's sante-somme moved to the tuned side) 97 right of 103 found, of 116, before the
    // session's changes, 98 of 103 after them (P 94.2 → 95.1 %, R 83.6 → 84.5 %).
    // Measured on 2026-12-03. Fifteenth session: round 17 at its first run 28
    // right of 34 found, of 37; then, two documents read by mistake moved to the tuned side, the
    // never-seen documents (rounds 6, 8, 9, two of 13, two of 17, round 10's committee opinion) 105
    // of 118, of 129, before the session's changes to the organisations, 108 of 116 after them
    // (P 89.0 → 93.1 %, R 81.4 → 83.7 %). Before: 99 of 109, of 122, on rounds 6, 8, 9, 13 and
    // round 10's committee opinion after the fourteenth session's changes (95 of 104 after the
    // thirteenth's, 92 of 101 before them). The bounds follow the figure measured. The goal, 90 %
    // recall, is not met.
    private const double HeldOutPrecision = 0.94;
    private const double HeldOutRecall = 0.90;
}
