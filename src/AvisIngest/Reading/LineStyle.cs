namespace AvisIngest.Reading;

/// <summary>
/// How a line is set on its page, where the format tells it (PDF): set in a larger size than the
/// document's body text, or in a bold face; in a text file, a line standing alone and underlined
/// by a rule of "=" or "-" on the next line (<see cref="Normalising.HorizontalRule"/>).
/// </summary>
[Flags]
public enum LineStyle : byte
{
    Plain = 0,
    Larger = 1,
    Bold = 2,
    Underlined = 4,
}
