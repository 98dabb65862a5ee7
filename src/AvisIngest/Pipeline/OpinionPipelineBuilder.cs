using AvisIngest.Extraction;
using AvisIngest.Extraction.Axes;
using AvisIngest.Extraction.Campus;
using AvisIngest.Extraction.Consultation;
using AvisIngest.Extraction.Context;
using AvisIngest.Extraction.Header;
using AvisIngest.Extraction.Opinion;
using AvisIngest.Extraction.Organizations;
using AvisIngest.Extraction.Perspectives;
using AvisIngest.Normalising;
using AvisIngest.Reading;
using AvisIngest.Reading.Pdf;
using AvisIngest.Reading.Ocr;
using AvisIngest.Recognition;
using AvisIngest.Sections;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Pipeline;

/// <summary>
/// Holds the ordered lists of stages a pipeline is made of; <see cref="Build"/> freezes them into an
/// immutable <see cref="OpinionPipeline"/>. Start from <see cref="CreateDefault"/> and change what you need.
/// </summary>
public sealed class OpinionPipelineBuilder
{
    public List<IDocumentReader> Readers { get; } = [];

    /// <summary>Reads pages that have an image and no text (scans).</summary>
    public IPageOcr Ocr { get; set; } = new TesseractOcr();

    public List<ILineNormaliser> LineNormalisers { get; } = [];

    public ParagraphJoinerOptions JoinerOptions { get; set; } = new();

    public List<IHeadingRule> HeadingRules { get; } = [];

    /// <summary>Finds the headings; null for <see cref="FormHeadingDetector"/> over <see cref="HeadingRules"/>.</summary>
    public IHeadingDetector? HeadingDetector { get; set; }

    /// <summary>Consulted for headings no rule knows; null to use rules only.</summary>
    public IHeadingClassifier? HeadingClassifier { get; set; }

    /// <summary>Read with <see cref="HeadingClassifier"/> for headings no rule knows: the section's text; null to read the heading alone.</summary>
    public ISectionTextClassifier? SectionTextClassifier { get; set; }

    public SectionSegmenterOptions SegmenterOptions { get; set; } = new();

    /// <summary>Run in order: later extractors may read what earlier ones set (the label reads the acronym).</summary>
    public List<IFieldExtractor> Extractors { get; } = [];

    public ReadOptions ReadOptions { get; set; } = ReadOptions.Default;

    /// <summary>The version stored with each record; an import re-reads files whose record has another.</summary>
    public string ExtractionVersion { get; set; } = OpinionPipeline.CurrentExtractionVersion;

    public static OpinionPipelineBuilder CreateDefault()
    {
        var builder = new OpinionPipelineBuilder();
        builder.Readers.Add(new TextDocumentReader());
        builder.Readers.Add(new PdfDocumentReader());
        builder.LineNormalisers.AddRange(
        [
            new UnicodeCompositionNormaliser(),
            new PunctuationNormaliser(),
            new LetterSpacingNormaliser(),
            new SpaceNormaliser(),
            new ListMarkerNormaliser(),
        ]);
        builder.HeadingRules.AddRange(DefaultHeadingRules.Create());
        builder.HeadingClassifier = DefaultClassifier.Value;
        builder.SectionTextClassifier = DefaultTextClassifier.Value;
        builder.Extractors.AddRange(
        [
            new OpinionNumberExtractor(),
            new TitleExtractor(),
            new IssuingBodyExtractor(),
            new ProcedureExtractor(),
            new CampusOnly(new CampusIdentityExtractor()),
            new CampusOnly(new LabelCategoryExtractor()),
            new CampusOnly(new FormerNamesExtractor()),
            new CampusOnly(new LabelYearsExtractor()),
            new CampusOnly(new SupportInstitutionExtractor()),
            new CampusOnly(CampusCountExtractor.Members()),
            new CampusOnly(CampusCountExtractor.Trainings()),
            new CampusOnly(CampusCountExtractor.Learners()),
            new CampusOnly(new SitesExtractor()),
            new CampusOnly(new EmblematicSiteExtractor()),
            new CampusOnly(new CountriesExtractor()),
            new CampusOnly(new LabelPeriodExtractor()),
            new RegionalCountsExtractor(),
            new StrategicCommitteeDateExtractor(),
            new ConsultationExtractor(),
            new AxesExtractor(),
            new PerspectivesExtractor(),
            new OrganizationsExtractor(),
            new OutcomeExtractor(),
            new VoteExtractor(),
            new ReservationsExtractor(),
            new NumberedRecommendationsExtractor(),
            new IdentityExtractor(),
        ]);
        return builder;
    }

    // One model per process, shared by every pipeline; it loads only when a heading needs it.
    private static readonly Lazy<ModelHeadingClassifier> DefaultClassifier = new(() => new ModelHeadingClassifier(ModelHeadingClassifier.DefaultPath));
    private static readonly Lazy<ModelSectionTextClassifier> DefaultTextClassifier = new(() => new ModelSectionTextClassifier(ModelSectionTextClassifier.DefaultPath));

    public OpinionPipeline Build()
    {
        var rules = HeadingRules.ToArray();
        var segmenter = new SectionSegmenter(rules, HeadingDetector ?? new FormHeadingDetector(rules), HeadingClassifier, SegmenterOptions, SectionTextClassifier);
        return new(
            Readers.ToArray(),
            new OcrStage(Ocr),
            new TextNormaliser(LineNormalisers.ToArray(), new ParagraphJoiner(JoinerOptions, segmenter.IsHeading, segmenter.IsNumberAlone)),
            new OpinionRecogniser(),
            segmenter,
            Extractors.ToArray(),
            ReadOptions,
            ExtractionVersion);
    }
}
