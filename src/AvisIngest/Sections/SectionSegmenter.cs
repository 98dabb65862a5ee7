using System.Globalization;
using AvisIngest.Extraction.Campus;
using AvisIngest.Extraction.Opinion;
using AvisIngest.Normalising;
using AvisIngest.Recognition;
using AvisIngest.Records;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Sections;

/// <summary>Options of <see cref="SectionSegmenter"/>.</summary>
public sealed record SectionSegmenterOptions
{
    /// <summary>
    /// Below this probability the model's kind is not trusted: the section is "other", with a warning.
    /// 0.3 since the sections are named together in order (0.5 before: docs/section-classifier.md).
    /// </summary>
    public double ModelThreshold { get; init; } = 0.3;

    /// <summary>Below this probability a kind the model gives is kept, with a warning that it is uncertain.</summary>
    public double SureThreshold { get; init; } = 0.5;

    /// <summary>
    /// The model's probability of "other" is multiplied by this, and its probabilities made to sum to
    /// one again, before a kind is chosen. "Other" is the training data's catch-all (other bodies'
    /// preambles, analyses, recommendations: its largest kind), and drew campus sections worded anew
    /// ("La candidature", "Les actions envisagées"): development documents each named by a model
    /// trained without them, 125 → 129 of 139 kinds right at 0.3 when it was first chosen, 127 at 0.5,
    /// 128 at 0.2; with rounds 15–18's rows, 140 of 149 at 0.3 and 142 at 0.2 or 0.15, and 0.2 taken
    /// (docs/section-classifier.md). 1 leaves the model's probabilities as they are.
    /// </summary>
    public double OtherWeight { get; init; } = 0.2;

    /// <summary>
    /// Kinds of a campus's opinion only: in another opinion (a plan's, an environmental authority's)
    /// the model's probabilities of these are left out before a kind is chosen, as the labelled
    /// documents never give them there (a CESER's analysis naming companies is not a campus's
    /// perimeter). A heading whose wording a rule knows keeps its kind.
    /// </summary>
    public IReadOnlySet<SectionKind> CampusKinds { get; init; } = new HashSet<SectionKind>
    {
        SectionKind.Perimeter, SectionKind.Axes, SectionKind.Site, SectionKind.Governance, SectionKind.Results, SectionKind.Perspectives,
    };

    /// <summary>
    /// How much the section-text classifier's guess counts beside the heading's: each kind's
    /// probability from the heading is multiplied by its probability from the section's text raised
    /// to this power, then all made to sum to one again (0 leaves the heading's guess alone). Chosen
    /// on the tuned documents, each named by models trained without it: 690 of 729 kinds right without
    /// the text, 695 at 1, 697 at 0.5, 696 at 0.3, 688 at 1.5 (docs/section-classifier.md).
    /// </summary>
    public double TextWeight { get; init; } = 0.5;

    /// <summary>How the model's sections are named together in the opinion's order; null names each alone.</summary>
    public SectionOrderOptions? Order { get; init; } = new();
}

/// <summary>
/// Cuts the normalised text into sections at the headings the detector finds. What precedes the
/// first heading is the header. A heading whose wording a rule knows gets that rule's kind; any
/// other is given to the classifier (when there is one) with its first sentence, and to the
/// section-text classifier (when there is one) with the section's text; the model's
/// sections are then named together in the opinion's usual order (<see cref="SectionOrderDecoder"/>);
/// a kind the model is not sure enough of leaves the section <see cref="SectionKind.Other"/> with a
/// warning. No text is ever left out of a section.
/// </summary>
public sealed partial class SectionSegmenter(IReadOnlyList<IHeadingRule> rules, IHeadingDetector detector, IHeadingClassifier? classifier = null, SectionSegmenterOptions? options = null, ISectionTextClassifier? texts = null)
{
    private readonly SectionSegmenterOptions options = options ?? new SectionSegmenterOptions();

    /// <summary>Headings found by their form (<see cref="FormHeadingDetector"/>), named by the rules, then the classifier.</summary>
    public SectionSegmenter(IReadOnlyList<IHeadingRule> rules, IHeadingClassifier? classifier = null, SectionSegmenterOptions? options = null, ISectionTextClassifier? texts = null)
        : this(rules, new FormHeadingDetector(rules), classifier, options, texts) { }

    public IReadOnlyList<Section> Segment(NormalisedDocument document, ICollection<string> warnings, CancellationToken cancel = default)
    {
        var starts = new List<SectionStart>();
        var paragraphs = document.Paragraphs;
        // The record's title is not read yet: the opening, where it is, says whether the opinion is about a campus.
        var aboutCampus = CampusSubject.IsNamedIn(CampusSubject.OpeningOf(document.Text));
        foreach (var found in detector.Detect(document, cancel))
        {
            var i = found.Paragraph;
            var heading = found.Heading.Paragraph;
            // A campus's results ("Principaux résultats", "Bilan") in an opinion on anything else are what the text
            // under opinion found: the classifier names them with the other kinds of such opinions.
            if (found.KnownKind is { } kind && !(kind == SectionKind.Results && !aboutCampus))
            {
                starts.Add(new SectionStart(kind, heading, paragraphs[i], null));
                continue;
            }
            var firstSentence = i + 1 < paragraphs.Count ? FirstSentence(document.TextOf(paragraphs[i + 1])) : "";
            starts.Add(new SectionStart(SectionKind.Other, heading, paragraphs[i], classifier?.Classify(heading, firstSentence)) { Unsure = true });
        }
        for (var i = 0; i < starts.Count; i++)
        {
            if (starts[i].Unsure)
                starts[i] = starts[i] with { Model = Weighted(WithText(starts[i].Model, document.Text, starts[i].At.Start, EndOf(i)), aboutCampus) };
        }
        NameByModel(starts);
        YieldToLaterOfKind(starts);
        if (!starts.Any(s => s.Kind == SectionKind.Opinion) && IsDecision(document, starts))
            starts[^1] = starts[^1] with { Kind = SectionKind.Opinion, Model = null, Unsure = false };

        var sections = new List<Section>();
        var firstStart = starts.Count > 0 ? starts[0].At.Start : document.Text.Length;
        if (firstStart > 0 && paragraphs.Count > 0)
            sections.Add(new Section(SectionKind.Header, null, paragraphs[0].Page, 0, firstStart));
        for (var i = 0; i < starts.Count; i++)
        {
            var end = EndOf(i);
            var (kind, heading, at, model) = starts[i];
            if (Doubt(starts[i]) is { } doubt)
                warnings.Add(doubt);
            sections.Add(new Section(kind, Title(heading), at.Page, at.Start, end)
            {
                ClassifiedBy = model is null ? ClassificationMethod.Rule : ClassificationMethod.Model,
                Confidence = model is { } m ? Math.Round(m.Confidence, 4) : null,
            });
        }
        return sections;

        int EndOf(int i) => i + 1 < starts.Count ? starts[i + 1].At.Start : document.Text.Length;
    }

    // The heading's guess read with the section text's (SectionSegmenterOptions.TextWeight). A kind the
    // text model gives almost nothing keeps a little (1e-3), so the heading can still carry it; a
    // kind it never saw counts as unlikely (0.01), as when the weight was chosen.
    // Only the section's opening is copied out for it: the classifier reads no further, and a long section
    // (a large file with few headings) would otherwise be copied whole.
    private HeadingPrediction? WithText(HeadingPrediction? prediction, string documentText, int start, int end)
    {
        if (prediction is not { Probabilities.Count: > 0 } heading || texts is null || options.TextWeight == 0)
            return prediction;
        var headingEnd = documentText.IndexOf('\n', start, end - start);
        var openingEnd = headingEnd < 0 ? end : Math.Min(end, headingEnd + 1 + SectionExample.BodyLength);
        if (texts.Classify(documentText[start..openingEnd]) is not { } text)
            return prediction;
        return Normalised(heading.Probabilities.ToDictionary(k => k.Key, k =>
            k.Value * Math.Pow(text.Probabilities.TryGetValue(k.Key, out var q) ? Math.Max(q, 1e-3) : 0.01, options.TextWeight))) ?? prediction;
    }

    private HeadingPrediction? Weighted(HeadingPrediction? prediction, bool aboutCampus)
    {
        if (prediction is not { } p || (options.OtherWeight == 1 && aboutCampus) || p.Probabilities.Count == 0)
            return prediction;
        var weighted = p.Probabilities.ToDictionary(k => k.Key, k =>
            k.Key == SectionKind.Other ? k.Value * options.OtherWeight
            : !aboutCampus && options.CampusKinds.Contains(k.Key) ? 0
            : k.Value);
        return Normalised(weighted) ?? prediction;
    }

    // Probabilities made to sum to one again, and the best kind; null when none is left.
    private static HeadingPrediction? Normalised(Dictionary<SectionKind, double> weighted)
    {
        var total = weighted.Values.Sum();
        if (total <= 0)
            return null;
        var probabilities = weighted.ToDictionary(k => k.Key, k => k.Value / total);
        var best = probabilities.MaxBy(k => k.Value);
        return new HeadingPrediction(best.Key, best.Value) { Probabilities = probabilities };
    }

    // The model's sections are named together, in the opinion's order (SectionOrderDecoder); a kind
    // the model gives less than the threshold leaves the section "other", with a warning.
    // Only model kinds are decoded: the kinds rules gave stay, and steer the others.
    private void NameByModel(List<SectionStart> starts)
    {
        if (!starts.Any(s => s.Model is not null))
            return;
        var kinds = options.Order is { } order
            ? new SectionOrderDecoder(order).Decode(starts.Select(s => (s.Kind, s.Unsure ? s.Model : null)).ToList())
            : starts.Select(s => s.Model?.Kind ?? s.Kind).ToArray();
        for (var i = 0; i < starts.Count; i++)
        {
            if (!starts[i].Unsure || starts[i].Model is not { } model)
                continue;
            // "other" is a kind the model names too ("Préambule", "Les préconisations" of another
            // body): named so, the section is no unknown heading to warn of.
            if (model.ProbabilityOf(kinds[i]) >= options.ModelThreshold)
                starts[i] = starts[i] with { Kind = kinds[i], Model = model with { Kind = kinds[i], Confidence = model.ProbabilityOf(kinds[i]) }, Unsure = false };
        }
    }

    /// <summary>What the reader is told of a kind the model gave with doubt, or of a heading left "other".</summary>
    private string? Doubt(SectionStart start)
    {
        static string Percent(double p) => p.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"));
        if (start.Unsure)
        {
            return start.Model is not { Kind: not SectionKind.Other } guess
                ? $"titre de section non reconnu, classé « other » : « {start.Heading} »"
                : guess.Confidence >= options.ModelThreshold
                    ? $"titre de section non reconnu, classé « other » : « {start.Heading} » (le modèle propose « {RecordCodes.Of(guess.Kind)} » à {Percent(guess.Confidence)}, mais pas à cette place dans l'avis)"
                    : $"titre de section non reconnu, classé « other » : « {start.Heading} » (le modèle propose « {RecordCodes.Of(guess.Kind)} » à {Percent(guess.Confidence)} seulement)";
        }
        return start.Model is { } model && model.Confidence < options.SureThreshold
            ? $"type de section incertain : « {start.Heading} » classé « {RecordCodes.Of(start.Kind)} » à {Percent(model.Confidence)} (selon le modèle et la place de la section dans l'avis)"
            : null;
    }

    /// <summary>Where a section starts, the kind it was given, and the model's guess when it was asked.</summary>
    private sealed record SectionStart(SectionKind Kind, string Heading, Paragraph At, HeadingPrediction? Model)
    {
        /// <summary>No rule knew the heading and the model was not sure enough: a warning is due.</summary>
        public bool Unsure { get; init; }

        /// <summary>A rule knew the heading (the model was never asked).</summary>
        public bool NamedByRule => !Unsure && Model is null;
    }

    /// <summary>
    /// An opinion ends on its decision. When no heading was named the opinion ("Décision", "Conclusion",
    /// wordings no rule or model knows), the last section, when no rule named it, is the opinion if its
    /// text states a decision or the body's adoption of its text ("Le CESER adopte la présente
    /// contribution"), whatever kind the model gave it: a heading of few words ("Ce que le comité
    /// retient") drew context or other as the training data changed, the decision in its text did not.
    /// </summary>
    private static bool IsDecision(NormalisedDocument document, List<SectionStart> starts)
    {
        if (starts.Count == 0 || starts[^1].NamedByRule)
            return false;
        var text = document.Text[starts[^1].At.Start..];
        return OutcomeExtractor.StatesDecision(text) || OpinionRecogniser.StatesOwnFormula(text);
    }

    // The heading as a title: its closing colon is punctuation of the text (and OCR often loses it).
    private static string? Title(string? heading) => heading?.TrimEnd().TrimEnd(':').TrimEnd();

    /// <summary>
    /// The paragraph's first sentence: up to its first full stop followed by a space, the stop after
    /// the number that opens a numbered sub-heading ("3.1. Augmenter les places.", "I. Présentation du projet") aside.
    /// </summary>
    internal static string FirstSentence(string paragraph)
    {
        var number = OpeningNumber().Match(paragraph);
        var end = paragraph.IndexOf(". ", number.Success ? number.Length : 0, StringComparison.Ordinal);
        return end < 0 ? paragraph : paragraph[..(end + 1)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\d+(?:\.\d+)*|[IVXLC]+|[A-Za-z])\. ", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OpeningNumber();

    /// <summary>
    /// Whether a line alone, before paragraphs are made, surely opens a section: a heading some rule
    /// knows, or one numbered in Roman numerals or letters, or in capitals. The joiner keeps such a
    /// line apart; headings known only by their place in the document are found later, by the detector.
    /// </summary>
    public bool IsHeading(string line) =>
        Heading.Parse(line) is { } heading && (Classify(heading) is not null || IsUnknownHeading(heading));

    /// <summary>
    /// Whether a line is a heading's number without its title ("PARTIE 1", "II.", "B)"): the title is
    /// on the next line. An article's number ("Article 1er") is its whole heading: its text follows.
    /// </summary>
    public bool IsNumberAlone(string line) =>
        Heading.Parse(line) is { Text.Length: 0 } heading && IsUnknownHeading(heading) && !line.StartsWith("Article", StringComparison.OrdinalIgnoreCase);

    // "Ce que le comité en retient" then "Avis": the first is the committee's remarks, the second its opinion
    // (PatternHeadingRule.YieldsToLaterOfKind).
    private void YieldToLaterOfKind(List<SectionStart> starts)
    {
        for (var i = 0; i < starts.Count - 1; i++)
        {
            if (starts[i].NamedByRule && starts.Skip(i + 1).Any(s => s.Kind == starts[i].Kind)
                && Heading.Parse(starts[i].Heading) is { } heading
                && rules.Any(r => r is PatternHeadingRule { YieldsToLaterOfKind: true } && r.Match(heading) == starts[i].Kind)
                && !rules.Any(r => r is not PatternHeadingRule { YieldsToLaterOfKind: true } && r.Match(heading) is not null))
                starts[i] = starts[i] with { Kind = SectionKind.Other };
        }
    }

    private SectionKind? Classify(Heading heading)
    {
        foreach (var rule in rules)
        {
            if (rule.Match(heading) is { } kind)
                return kind;
        }
        return null;
    }

    // Arabic-numbered lines are list items unless a rule knows them; Roman or letter numbering, a
    // part ("Partie 2", "Deuxième partie :"), or a short line in capitals, is a heading even when its wording is new.
    private static bool IsUnknownHeading(Heading heading) =>
        heading.Numbering is HeadingNumbering.Roman or HeadingNumbering.Letter or HeadingNumbering.Part
        || (heading.Numbering == HeadingNumbering.None && heading.IsAllCapitals && heading.Paragraph.Length <= 80);
}
