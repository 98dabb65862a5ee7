using AvisIngest.Records;

namespace AvisIngest.Extraction.Opinion;

/// <summary>Where the committee's decision is read: the opinion section, or the whole text when there is none.</summary>
internal static class OpinionScope
{
    public static IReadOnlyList<string> Paragraphs(ExtractionContext context) =>
        context.Has(SectionKind.Opinion)
            ? context.ParagraphsOf(SectionKind.Opinion)
            : context.Document.Paragraphs.Select(context.Document.TextOf).ToList();
}
