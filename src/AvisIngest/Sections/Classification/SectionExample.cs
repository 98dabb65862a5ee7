using AvisIngest.Normalising;

namespace AvisIngest.Sections.Classification;

/// <summary>
/// One labelled example, and the one way a heading and its first sentence, or a section's text,
/// become a model's text, for training and for prediction alike.
/// </summary>
public sealed class SectionExample
{
    public string Kind { get; set; } = "";

    public string Text { get; set; } = "";

    /// <summary>
    /// The heading without its numbering, twice, then its first sentence, folded (case and accents do
    /// not matter). Twice because the sentence's many words otherwise outweigh the heading's few in
    /// the normalised bag: cross-validated accuracy 91.8 → 93.6 %, kinds of documents left out
    /// 88.4 → 90.8 % (docs/section-classifier.md).
    /// </summary>
    public static string TextOf(string heading, string firstSentence)
    {
        var withoutNumber = Heading.Parse(heading)?.Text ?? heading;
        var folded = TextFolding.Fold(withoutNumber.Trim().TrimEnd(':', '.', ' '));
        return folded + " | " + folded + " | " + TextFolding.Fold(firstSentence);
    }

    /// <summary>How much of a section's text the section-text classifier reads: its opening says what it is about.</summary>
    public const int BodyLength = 800;

    /// <summary>
    /// A section's text without its heading line: its first <see cref="BodyLength"/> characters,
    /// folded. 800 chosen on the tuned documents, each named by models trained without it: 400 and
    /// 1,500 characters each named 1 to 3 kinds fewer right (docs/section-classifier.md).
    /// </summary>
    public static string BodyTextOf(string section)
    {
        var afterHeading = section.IndexOf('\n');
        var body = afterHeading < 0 ? "" : section[(afterHeading + 1)..];
        return TextFolding.Fold(body.Length > BodyLength ? body[..BodyLength] : body);
    }
}

/// <summary>A row of the section classifier's training data (corpus/labels/sections.tsv).</summary>
public sealed record SectionRow(string Kind, string Heading, string FirstSentence, string Source)
{
    public SectionExample ToExample() => new() { Kind = Kind, Text = SectionExample.TextOf(Heading, FirstSentence) };
}

/// <summary>What the model predicts: the kind and the probability of every kind.</summary>
public sealed class SectionPrediction
{
    public string PredictedKind { get; set; } = "";

    public float[] Score { get; set; } = [];
}
