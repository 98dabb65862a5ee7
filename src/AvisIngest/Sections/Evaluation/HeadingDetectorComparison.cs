using AvisIngest.Normalising;
using AvisIngest.Pipeline;
using AvisIngest.Records;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Sections.Evaluation;

/// <summary>How headings are found: the form rules, the line classifier on the form alone, or the classifier given the rules' verdicts too.</summary>
public enum HeadingMethod
{
    Rules,
    Classifier,
    Both,
}

/// <summary>Headings labelled, found, found right, and labelled headings whose section got the right kind.</summary>
public sealed record HeadingScores(int Labelled, int Found, int Right, int KindsRight)
{
    public static readonly HeadingScores Zero = new(0, 0, 0, 0);

    public double Precision => Found == 0 ? 0 : (double)Right / Found;

    public double Recall => Labelled == 0 ? 0 : (double)Right / Labelled;

    public double KindAccuracy => Labelled == 0 ? 0 : (double)KindsRight / Labelled;

    public static HeadingScores operator +(HeadingScores a, HeadingScores b) =>
        new(a.Labelled + b.Labelled, a.Found + b.Found, a.Right + b.Right, a.KindsRight + b.KindsRight);

    /// <summary>Scores the sections of one record against the document's labels (the header is not a heading).</summary>
    public static HeadingScores Of(OpinionRecord record, IReadOnlyList<LabelledHeading> labels)
    {
        var found = record.Sections.Where(s => s.Kind != SectionKind.Header).ToList();
        var right = found.Count(s => labels.Any(l => l.Is(s.Heading)));
        var kinds = labels.Count(l => found.Any(s => l.Is(s.Heading) && s.Kind == l.Kind));
        return new HeadingScores(labels.Count, found.Count, right, kinds);
    }
}

/// <summary>
/// Compares the three ways of finding headings on labelled documents. The classifier is measured
/// document by document, trained each time on all the other documents (leave one document out),
/// so no figure comes from a document it was trained on. Kinds are named as the product names them
/// (rules, then the section classifier), so kind accuracy also counts headings missed.
/// </summary>
/// <param name="sectionRows">The section classifier's training data: given, each document's kinds are
/// named by a classifier trained without the rows taken from that document (its own headings, or
/// a seed's for a variant of that seed), read with a section-text classifier trained on the other
/// labelled documents' sections (<see cref="SectionTextExamples"/>) but those held out and those whose
/// text the document holds; not given, by the shipped classifiers.</param>
/// <param name="heldOut">File names of documents never trained on (corpus/labels/held-out-*.txt): measured only.</param>
public sealed class HeadingDetectorComparison(IReadOnlyDictionary<string, IReadOnlyList<LabelledHeading>> labels, IReadOnlyList<SectionRow>? sectionRows = null, IReadOnlySet<string>? heldOut = null)
{
    private readonly OpinionPipeline rulesPipeline = OpinionPipelineBuilder.CreateDefault().Build();

    private readonly IReadOnlySet<string> heldOut = heldOut ?? new HashSet<string>();

    // Each labelled document read once: its normalised text, and its labelled sections as examples for the section-text classifier.
    private IReadOnlyList<LabelledDocument> Documents => documents ??= labels.Keys.Order(StringComparer.Ordinal).Select(path =>
    {
        var result = rulesPipeline.Extract(path);
        if (result is not { Document: { } document, Record: { } record })
            throw new InvalidDataException($"{path} : pas un avis lisible");
        return new LabelledDocument(path, document, SectionTextExamples.Of(record, document, labels[path]).ToList());
    }).ToList();

    private List<LabelledDocument>? documents;

    private sealed record LabelledDocument(string Path, NormalisedDocument Document, IReadOnlyList<SectionExample> TextExamples);

    private FormHeadingDetector Rules { get; } = new(DefaultHeadingRules.Create());

    /// <summary>Scores per method, summed over the documents, and per document.</summary>
    public IReadOnlyDictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>> Run()
    {
        var kinds = Documents.ToDictionary(d => d.Path, KindClassifiersFor);
        try
        {
            return Run(Documents, kinds);
        }
        finally
        {
            foreach (var (headings, texts) in kinds.Values)
            {
                headings?.Dispose();
                texts?.Dispose();
            }
        }
    }

    /// <summary>The section-text classifier's training data: every labelled document's labelled sections but the held-out documents'.</summary>
    public List<SectionExample> TextExamples() =>
        Documents.Where(d => !heldOut.Contains(Path.GetFileName(d.Path))).SelectMany(d => d.TextExamples).ToList();

    private Dictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>> Run(IReadOnlyList<LabelledDocument> documents, Dictionary<string, (ModelHeadingClassifier? Headings, ModelSectionTextClassifier? Texts)> kinds)
    {
        var results = new Dictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>>
        {
            [HeadingMethod.Rules] = documents.ToDictionary(d => d.Path, d => Score(PipelineWith(null, withRules: true, kinds[d.Path].Headings, kinds[d.Path].Texts), d.Path)),
        };
        foreach (var method in new[] { HeadingMethod.Classifier, HeadingMethod.Both })
        {
            var withRules = method == HeadingMethod.Both;
            var perDocument = new Dictionary<string, HeadingScores>();
            foreach (var measured in documents)
            {
                var examples = documents.Where(d => d.Path != measured.Path).SelectMany(d => Examples(d.Document, labels[d.Path], withRules)).ToList();
                perDocument[measured.Path] = Score(PipelineWith(HeadingLineModel.Train(examples), withRules, kinds[measured.Path].Headings, kinds[measured.Path].Texts), measured.Path);
            }
            results[method] = perDocument;
        }
        return results;
    }

    // The classifiers that name this document's kinds: the section classifier trained without the rows
    // whose source is the document or whose first sentence the document holds, the section-text
    // classifier without the document's sections, the held-out documents' and any whose text the
    // document holds (a variant of a seed holds the seed's); none for the shipped ones.
    private (ModelHeadingClassifier?, ModelSectionTextClassifier?) KindClassifiersFor(LabelledDocument measured)
    {
        if (sectionRows is null)
            return (null, null);
        var text = Comparable(measured.Document.Text);
        var name = Path.GetFileName(measured.Path);
        var rows = sectionRows.Where(r => !(r.Source.EndsWith("/" + name, StringComparison.Ordinal)
            || (r.FirstSentence.Length > 0 && text.Contains(Comparable(r.FirstSentence), StringComparison.Ordinal))));
        var folded = TextFolding.Fold(measured.Document.Text);
        var texts = Documents.Where(d => d.Path != measured.Path && !heldOut.Contains(Path.GetFileName(d.Path)))
            .SelectMany(d => d.TextExamples).Where(e => !folded.Contains(e.Text, StringComparison.Ordinal)).ToList();
        return (new ModelHeadingClassifier(new SectionClassifierTrainer().Train(rows.Select(r => r.ToExample()).ToList())),
            new ModelSectionTextClassifier(new SectionClassifierTrainer(SectionClassifierTrainerOptions.SectionTexts).Train(texts)));
    }

    private static string Comparable(string text) => TextFolding.Fold(text.Replace('’', '\''));

    /// <summary>Every labelled document's paragraphs as training examples.</summary>
    public List<HeadingLineExample> AllExamples(bool withRules) =>
        Documents.SelectMany(d => Examples(d.Document, labels[d.Path], withRules)).ToList();

    /// <summary>The default pipeline with this heading-line model (none: the rules alone) and these section classifiers (none: the shipped ones).</summary>
    public OpinionPipeline PipelineWith(Microsoft.ML.ITransformer? model, bool withRules, IHeadingClassifier? kinds = null, ISectionTextClassifier? texts = null)
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        if (model is not null)
            builder.HeadingDetector = new ModelHeadingDetector(model, Rules, new ModelHeadingOptions { WithRules = withRules });
        if (kinds is not null)
            builder.HeadingClassifier = kinds;
        if (texts is not null)
            builder.SectionTextClassifier = texts;
        return builder.Build();
    }

    private IEnumerable<HeadingLineExample> Examples(NormalisedDocument document, IReadOnlyList<LabelledHeading> headings, bool withRules) =>
        HeadingLineFeatures.Of(document, Rules, withRules).Select(row => new HeadingLineExample
        {
            Label = headings.Any(h => h.Is(document.TextOf(document.Paragraphs[row.Paragraph]))),
            Features = row.Features,
        });

    private HeadingScores Score(OpinionPipeline pipeline, string path) =>
        pipeline.Extract(path).Record is { } record ? HeadingScores.Of(record, labels[path]) : new HeadingScores(labels[path].Count, 0, 0, 0);
}
