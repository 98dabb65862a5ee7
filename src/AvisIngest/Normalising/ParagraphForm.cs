using AvisIngest.Reading;

namespace AvisIngest.Normalising;

/// <summary>
/// How a paragraph stood in the source: one line or several, set apart from its neighbours by a
/// blank line (or the start or end of the document), and, in a PDF, set larger or
/// bolder than the body, or, in a text file, underlined by a rule. Headings are found from these marks, not from their wording.
/// </summary>
[Flags]
public enum ParagraphForm : byte
{
    None = 0,
    SingleLine = 1,
    ApartAbove = 2,
    ApartBelow = 4,
    Larger = 8,
    Bold = 16,
    Underlined = 32,
}

/// <summary>A clean line in reading order: its text (empty for a blank line), its page and its style.</summary>
public readonly record struct CleanLine(string Text, int? Page, LineStyle Style = LineStyle.Plain);

/// <summary>A paragraph as the joiner made it, with its page and form.</summary>
public readonly record struct JoinedParagraph(string Text, int? Page, ParagraphForm Form = ParagraphForm.None);
