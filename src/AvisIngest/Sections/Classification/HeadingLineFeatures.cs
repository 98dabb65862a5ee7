using AvisIngest.Extraction.Values;
using AvisIngest.Normalising;
using Microsoft.ML.Data;

namespace AvisIngest.Sections.Classification;

/// <summary>One paragraph as the line classifier sees it: its form and its neighbours', and whether it is a heading.</summary>
public sealed class HeadingLineExample
{
    public bool Label { get; set; }

    [VectorType(HeadingLineFeatures.Count)]
    public float[] Features { get; set; } = [];
}

/// <summary>
/// The features of a paragraph for the heading-line classifier: its length and words, how it
/// stood in the source (one line, blank lines around, larger or bold in a PDF), its numbering,
/// case and last character, whether it holds a date or a document number, whether a rule knows
/// its wording, and the same marks of the paragraphs before and after it. With
/// <c>withRules</c>, also the verdicts of <see cref="FormHeadingDetector"/> (the "both" variant).
/// </summary>
public static class HeadingLineFeatures
{
    public const int Count = 34;

    /// <summary>Feature vectors of every paragraph that can be a heading (others are never one), by paragraph index.</summary>
    public static IEnumerable<(int Paragraph, float[] Features)> Of(NormalisedDocument document, FormHeadingDetector rules, bool withRules)
    {
        var paragraphs = document.Paragraphs;
        var candidates = withRules ? rules.Candidates(document).Where(c => c.Style is not null).Select(c => c.Paragraph).ToHashSet() : [];
        var accepted = withRules ? rules.Detect(document).Select(c => c.Paragraph).ToHashSet() : [];
        var known = rules.Candidates(document).Where(c => c.KnownKind is not null).Select(c => c.Paragraph).ToHashSet();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i].Length > Heading.MaxLength)
                continue;
            var text = document.TextOf(paragraphs[i]);
            var heading = Heading.Parse(text);
            if (heading is null)
                continue;
            var previous = i > 0 ? document.TextOf(paragraphs[i - 1]) : null;
            var next = i + 1 < paragraphs.Count ? document.TextOf(paragraphs[i + 1]) : null;
            var form = paragraphs[i].Form;
            var f = new float[Count];
            f[0] = text.Length / 100f;
            f[1] = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / 10f;
            f[2] = Flag(form.HasFlag(ParagraphForm.SingleLine));
            f[3] = Flag(form.HasFlag(ParagraphForm.ApartAbove));
            f[4] = Flag(form.HasFlag(ParagraphForm.ApartBelow));
            f[5] = Flag(form.HasFlag(ParagraphForm.Larger));
            // An underlined line of a text file is emphasised as a bold one of a PDF.
            f[6] = Flag((form & (ParagraphForm.Bold | ParagraphForm.Underlined)) != 0);
            f[7 + (int)heading.Numbering] = 1; // 7 to 13
            f[14] = Flag(heading.IsAllCapitals);
            f[15] = Flag(text[^1] == '.');
            f[16] = Flag(text[^1] == ':');
            f[17] = Flag(text[^1] is ',' or ';');
            f[18] = Flag(char.IsLetterOrDigit(text[^1]) || text[^1] == ')');
            f[19] = Flag(char.IsUpper(heading.Text.FirstOrDefault(char.IsLetter)));
            f[20] = Flag(FrenchDate.FindFirst(text) is not null);
            f[21] = Flag(text.Contains("n°", StringComparison.OrdinalIgnoreCase));
            f[22] = Flag(known.Contains(i));
            f[23] = (next?.Length ?? 0) / 100f;
            f[24] = Flag(next is not null && next[^1] == '.');
            f[25] = Flag(next is not null && ListItem.StartsBlock(next));
            f[26] = Flag(previous is not null && previous[^1] is '.' or ':' or '!' or '?' or ';');
            f[27] = Flag(previous is not null && ListItem.StartsBlock(previous));
            f[28] = Flag(next is not null && heading.Numbering != HeadingNumbering.None && Heading.NumberingOf(next) == heading.Numbering);
            f[29] = Flag(previous is not null && heading.Numbering != HeadingNumbering.None && Heading.NumberingOf(previous) == heading.Numbering);
            f[30] = (float)i / paragraphs.Count;
            f[31] = Flag(i == 0);
            f[32] = Flag(candidates.Contains(i));
            f[33] = Flag(accepted.Contains(i));
            yield return (i, f);
        }
    }

    private static float Flag(bool value) => value ? 1f : 0f;
}
