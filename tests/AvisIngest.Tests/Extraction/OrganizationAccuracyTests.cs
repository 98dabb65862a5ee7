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

    internal static readonly string[] HeldOut =
    [
        // Round 6 (2026-11-24).
        "avis-campus-bois-partenaires.txt", "avis-ceser-industrie-partenaires.txt",
        // Rounds 8 and 9 (2026-12-03), written and labelled before that day's changes; round 7 was read.
        "avis-campus-sport-partenaires.txt", "avis-mrae-zac-partenaires.txt", "avis-prf-formation-partenaires.txt",
        "avis-campus-autonomie-partenaires.txt", "contribution-ceser-eau-partenaires.txt", "avis-comite-mobilite-jeunes-partenaires.txt",
        // Round 10 (2026-12-03, eleventh session), committed before its first run; its two other
        // documents were seen on the terminal and the web page after it was measured (corpus/README.md).
        "avis-core-pric-avenant-partenaires.txt",
        // Round 11 (same session) was held out until the twelfth session, whose start read its text
        // and labels (to copy a layout) before the lists were extended: tuned on from then.
        // Round 12 (twelfth session) was held out until its first run; the lists of that session
        // then took in organisations it names, so it counts as tuned on (corpus/README.md).
        // Round 13 (same session), written after that session's changes, committed before its first run.
        "avis-campus-sante-somme-partenaires.txt", "avis-mrae-eolien-partenaires.txt", "contribution-ceser-mer-partenaires.txt",
        // Round 14 (thirteenth session) was held out until its first run; its misses were then read
        // and changed from: tuned on from then (docs/accuracy.md).
        // Rounds 15 and 16 (fourteenth session) likewise: each held out until its first run, then read.
        // Round 17 (fifteenth session), committed before its first run and never read since.
        "avis-campus-verre-partenaires.txt", "avis-csrpn-derogation-partenaires.txt", "avis-core-deliberation-vu-partenaires.txt",
    ];

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
        // Measured on 2026-12-03: 394 right of 405 found, of 411, an organisation found under two names
        // counting once (with round 14, read after its first run in the thirteenth session: 46 of 57,
        // of 61, at that run, 56 of 60 once its misses had been read and changed from; the other
        // documents 336 of 344, of 350, before those changes, 338 of 345 after; with rounds 11 and 12, tuned on from the twelfth
        // session; 271 of 275, of 282, before; 244 of 248, of 252, without round 10's two seen
        // documents; 208 of 210, of 215, before round 7 joined them).
        Assert.True(scores.Precision >= 0.97, $"précision {scores.Precision:P1}");
        Assert.True(scores.Recall >= 0.96, $"rappel {scores.Recall:P1}");
    }

    [Fact]
    public void On_the_held_out_documents_the_measured_figures_do_not_fall()
    {
        var scores = Measure(IsHeldOut, details: false);
        Assert.Equal(159, scores.Labelled);
        Assert.True(scores.Precision >= HeldOutPrecision, $"précision {scores.Precision:P1}");
        Assert.True(scores.Recall >= HeldOutRecall, $"rappel {scores.Recall:P1}");
    }

    // Measured on 2026-12-03 (docs/accuracy.md), rounds 6, 8, 9, 13, 17 and round 10's committee
    // opinion: 127 right of 143 found, of 159, at round 17's first run (its own 28 of 34, of 37; the
    // others 99 of 109, of 122, after the fourteenth session's changes (96 of 107, 97
    // of 108 and 98 of 109 as they came; 95 of 104 after the thirteenth's, 92 of 101 before them;
    // round 13 at its first run: 22 of 24, of 33; the others 70 of 77, of 89, after the lists and
    // trade cues of the twelfth session, 65 of 71 before them). Precision 91.3 → 90.8 %, recall 77.9
    // → 81.1 %; with round 17, 88.8 % and 79.9 %): the bounds follow the figure measured. The goal,
    // 90 % recall, is not met.
    private const double HeldOutPrecision = 0.885;
    private const double HeldOutRecall = 0.795;
}
