using System.Text.Json;
using AvisIngest.Corpus;
using AvisIngest.Sections;
using AvisIngest.Sections.Classification;
using AvisIngest.Sections.Evaluation;

namespace AvisIngest.Tests.Sections;

/// <summary>Runs the comparison of docs/section-classifier.md once for the class (about half a minute: each document's kinds are named by a section classifier trained without it).</summary>
public sealed class HeadingComparisonFixture
{
    public static string DataPath => Path.Combine(TestFiles.RepoRoot, "corpus", "labels", "headings.tsv");

    /// <summary>The documents held out of the kinds and of the organisations: measured, never trained on (as `avis train`).</summary>
    public static IReadOnlySet<string> HeldOut { get; } = new[] { "held-out-kinds.txt", "held-out-organizations.txt" }
        .SelectMany(f => HeldOutList.Load(TestFiles.Corpus("labels/" + f))).ToHashSet(StringComparer.Ordinal);

    public HeadingDetectorComparison Comparison { get; } =
        new(HeadingLabels.Load(DataPath), SectionClassifierTrainer.LoadRows(Path.Combine(TestFiles.RepoRoot, "corpus", "labels", "sections.tsv")), HeldOut);

    public IReadOnlyDictionary<HeadingMethod, HeadingScores> Totals { get; }

    public HeadingComparisonFixture() =>
        Totals = Comparison.Run().ToDictionary(m => m.Key, m => m.Value.Values.Aggregate(HeadingScores.Zero, (a, b) => a + b));
}

public class HeadingDetectorComparisonTests(HeadingComparisonFixture comparison) : IClassFixture<HeadingComparisonFixture>
{
    private static double F1(HeadingScores s) => 2 * s.Precision * s.Recall / (s.Precision + s.Recall);

    [Fact]
    public void The_form_rules_find_headings_at_95_percent_precision_and_recall_or_more()
    {
        var rules = comparison.Totals[HeadingMethod.Rules];
        Assert.True(rules.Precision >= 0.95, $"précision {rules.Precision:P1}");
        Assert.True(rules.Recall >= 0.95, $"rappel {rules.Recall:P1}");
    }

    [Fact]
    public void What_ships_the_rules_finds_headings_at_least_as_well_as_the_classifier_alone_or_with_them()
    {
        var rules = F1(comparison.Totals[HeadingMethod.Rules]);
        Assert.True(rules >= F1(comparison.Totals[HeadingMethod.Classifier]), "le classifieur seul fait mieux que les règles : livrer le classifieur");
        Assert.True(rules >= F1(comparison.Totals[HeadingMethod.Both]), "règles et classifieur ensemble font mieux : livrer les deux");
    }

    [Fact]
    public void Section_kinds_do_not_fall_below_the_measured_figure()
    {
        // 88.7 % measured on 2026-12-03 on 28 documents, each named by a section classifier trained
        // without the rows taken from it (85.5 % before those rows were added; docs/section-classifier.md); 95.2 % on
        // 2026-12-06 over 198 documents, read with a section-text classifier trained without the document (94.3 % without it);
        // 95.0 % over 213 (thirty-sixth session). On the held-out documents alone the goal, 95 %, is met by no margin
        // (SectionClassifierTests).
        Assert.True(comparison.Totals[HeadingMethod.Rules].KindAccuracy >= 0.95, $"types justes {comparison.Totals[HeadingMethod.Rules].KindAccuracy:P1}");
    }

    [Fact]
    public void The_committed_section_text_model_is_what_training_on_the_labelled_documents_but_the_held_out_ones_gives()
    {
        var modelPath = Path.Combine(TestFiles.RepoRoot, "models", ModelSectionTextClassifier.FileName);
        var metadata = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(modelPath, ".json"))).RootElement;
        Assert.Equal(SectionClassifierTrainer.DataHash(HeadingComparisonFixture.DataPath), metadata.GetProperty("trainingDataSha256").GetString());
        Assert.Equal(
            new[] { "held-out-kinds.txt", "held-out-organizations.txt" }.Select(f => SectionClassifierTrainer.DataHash(TestFiles.Corpus("labels/" + f))),
            metadata.GetProperty("heldOutSha256").EnumerateArray().Select(e => e.GetString()));
        var examples = comparison.Comparison.TextExamples();
        Assert.Equal(examples.Count, metadata.GetProperty("examples").GetInt32());

        using var committed = new ModelSectionTextClassifier(modelPath);
        using var retrained = new ModelSectionTextClassifier(new SectionClassifierTrainer(SectionClassifierTrainerOptions.SectionTexts).Train(examples));
        foreach (var example in examples.Take(100))
        {
            // The examples are already cut and folded: a heading line is put back for the classifiers to take off.
            var a = committed.Classify("\n" + example.Text)!.Value;
            var b = retrained.Classify("\n" + example.Text)!.Value;
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.Confidence, b.Confidence, 6);
        }
    }

    [Fact]
    public void The_committed_heading_line_model_was_trained_on_the_committed_labels_and_finds_the_seed_headings()
    {
        var modelPath = Path.Combine(TestFiles.RepoRoot, "models", "heading-lines.zip");
        var metadata = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(modelPath, ".json"))).RootElement;
        Assert.Equal(SectionClassifierTrainer.DataHash(HeadingComparisonFixture.DataPath), metadata.GetProperty("trainingDataSha256").GetString());

        var builder = AvisIngest.Pipeline.OpinionPipelineBuilder.CreateDefault();
        builder.HeadingDetector = new ModelHeadingDetector(HeadingLineModel.Load(modelPath), new FormHeadingDetector(builder.HeadingRules.ToArray()), new ModelHeadingOptions { WithRules = true });
        var record = builder.Build().Extract(TestFiles.Corpus(TestFiles.Id + ".txt")).Record!;
        var expected = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt")).Record!;
        Assert.Equal(expected.Sections.Select(s => s.Heading), record.Sections.Select(s => s.Heading));
    }
}
