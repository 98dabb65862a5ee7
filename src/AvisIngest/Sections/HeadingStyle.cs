namespace AvisIngest.Sections;

/// <summary>
/// The form that makes a paragraph a heading, from the highest level of a French document's
/// outline to the lowest: "Partie 1" above "I." above "A." above "1." above "1.1" above "a)",
/// then unnumbered headings in capitals, set larger or bolder (PDF), or plain lines set apart.
/// </summary>
public enum HeadingStyle
{
    Part,
    Roman,
    Letter,
    Arabic,
    Decimal,
    LowerLetter,
    Capitals,
    Emphasised,
    Plain,
}
