using AvisIngest.Pipeline;
using AvisIngest.Records;
using Microsoft.ML;

namespace AvisIngest.Extraction.Organizations.Candidates;

/// <summary>One document's scores by the rules alone and with the classifier.</summary>
public sealed record OrganizationComparison(string Path, OrganizationScores Rules, OrganizationScores WithClassifier);

/// <summary>
/// Measures what the candidate classifier adds to the rules on labelled documents: each document
/// scored by the rules alone, and by the rules plus the candidates a classifier trained on all the
/// other documents accepts (leave one document out), so no figure comes from a document the
/// classifier was trained on. Documents given as held out are never trained on: they are scored by
/// a classifier trained on all the others.
/// </summary>
public sealed class OrganizationClassifierComparison
{
    private readonly OpinionPipeline pipeline = OpinionPipelineBuilder.CreateDefault().Build();
    private readonly OrganizationsExtractor extractor = new();
    private readonly OrganizationCandidateFinder finder = new(OrganizationCatalogue.Default);
    private readonly List<LabelledDocument> documents;

    public OrganizationClassifierComparison(IReadOnlyDictionary<string, IReadOnlyList<Organization>> labels)
    {
        documents = labels.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => Read(l.Key, l.Value)).ToList();
    }

    /// <summary>Per document: the rules' scores and the rules-plus-classifier scores.</summary>
    public IReadOnlyList<OrganizationComparison> Run(ISet<string> heldOut)
    {
        var trainable = documents.Where(d => !heldOut.Contains(d.Path)).ToList();
        using var all = new OrganizationCandidateClassifier(OrganizationCandidateModel.Train(Examples(trainable)));
        return documents.Select(d =>
        {
            using var leftOut = heldOut.Contains(d.Path) ? null : new OrganizationCandidateClassifier(OrganizationCandidateModel.Train(Examples(trainable.Where(o => o != d))));
            var isUndecided = OrganizationCandidateFinder.Undecided(d.Mentions);
            var undecided = d.Candidates.Where(c => isUndecided(c.Index, c.Length));
            var found = extractor.Organizations(d.Text, d.Record, d.Mentions, OrganizationsExtractor.Accepted(undecided, leftOut ?? all).ToList());
            return new OrganizationComparison(d.Path, OrganizationScores.Of(extractor.Link(d.Mentions), d.Labels), OrganizationScores.Of(found, d.Labels));
        }).ToList();
    }

    /// <summary>The model that ships: trained on every labelled document but the held-out ones.</summary>
    public (ITransformer Model, int Examples) TrainShipped(ISet<string> heldOut)
    {
        var examples = Examples(documents.Where(d => !heldOut.Contains(d.Path)));
        return (OrganizationCandidateModel.Train(examples), examples.Count);
    }

    private static List<OrganizationCandidateExample> Examples(IEnumerable<LabelledDocument> documents) =>
        documents.SelectMany(d => d.Candidates.Select(c => new OrganizationCandidateExample { Features = c.Features, Label = d.IsLabelled(c.Name) })).ToList();

    private LabelledDocument Read(string path, IReadOnlyList<Organization> labels)
    {
        var result = pipeline.Extract(path);
        if (result.Record is not { } record || result.Document is not { } document)
            throw new InvalidDataException($"{path} : pas un avis lisible");
        var text = OrganizationsExtractor.TextOf(new ExtractionContext(document, record.Sections), record);
        var mentions = extractor.RuleMentions(text, record);
        var candidates = finder.Find(text).Where(c => extractor.Keeps(c.ToMention(), record)).ToList();
        return new LabelledDocument(path, labels, text, record, mentions, candidates);
    }

    private sealed record LabelledDocument(string Path, IReadOnlyList<Organization> Labels, string Text, OpinionRecord Record,
        IReadOnlyList<OrganizationMention> Mentions, IReadOnlyList<OrganizationCandidate> Candidates)
    {
        public bool IsLabelled(string name) =>
            Labels.Any(l => OrganizationCatalogue.KeyOf(l.Name) == OrganizationCatalogue.KeyOf(name) || (l.Acronym is { } a && OrganizationCatalogue.KeyOf(a) == OrganizationCatalogue.KeyOf(name)));
    }
}
