using System.Globalization;
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
/// Cuts the normalised text into sections at the headings the rules recognise. What precedes the
/// first heading is the header. A numbered or capitalised heading that no rule knows is given to the
/// classifier (when there is one) with its first sentence; if it is not sure enough, the section is
/// <see cref="SectionKind.Other"/> with a warning. No text is ever left out of a section.
/// </summary>
public sealed class SectionSegmenter(IReadOnlyList<IHeadingRule> rules, IHeadingClassifier? classifier = null, SectionSegmenterOptions? options = null)
{
    private readonly SectionSegmenterOptions options = options ?? new SectionSegmenterOptions();

    public IReadOnlyList<Section> Segment(NormalisedDocument document, ICollection<string> warnings, CancellationToken cancel = default)
    {
        var starts = new List<(SectionKind Kind, string? Heading, Paragraph At, HeadingPrediction? Model)>();
        var paragraphs = document.Paragraphs;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            var heading = Heading.Parse(document.TextOf(paragraphs[i]));
            if (heading is null)
                continue;
            if (Classify(heading) is { } kind)
            {
                starts.Add((kind, heading.Paragraph, paragraphs[i], null));
                continue;
            }
            if (!IsUnknownHeading(heading))
                continue;
            var firstSentence = i + 1 < paragraphs.Count ? FirstSentence(document.TextOf(paragraphs[i + 1])) : "";
            var prediction = classifier?.Classify(heading.Paragraph, firstSentence);
            if (prediction is { Kind: not SectionKind.Other } guess && guess.Confidence >= options.ModelThreshold)
            {
                starts.Add((guess.Kind, heading.Paragraph, paragraphs[i], guess));
                continue;
            }
            starts.Add((SectionKind.Other, heading.Paragraph, paragraphs[i], prediction));
            warnings.Add(prediction is { } unsure && unsure.Kind != SectionKind.Other
                ? $"titre de section non reconnu, classé « other » : « {heading.Paragraph} » (le modèle propose « {RecordCodes.Of(unsure.Kind)} » à {unsure.Confidence.ToString("P0", CultureInfo.GetCultureInfo("fr-FR"))} seulement)"
                : $"titre de section non reconnu, classé « other » : « {heading.Paragraph} »");
        }

        var sections = new List<Section>();
        var firstStart = starts.Count > 0 ? starts[0].At.Start : document.Text.Length;
        if (firstStart > 0 && paragraphs.Count > 0)
            sections.Add(new Section(SectionKind.Header, null, paragraphs[0].Page, 0, firstStart));
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1].At.Start : document.Text.Length;
            var (kind, text, at, model) = starts[i];
            sections.Add(new Section(kind, Title(text), at.Page, at.Start, end)
            {
                ClassifiedBy = model is null ? ClassificationMethod.Rule : ClassificationMethod.Model,
                Confidence = model is { } m ? Math.Round(m.Confidence, 4) : null,
            });
        }
        return sections;
    }

    // The heading as a title: its closing colon is punctuation of the text (and OCR often loses it).
    private static string? Title(string? heading) => heading?.TrimEnd().TrimEnd(':').TrimEnd();

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? paragraph : paragraph[..(end + 1)];
    }

    /// <summary>Whether the line opens a section: a heading some rule knows, or an unknown numbered or capitalised one.</summary>
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
