using AvisIngest.Records;

namespace AvisIngest.Sections;

/// <summary>Recognises the section kind of a heading, or returns null when it does not know it.</summary>
public interface IHeadingRule
{
    SectionKind? Match(Heading heading);
}
