using System.Text.Json;
using AvisIngest.Corpus;
using AvisIngest.Pipeline;
using AvisIngest.Records;
using AvisIngest.Sections;
using AvisIngest.Sections.Classification;
using Xunit.Abstractions;

namespace AvisIngest.Tests.Sections;

public class SectionClassifierTests(ITestOutputHelper output)
{
    private static readonly string ModelPath = Path.Combine(TestFiles.RepoRoot, "models", "section-classifier.zip");
    private static readonly string DataPath = Path.Combine(TestFiles.RepoRoot, "corpus", "labels", "sections.tsv");

    [Fact]
    public void The_committed_model_loads_next_to_the_program()
    {
        Assert.True(File.Exists(ModelHeadingClassifier.DefaultPath), "models/section-classifier.zip is copied to the output folder");
        using var classifier = new ModelHeadingClassifier(ModelHeadingClassifier.DefaultPath);
        Assert.NotNull(classifier.Classify("IV. Gouvernance", "Le campus est piloté par un comité."));
        Assert.True(classifier.IsLoaded);
    }

    [Theory]
    [InlineData("III. Organisation et pilotage", "Le campus s'appuie sur un comité de pilotage réunissant ses membres fondateurs.", SectionKind.Governance)]
    [InlineData("VI. Prise de position", "Le CoRE Hauts-de-France émet un avis favorable à la majorité des membres.", SectionKind.Opinion)]
    [InlineData("II. Priorités stratégiques", "Le campus structure son action autour de trois priorités pour le territoire.", SectionKind.Axes)]
    [InlineData("V. Ambitions à l'horizon 2030", "Le campus ambitionne de développer de nouvelles formations et de renforcer son rayonnement.", SectionKind.Perspectives)]
    public void Wordings_absent_from_the_training_data_get_their_kind(string heading, string firstSentence, SectionKind expected)
    {
        Assert.DoesNotContain(File.ReadLines(DataPath), line => line.Split('\t')[1].Contains(Heading.Parse(heading)!.Text, StringComparison.OrdinalIgnoreCase));
        using var classifier = new ModelHeadingClassifier(ModelPath);
        var prediction = classifier.Classify(heading, firstSentence)!.Value;
        output.WriteLine($"{heading} → {prediction.Kind} ({prediction.Confidence:P0})");
        Assert.Equal(expected, prediction.Kind);
    }

    /// <summary>Documents nobody has read (corpus/labels/held-out-kinds.txt, which says when each joined): measured, never trained on.</summary>
    internal static readonly IReadOnlySet<string> HeldOutForKinds = HeldOutList.Load(TestFiles.Corpus("labels/held-out-kinds.txt"));

    // Measured with the shipped rules and model, totals only (docs/section-classifier.md): at the end of the
    // twenty-fifth session 26 documents, 109 headings, all found, none extra, 99 kinds right (90.8 %); at the end of the
    // twenty-sixth, round 46 joined at its first run (7 of 8 headings found, 5 kinds right), 28 documents, 117 headings,
    // 116 found, none extra, 104 kinds right (88.9 %); at the end of the twenty-seventh, the 28 still 104 with that session's
    // rules, round 48 joined at its first run (10 of 11 headings found, none extra, 9 kinds right): 30 documents, 128 headings,
    // 126 found, none extra, 113 kinds right (88.3 %); at the end of the twenty-eighth, the 30 at 127 found and 115 kinds
    // with that session's rules (before round 53 and the retrained classifier), round 53 joined at its first run (10 of 10
    // headings found, none extra, 7 kinds right): 32 documents, 138 headings, 137 found, none extra, 124 kinds right
    // (89.9 %) with the retrained section classifier; at the end of the twenty-ninth, the 32 still 124 with that session's rules,
    // round 59 joined at its first run (8 of 8 headings found, none extra, 8 kinds right): 34 documents, 146 headings, 145 found,
    // none extra, 133 kinds right (91.1 %) with the retrained section classifier; at the end of the thirtieth, the 34 at 134 kinds
    // with that session's rules, round 66's CESER contribution (5 of 5 headings, 5 kinds) and round 67 (10 of 10, none extra, 10
    // kinds) joined at their first runs: 37 documents, 161 headings, 160 found, none extra, 151 kinds right (93.8 %) with the
    // retrained section classifier; at the end of the thirty-first, the 37 still 160 found and 151 kinds with that session's rules,
    // round 70 (10 of 10 headings, none extra, 10 kinds) and round 78 (10 of 10, none extra, 9 kinds) joined at their first runs:
    // 41 documents, 181 headings, 180 found, none extra, 170 kinds right (93.9 %) with the retrained section classifier (and with
    // the one before it); at the end of the thirty-second, the 41 still 180 found and 170 kinds with that session's rules (169 with its
    // retrained section classifier), round 87 joined at its first run (8 of 8 headings, none extra, 7 kinds): 43 documents, 189
    // headings, 188 found, none extra, 176 kinds right (93.1 %) with the retrained section classifier (177 with the one before it).
    // At the start of the thirty-fourth, the same 43 documents with the section-text classifier read beside the
    // heading's (models/section-texts.zip, trained without them): 188 found, none extra, 177 kinds right (93.7 %).
    // At the end of the thirty-sixth, with rounds 88 to 93's rows in the training data and its rule, the same 43 at 188
    // found and 179 kinds right (94.7 %); round 94 joined at its first run (17 of 17 headings, none extra, 17 kinds):
    // 46 documents, 206 headings, 205 found, none extra, 196 kinds right (95.1 %). The goal is 95 %: met, by no margin.
    [Fact]
    public void On_the_held_out_documents_headings_and_kinds_do_not_fall()
    {
        var labels = AvisIngest.Sections.Evaluation.HeadingLabels.Load(TestFiles.Corpus("labels/headings.tsv"))
            .Where(l => HeldOutForKinds.Contains(Path.GetFileName(l.Key))).ToList();
        var scores = labels.Select(l => AvisIngest.Sections.Evaluation.HeadingScores.Of(TestFiles.Pipeline.Extract(l.Key).Record!, l.Value))
            .Aggregate(AvisIngest.Sections.Evaluation.HeadingScores.Zero, (total, one) => total + one);
        Assert.Equal((46, 206, 205, 205), (labels.Count, scores.Labelled, scores.Found, scores.Right));
        Assert.True(scores.KindsRight >= 196, $"types justes {scores.KindsRight} sur {scores.Labelled}");
    }

    [Fact]
    public void Rows_taken_from_labelled_documents_name_a_development_document_and_never_a_held_out_one()
    {
        var rows = SectionClassifierTrainer.LoadRows(DataPath);
        var fromDocuments = rows.Where(r => r.Source.StartsWith("document:", StringComparison.Ordinal)).ToList();
        Assert.True(fromDocuments.Count >= 100, $"{fromDocuments.Count} lignes tirées des documents étiquetés");
        var spacing = new AvisIngest.Normalising.LetterSpacingNormaliser();
        foreach (var row in fromDocuments)
        {
            var path = Path.Combine(TestFiles.RepoRoot, "corpus", row.Source["document:".Length..]);
            Assert.True(File.Exists(path), row.Source);
            Assert.DoesNotContain(Path.GetFileName(path), HeldOutForKinds);
            // A heading may have been broken over two lines by the conversion ("… DU" / "CAMPUS"), or its
            // letters spaced out ("P R É A M B U L E"), which the pipeline reads as its word.
            // A PDF of ours is checked against the HTML it was printed from (corpus/README.md).
            var lines = Path.GetExtension(path) == ".pdf"
                ? File.ReadAllLines(Path.Combine(Path.GetDirectoryName(path)!, "html", Path.ChangeExtension(Path.GetFileName(path), ".html")))
                    .Select(l => System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(l, "<[^>]+>", " ")).Trim())
                : File.ReadAllLines(path).Select(spacing.Normalise);
            Assert.Contains(row.Heading.Replace('’', '\''), string.Join(' ', lines).Replace('’', '\''));
        }
    }

    [Fact]
    public void The_model_is_loaded_only_when_a_heading_needs_it()
    {
        using var classifier = new ModelHeadingClassifier(ModelPath);
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.HeadingClassifier = classifier;
        var pipeline = builder.Build();

        pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.False(classifier.IsLoaded);

        var record = pipeline.Extract(new AvisIngest.Reading.SourceDocument("a.txt", SourceFormat.Txt, "", "utf-8", null,
            [new AvisIngest.Reading.SourcePage(null, ["Avis du CoRE N° 2024CE01", "", "II. Organisation et pilotage", "Le campus s'appuie sur un comité de pilotage.", "", "Avis du CoRE", "Avis favorable."])], [])).Record!;
        Assert.True(classifier.IsLoaded);
        var section = record.Sections[1];
        Assert.Equal((SectionKind.Governance, ClassificationMethod.Model), (section.Kind, section.ClassifiedBy));
        Assert.InRange(section.Confidence!.Value, 0.5, 1);
        Assert.Equal((ClassificationMethod.Rule, (double?)null), (record.Sections[2].ClassifiedBy, record.Sections[2].Confidence));
        var json = JsonDocument.Parse(RecordJson.Serialize(record)).RootElement.GetProperty("sections")[1];
        Assert.Equal("model", json.GetProperty("classifiedBy").GetString());
        Assert.True(json.GetProperty("confidence").GetDouble() >= 0.5);
    }

    /// <summary>A classifier that gives each heading the probabilities written for it.</summary>
    private sealed class FixedClassifier(Dictionary<string, (SectionKind Kind, double P)[]> guesses) : IHeadingClassifier
    {
        public HeadingPrediction? Classify(string heading, string firstSentence)
        {
            var p = guesses[heading];
            return new HeadingPrediction(p.MaxBy(k => k.P).Kind, p.Max(k => k.P)) { Probabilities = p.ToDictionary(k => k.Kind, k => k.P) };
        }
    }

    private sealed class FixedTextClassifier((SectionKind Kind, double P)[] guess) : ISectionTextClassifier
    {
        public List<string> Read { get; } = [];

        public HeadingPrediction? Classify(string section)
        {
            Read.Add(section);
            return new HeadingPrediction(guess.MaxBy(k => k.P).Kind, guess.Max(k => k.P)) { Probabilities = guess.ToDictionary(k => k.Kind, k => k.P) };
        }
    }

    [Fact]
    public void The_sections_text_is_read_with_its_heading()
    {
        // "Le cadre" says context more than presentation; the text under it presents the project.
        var headings = new FixedClassifier(new() { ["A. Le cadre"] = [(SectionKind.Context, 0.6), (SectionKind.Presentation, 0.4)] });
        var texts = new FixedTextClassifier([(SectionKind.Presentation, 0.9), (SectionKind.Context, 0.1)]);
        string[] lines = ["A. Le cadre", "Le projet présenté par la Région porte sur trois sites.", "", "Avis du CoRE", "Avis favorable."];
        var title = "Avis du CESER sur le projet de schéma régional des formations";
        var options = new SectionSegmenterOptions { OtherWeight = 1, Order = null };

        var read = RecordTitled(title, headings, texts, options, lines);
        // 0.4 × √0.9 against 0.6 × √0.1, made to sum to one.
        var presentation = 0.4 * Math.Sqrt(0.9) / (0.4 * Math.Sqrt(0.9) + 0.6 * Math.Sqrt(0.1));
        Assert.Equal((SectionKind.Presentation, presentation), (read.Sections[1].Kind, read.Sections[1].Confidence!.Value), new KindAndConfidence());
        // The classifier reads the section from its heading to the next one, no further.
        Assert.Equal("A. Le cadre\nLe projet présenté par la Région porte sur trois sites.", texts.Read.Single().TrimEnd());

        var alone = RecordTitled(title, headings, texts, options with { TextWeight = 0 }, lines);
        Assert.Equal((SectionKind.Context, 0.6), (alone.Sections[1].Kind, alone.Sections[1].Confidence!.Value), new KindAndConfidence());
        // With a weight of 0 the text is not read, nor is it ever under a heading a rule knows ("Avis du CoRE").
        Assert.Single(texts.Read);
    }

    [Fact]
    public void A_long_section_is_given_to_the_text_classifier_as_its_opening_only()
    {
        var headings = new FixedClassifier(new() { ["A. Le cadre"] = [(SectionKind.Context, 0.6), (SectionKind.Presentation, 0.4)] });
        var texts = new FixedTextClassifier([(SectionKind.Presentation, 0.9), (SectionKind.Context, 0.1)]);
        var body = string.Concat(Enumerable.Repeat("Le projet présenté par la Région porte sur trois sites du bassin. ", 40));
        RecordTitled("Avis du CESER sur le projet de schéma régional des formations", headings, texts, new SectionSegmenterOptions { Order = null },
            "A. Le cadre", body, "", "Avis du CoRE", "Avis favorable.");

        var read = texts.Read.Single();
        Assert.Equal("A. Le cadre\n".Length + SectionExample.BodyLength, read.Length);
        // What the model reads of it is what it would read of the whole section.
        Assert.Equal(SectionExample.BodyTextOf("A. Le cadre\n" + body), SectionExample.BodyTextOf(read));
    }

    [Fact]
    public void The_section_text_model_is_loaded_only_when_a_heading_needs_it_and_reads_a_sections_text()
    {
        Assert.True(File.Exists(ModelSectionTextClassifier.DefaultPath), "models/section-texts.zip is copied to the output folder");
        using var texts = new ModelSectionTextClassifier(ModelSectionTextClassifier.DefaultPath);
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.SectionTextClassifier = texts;
        var pipeline = builder.Build();
        pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.False(texts.IsLoaded);

        var prediction = texts.Classify("Le vote\nLe comité émet un avis favorable à l'unanimité des membres présents sur le projet de campus.")!.Value;
        Assert.True(texts.IsLoaded);
        Assert.Equal(SectionKind.Opinion, prediction.Kind);
        Assert.Equal(1, prediction.Probabilities.Values.Sum(), 3);
    }

    // The probabilities written are the ones the segmenter decides from: "other" not weighted down.
    private static OpinionRecord RecordWith(IHeadingClassifier classifier, params string[] lines) =>
        RecordWith(classifier, new SectionSegmenterOptions { OtherWeight = 1 }, lines);

    // A campus's opinion: every kind the model gives may be chosen.
    private static OpinionRecord RecordWith(IHeadingClassifier classifier, SectionSegmenterOptions options, params string[] lines) =>
        RecordTitled("Avis du CoRE N° 2024CE01 sur le Campus des métiers et des qualifications de l'industrie", classifier, options, lines);

    // The heading's guess alone unless a section-text classifier is given.
    private static OpinionRecord RecordTitled(string title, IHeadingClassifier classifier, SectionSegmenterOptions options, params string[] lines) =>
        RecordTitled(title, classifier, null, options, lines);

    private static OpinionRecord RecordTitled(string title, IHeadingClassifier classifier, ISectionTextClassifier? texts, SectionSegmenterOptions options, params string[] lines)
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.HeadingClassifier = classifier;
        builder.SectionTextClassifier = texts;
        builder.SegmenterOptions = options;
        return builder.Build().Extract(new AvisIngest.Reading.SourceDocument("a.txt", SourceFormat.Txt, "", "utf-8", null,
            [new AvisIngest.Reading.SourcePage(null, [title, "", .. lines, "", "Avis du CoRE", "Avis favorable."])], [])).Record!;
    }

    [Fact]
    public void An_opinion_not_about_a_campus_has_no_campus_kinds_from_the_model()
    {
        // A CESER's analysis naming companies: the model's perimeter (a campus's network) is set
        // aside, and the next kind it gives is chosen; in a campus's opinion the same guess stands.
        var classifier = new FixedClassifier(new()
        {
            ["A. Méthanisation et industries"] = [(SectionKind.Perimeter, 0.55), (SectionKind.Axes, 0.15), (SectionKind.Other, 0.2), (SectionKind.Context, 0.1)],
            ["B. La qualité de l'air"] = [(SectionKind.Other, 0.6), (SectionKind.Context, 0.4)],
        });
        string[] lines = ["A. Méthanisation et industries", "Les coopératives développent des méthaniseurs collectifs.", "", "B. La qualité de l'air", "Le chauffage au bois émet des particules."];
        var plan = RecordTitled("Avis du CESER sur le projet de schéma régional biomasse", classifier, new SectionSegmenterOptions { OtherWeight = 1 }, lines);
        Assert.Equal((SectionKind.Other, 2.0 / 3), (plan.Sections[1].Kind, plan.Sections[1].Confidence!.Value), new KindAndConfidence());
        var campus = RecordWith(classifier, new SectionSegmenterOptions { OtherWeight = 1 }, lines);
        Assert.Equal(SectionKind.Perimeter, campus.Sections[1].Kind);
        // A heading a rule knows keeps its kind in any opinion.
        var known = RecordTitled("Avis du CESER sur le projet de schéma régional biomasse", classifier, new SectionSegmenterOptions(), "Gouvernance", "Un comité de suivi est créé.");
        Assert.Equal(SectionKind.Governance, known.Sections[1].Kind);
    }

    private sealed class KindAndConfidence : IEqualityComparer<(SectionKind Kind, double Confidence)>
    {
        public bool Equals((SectionKind Kind, double Confidence) x, (SectionKind Kind, double Confidence) y) =>
            x.Kind == y.Kind && Math.Abs(x.Confidence - y.Confidence) < 1e-4;

        public int GetHashCode((SectionKind Kind, double Confidence) obj) => obj.Kind.GetHashCode();
    }

    [Fact]
    public void Sections_are_named_in_the_opinions_order_and_a_doubtful_kind_is_said()
    {
        var record = RecordWith(new FixedClassifier(new()
        {
            ["I. Le cadre"] = [(SectionKind.Context, 0.61), (SectionKind.Presentation, 0.32), (SectionKind.Other, 0.07)],
            ["II. Le projet de schéma"] = [(SectionKind.Context, 0.60), (SectionKind.Presentation, 0.35), (SectionKind.Other, 0.05)],
        }), "I. Le cadre", "La Région a saisi le comité.", "", "II. Le projet de schéma", "Le schéma double l'offre.");

        Assert.Equal([SectionKind.Header, SectionKind.Context, SectionKind.Presentation, SectionKind.Opinion], record.Sections.Select(s => s.Kind));
        Assert.Equal(0.35, record.Sections[2].Confidence);
        Assert.Contains("type de section incertain : « II. Le projet de schéma » classé « presentation » à 35", string.Join("\n", record.Warnings));
    }

    [Fact]
    public void A_section_the_model_names_other_is_named_so_without_an_unknown_heading_warning()
    {
        var record = RecordWith(new FixedClassifier(new()
        {
            ["I. Les regards croisés"] = [(SectionKind.Other, 0.82), (SectionKind.Context, 0.12), (SectionKind.Presentation, 0.06)],
            ["II. Les pistes d'amélioration"] = [(SectionKind.Other, 0.41), (SectionKind.Perspectives, 0.38), (SectionKind.Axes, 0.21)],
        }), "I. Les regards croisés", "Les collèges ont débattu du projet.", "", "II. Les pistes d'amélioration", "Trois pistes sont proposées.");

        Assert.Equal([SectionKind.Header, SectionKind.Other, SectionKind.Other, SectionKind.Opinion], record.Sections.Select(s => s.Kind));
        Assert.Equal([ClassificationMethod.Model, ClassificationMethod.Model], record.Sections.Skip(1).Take(2).Select(s => s.ClassifiedBy));
        Assert.Equal(0.82, record.Sections[1].Confidence);
        var warnings = string.Join("\n", record.Warnings);
        Assert.DoesNotContain("non reconnu", warnings);
        // Named "other" at 41 %: the doubt is said as for any kind.
        Assert.Contains("type de section incertain : « II. Les pistes d'amélioration » classé « other » à 41", warnings);
    }

    [Fact]
    public void Other_is_weighted_down_before_a_kind_is_chosen()
    {
        // "Other", the training data's catch-all, at 41 % against perspectives at 38 %: weighted by
        // 0.2 (the default) and made to sum to one again, perspectives (57 %) wins.
        var classifier = new FixedClassifier(new()
        {
            ["II. Les pistes d'amélioration"] = [(SectionKind.Other, 0.41), (SectionKind.Perspectives, 0.38), (SectionKind.Axes, 0.21)],
        });
        string[] lines = ["II. Les pistes d'amélioration", "Trois pistes sont proposées."];
        var weighted = RecordWith(classifier, new SectionSegmenterOptions(), lines).Sections[1];
        Assert.Equal((SectionKind.Perspectives, 0.5655), (weighted.Kind, weighted.Confidence));
        Assert.Equal(SectionKind.Other, RecordWith(classifier, new SectionSegmenterOptions { OtherWeight = 1 }, lines).Sections[1].Kind);
        // A section the model is sure is another body's stays so.
        var sure = new FixedClassifier(new() { ["II. Les regards croisés"] = [(SectionKind.Other, 0.82), (SectionKind.Context, 0.12), (SectionKind.Presentation, 0.06)] });
        var other = RecordWith(sure, new SectionSegmenterOptions(), "II. Les regards croisés", "Les collèges ont débattu du projet.").Sections[1];
        Assert.Equal((SectionKind.Other, 0.4767), (other.Kind, other.Confidence));
    }

    [Fact]
    public void A_confident_guess_out_of_the_opinions_order_is_other_and_the_warning_says_why()
    {
        var record = RecordWith(new FixedClassifier(new()
        {
            ["I. Le cadre"] = [(SectionKind.Context, 0.9), (SectionKind.Other, 0.1)],
            ["II. Les besoins"] = [(SectionKind.Context, 0.78), (SectionKind.Other, 0.22)],
        }), "I. Le cadre", "La Région a saisi le comité.", "", "II. Les besoins", "Les entreprises manquent de techniciens.");

        Assert.Equal([SectionKind.Header, SectionKind.Context, SectionKind.Other, SectionKind.Opinion], record.Sections.Select(s => s.Kind));
        Assert.Contains("« II. Les besoins » (le modèle propose « context » à 78", string.Join("\n", record.Warnings));
        Assert.Contains("mais pas à cette place dans l'avis", string.Join("\n", record.Warnings));
    }

    [Fact]
    public void Below_the_threshold_the_kind_is_other_with_a_warning()
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.SegmenterOptions = new SectionSegmenterOptions { ModelThreshold = 0.999 };
        var record = builder.Build().Extract(new AvisIngest.Reading.SourceDocument("a.txt", SourceFormat.Txt, "", "utf-8", null,
            [new AvisIngest.Reading.SourcePage(null, ["Avis du CoRE N° 2024CE01", "", "II. Organisation et pilotage", "Le campus s'appuie sur un comité.", "", "Avis du CoRE", "Avis favorable."])], [])).Record!;
        Assert.Equal((SectionKind.Other, ClassificationMethod.Model), (record.Sections[1].Kind, record.Sections[1].ClassifiedBy));
        Assert.Contains(record.Warnings, w => w.Contains("le modèle propose « governance »"));
    }

    [Fact]
    public void Opinions_whose_headings_no_rule_knows_are_segmented_better_with_the_model()
    {
        var cases = UnknownHeadingOpinions();
        var withModel = OpinionPipelineBuilder.CreateDefault();
        withModel.HeadingClassifier = new ModelHeadingClassifier(ModelPath);
        var rulesOnly = OpinionPipelineBuilder.CreateDefault();
        rulesOnly.HeadingClassifier = null;

        var accuracyWith = Accuracy(withModel.Build(), cases);
        var accuracyWithout = Accuracy(rulesOnly.Build(), cases);
        output.WriteLine($"section accuracy on {cases.Sum(c => c.Kinds.Length)} sections: rules only {accuracyWithout:P1}, rules + model {accuracyWith:P1}");

        Assert.True(accuracyWith > accuracyWithout);
        Assert.True(accuracyWith >= 0.9, $"accuracy with the model: {accuracyWith:P1}");
    }

    [Fact]
    public void Training_reproduces_the_committed_model()
    {
        var metadata = JsonDocument.Parse(File.ReadAllText(Path.ChangeExtension(ModelPath, ".json"))).RootElement;
        Assert.Equal(SectionClassifierTrainer.DataHash(DataPath), metadata.GetProperty("trainingDataSha256").GetString());

        var examples = SectionClassifierTrainer.LoadExamples(DataPath);
        using var folder = TestFiles.NewTempFolder();
        var trainer = new SectionClassifierTrainer();
        var retrainedPath = folder.File("model.zip");
        trainer.Save(trainer.Train(examples), examples, retrainedPath, DataPath, new SectionClassifierEvaluation(0, 0, [], new int[0, 0]));

        using var committed = new ModelHeadingClassifier(ModelPath);
        using var retrained = new ModelHeadingClassifier(retrainedPath);
        foreach (var line in File.ReadLines(DataPath).Skip(1))
        {
            var fields = line.Split('\t');
            var a = committed.Classify(fields[1], fields[2])!.Value;
            var b = retrained.Classify(fields[1], fields[2])!.Value;
            Assert.Equal(a.Kind, b.Kind);
            Assert.Equal(a.Confidence, b.Confidence, 6);
        }
    }

    private static double Accuracy(OpinionPipeline pipeline, IReadOnlyList<(string Text, SectionKind[] Kinds)> cases)
    {
        int right = 0, total = 0;
        foreach (var (text, expected) in cases)
        {
            var lines = text.Split('\n');
            var record = pipeline.Extract(new AvisIngest.Reading.SourceDocument("a.txt", SourceFormat.Txt, "", "utf-8", null, [new AvisIngest.Reading.SourcePage(null, lines)], [])).Record!;
            var actual = record.Sections.Select(s => s.Kind).ToList();
            total += expected.Length;
            right += expected.Zip(actual).Count(p => p.First == p.Second);
        }
        return (double)right / total;
    }

    // Opinions as another secretariat might word them: Roman-numbered headings no rule knows.
    private static IReadOnlyList<(string Text, SectionKind[] Kinds)> UnknownHeadingOpinions() =>
    [
        ("Avis du Comité régional pour l'emploi N° 2024CE11\nConcernant le renouvellement du label du Campus des Métiers et des Qualifications Agroalimentaire (CMQ AGRO) Hauts-de-France\n\n" +
         "I. Genèse du dispositif\nLes campus des métiers fédèrent la formation, la recherche et les entreprises d'une filière.\n\n" +
         "II. Organisation et pilotage\nLe campus s'appuie sur un comité de pilotage et un directeur opérationnel.\n\n" +
         "III. Priorités stratégiques\nLe campus structure son action autour de trois priorités.\n\n" +
         "IV. Ambitions à l'horizon 2030\nLe campus ambitionne d'ouvrir de nouvelles formations.\n\n" +
         "V. Décision\nLe CoRE émet un avis favorable à l'unanimité.",
         [SectionKind.Header, SectionKind.Context, SectionKind.Governance, SectionKind.Axes, SectionKind.Perspectives, SectionKind.Opinion]),
        ("Avis du Comité régional pour l'emploi N° 2024CE12\nConcernant l'obtention du label du Campus des Métiers et des Qualifications Numérique (CMQ NUM)\n\n" +
         "I. Le réseau du campus et ses membres\nAdossé au lycée Baggio, le campus réunit 40 établissements et entreprises.\n\n" +
         "II. Feuille de route\nLa stratégie du campus repose sur quatre axes de travail.\n\n" +
         "III. Bilan de l'activité\nLe campus a organisé 30 actions de découverte des métiers depuis 2021.\n\n" +
         "IV. Délibération\nLe comité rend un avis favorable sous réserve de la transmission du bilan financier.",
         [SectionKind.Header, SectionKind.Perimeter, SectionKind.Axes, SectionKind.Results, SectionKind.Opinion]),
        ("Avis du Comité régional pour l'emploi N° 2024CE13\nConcernant le renouvellement du label du Campus des Métiers et des Qualifications Mer (CMQ MER)\n\n" +
         "A) Lieu totem du campus\nLe bâtiment totem du campus, situé à Boulogne-sur-Mer, accueille apprentis et étudiants.\n\n" +
         "B) Fonctionnement du réseau\nLa présidence est assurée par le proviseur du lycée support, en lien avec un comité de pilotage.\n\n" +
         "C) Suites envisagées\nLe campus prévoit de créer une plateforme de ressources partagées.\n\n" +
         "D) Position du comité\nLe CoRE émet un avis défavorable à la majorité des membres.",
         [SectionKind.Header, SectionKind.Site, SectionKind.Governance, SectionKind.Perspectives, SectionKind.Opinion]),
    ];
}
