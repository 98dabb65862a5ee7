namespace AvisIngest.Reading;

/// <summary>
/// How a line is set on its page, where the format tells it (PDF): set in a larger size than the
/// document's body text, or in a bold face. Plain text files have only <see cref="Plain"/> lines.
/// </summary>
[Flags]
public enum LineStyle : byte
{
    Plain = 0,
    Larger = 1,
    Bold = 2,
}
