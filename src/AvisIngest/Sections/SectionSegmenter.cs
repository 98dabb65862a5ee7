using System.Globalization;
using AvisIngest.Extraction.Opinion;
using AvisIngest.Normalising;
using AvisIngest.Records;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Sections;

/// <summary>Options of <see cref="SectionSegmenter"/>.</summary>
public sealed record SectionSegmenterOptions
{
    /// <summary>Below this probability the model's kind is not trusted: the section is "other", with a warning.</summary>
    public double ModelThreshold { get; init; } = 0.5;
}

/// <summary>
/// Cuts the normalised text into sections at the headings the detector finds. What precedes the
/// first heading is the header. A heading whose wording a rule knows gets that rule's kind; any
/// other is given to the classifier (when there is one) with its first sentence; if it is not sure
/// enough, the section is <see cref="SectionKind.Other"/> with a warning. No text is ever left out of a section.
/// </summary>
public sealed class SectionSegmenter(IReadOnlyList<IHeadingRule> rules, IHeadingDetector detector, IHeadingClassifier? classifier = null, SectionSegmenterOptions? options = null)
{
    private readonly SectionSegmenterOptions options = options ?? new SectionSegmenterOptions();

    /// <summary>Headings found by their form (<see cref="FormHeadingDetector"/>), named by the rules, then the classifier.</summary>
    public SectionSegmenter(IReadOnlyList<IHeadingRule> rules, IHeadingClassifier? classifier = null, SectionSegmenterOptions? options = null)
        : this(rules, new FormHeadingDetector(rules), classifier, options) { }

    public IReadOnlyList<Section> Segment(NormalisedDocument document, ICollection<string> warnings, CancellationToken cancel = default)
    {
        var starts = new List<SectionStart>();
        var paragraphs = document.Paragraphs;
        foreach (var found in detector.Detect(document, cancel))
        {
            var i = found.Paragraph;
            var heading = found.Heading.Paragraph;
            if (found.KnownKind is { } kind)
            {
                starts.Add(new SectionStart(kind, heading, paragraphs[i], null));
                continue;
            }
            var firstSentence = i + 1 < paragraphs.Count ? FirstSentence(document.TextOf(paragraphs[i + 1])) : "";
            var prediction = classifier?.Classify(heading, firstSentence);
            starts.Add(prediction is { Kind: not SectionKind.Other } guess && guess.Confidence >= options.ModelThreshold
                ? new SectionStart(guess.Kind, heading, paragraphs[i], guess)
                : new SectionStart(SectionKind.Other, heading, paragraphs[i], prediction) { Unsure = true });
        }
        if (!starts.Any(s => s.Kind == SectionKind.Opinion) && IsDecision(document, starts))
            starts[^1] = starts[^1] with { Kind = SectionKind.Opinion, Model = null, Unsure = false };

        var sections = new List<Section>();
        var firstStart = starts.Count > 0 ? starts[0].At.Start : document.Text.Length;
        if (firstStart > 0 && paragraphs.Count > 0)
            sections.Add(new Section(SectionKind.Header, null, paragraphs[0].Page, 0, firstStart));
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].At.Start : document.Text.Length;
            var (kind, heading, at, model) = starts[i];
            if (starts[i].Unsure)
            {
                warnings.Add(model is { } unsure && unsure.Kind != SectionKind.Other
                    ? $"titre de section non reconnu, classé « other » : « {heading} » (le modèle propose « {RecordCodes.Of(unsure.Kind)} » à {unsure.Confidence.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"))} seulement)"
                    : $"titre de section non reconnu, classé « other » : « {heading} »");
            }
            sections.Add(new Section(kind, Title(heading), at.Page, at.Start, end)
            {
                ClassifiedBy = model is null ? ClassificationMethod.Rule : ClassificationMethod.Model,
                Confidence = model is { } m ? Math.Round(m.Confidence, 4) : null,
            });
        }
        return sections;
    }

    /// <summary>Where a section starts, the kind it was given, and the model's guess when it was asked.</summary>
    private sealed record SectionStart(SectionKind Kind, string Heading, Paragraph At, HeadingPrediction? Model)
    {
        /// <summary>No rule knew the heading and the model was not sure enough: a warning is due.</summary>
        public bool Unsure { get; init; }
    }

    /// <summary>
    /// An opinion ends on its decision. When no heading was named the opinion ("Décision", "Conclusion",
    /// wordings no rule or model knows), the last section, if its kind is unknown and its text states
    /// a decision, is the opinion.
    /// </summary>
    private static bool IsDecision(NormalisedDocument document, List<SectionStart> starts) =>
        starts.Count > 0 && starts[^1].Unsure && OutcomeExtractor.StatesDecision(document.Text[starts[^1].At.Start..]);

    // The heading as a title: its closing colon is punctuation of the text (and OCR often loses it).
    private static string? Title(string? heading) => heading?.TrimEnd().TrimEnd(':').TrimEnd();

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? paragraph : paragraph[..(end + 1)];
    }

    /// <summary>
    /// Whether a line alone, before paragraphs are made, surely opens a section: a heading some rule
    /// knows, or one numbered in Roman numerals or letters, or in capitals. The joiner keeps such a
    /// line apart; headings known only by their place in the document are found later, by the detector.
    /// </summary>
    public bool IsHeading(string line) =>
        Heading.Parse(line) is { } heading && (Classify(heading) is not null || IsUnknownHeading(heading));

    private SectionKind? Classify(Heading heading)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(heading) is { } kind)
                return kind;
        }
        return null;
    }

    // Arabic-numbered lines are list items unless a rule knows them; Roman or letter numbering,
    // or a short line in capitals, is a heading even when its wording is new.
    private static bool IsUnknownHeading(Heading heading) =>
        heading.Numbering is HeadingNumbering.Roman or HeadingNumbering.Letter
        || (heading.Numbering == HeadingNumbering.None && heading.IsAllCapitals && heading.Paragraph.Length <= 80);
}
