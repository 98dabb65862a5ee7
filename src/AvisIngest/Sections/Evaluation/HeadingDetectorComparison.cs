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
/// a seed's for a variant of that seed); not given, by the shipped classifier.</param>
public sealed class HeadingDetectorComparison(IReadOnlyDictionary<string, IReadOnlyList<LabelledHeading>> labels, IReadOnlyList<SectionRow>? sectionRows = null)
{
    private readonly OpinionPipeline rulesPipeline = OpinionPipelineBuilder.CreateDefault().Build();

    private FormHeadingDetector Rules { get; } = new(DefaultHeadingRules.Create());

    /// <summary>Scores per method, summed over the documents, and per document.</summary>
    public IReadOnlyDictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>> Run()
    {
        var documents = labels.Keys.Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Document: rulesPipeline.Extract(path).Document ?? throw new InvalidDataException($"{path} : pas un avis lisible")))
            .ToList();
        var kinds = documents.ToDictionary(d => d.Path, d => KindClassifierFor(d.Path, d.Document));
        try
        {
            return Run(documents, kinds);
        }
        finally
        {
            foreach (var classifier in kinds.Values)
                classifier?.Dispose();
        }
    }

    private Dictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>> Run(List<(string Path, NormalisedDocument Document)> documents, Dictionary<string, ModelHeadingClassifier?> kinds)
    {
        var results = new Dictionary<HeadingMethod, IReadOnlyDictionary<string, HeadingScores>>
        {
            [HeadingMethod.Rules] = documents.ToDictionary(d => d.Path, d => Score(PipelineWith(null, withRules: true, kinds[d.Path]), d.Path)),
        };
        foreach (var method in new[] { HeadingMethod.Classifier, HeadingMethod.Both })
        {
            var withRules = method == HeadingMethod.Both;
            var perDocument = new Dictionary<string, HeadingScores>();
            foreach (var heldOut in documents)
            {
                var examples = documents.Where(d => d.Path != heldOut.Path).SelectMany(d => Examples(d.Document, labels[d.Path], withRules)).ToList();
                perDocument[heldOut.Path] = Score(PipelineWith(HeadingLineModel.Train(examples), withRules, kinds[heldOut.Path]), heldOut.Path);
            }
            results[method] = perDocument;
        }
        return results;
    }

    // The section classifier that names this document's kinds: trained without the rows whose
    // source is the document or whose first sentence the document holds; null for the shipped one.
    private ModelHeadingClassifier? KindClassifierFor(string path, NormalisedDocument document)
    {
        if (sectionRows is null)
            return null;
        var text = Comparable(document.Text);
        var name = Path.GetFileName(path);
        var rows = sectionRows.Where(r => !(r.Source.EndsWith("/" + name, StringComparison.Ordinal)
            || (r.FirstSentence.Length > 0 && text.Contains(Comparable(r.FirstSentence), StringComparison.Ordinal))));
        return new ModelHeadingClassifier(new SectionClassifierTrainer().Train(rows.Select(r => r.ToExample()).ToList()));
    }

    private static string Comparable(string text) => TextFolding.Fold(text.Replace('’', '\''));

    /// <summary>Every labelled document's paragraphs as training examples.</summary>
    public List<HeadingLineExample> AllExamples(bool withRules) =>
        labels.Keys.Order(StringComparer.Ordinal)
            .SelectMany(path => Examples(rulesPipeline.Extract(path).Document!, labels[path], withRules))
            .ToList();

    /// <summary>The default pipeline with this heading-line model (none: the rules alone) and this section classifier (none: the shipped one).</summary>
    public OpinionPipeline PipelineWith(Microsoft.ML.ITransformer? model, bool withRules, IHeadingClassifier? kinds = null)
    {
        var builder = OpinionPipelineBuilder.CreateDefault();
        if (model is not null)
            builder.HeadingDetector = new ModelHeadingDetector(model, Rules, new ModelHeadingOptions { WithRules = withRules });
        if (kinds is not null)
            builder.HeadingClassifier = kinds;
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
