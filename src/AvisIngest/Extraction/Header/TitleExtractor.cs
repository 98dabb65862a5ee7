using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>The subject line(s) "Concernant ..." of the header, already joined into one paragraph.</summary>
public sealed class TitleExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var header = context.ParagraphsOf(SectionKind.Header);
        var subject = header.FirstOrDefault(p =>
            p.StartsWith("Concernant", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Objet", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Relatif", StringComparison.OrdinalIgnoreCase)
            || p.StartsWith("Portant sur", StringComparison.OrdinalIgnoreCase));
        if (subject is not null)
        {
            record.Title = subject.TrimEnd(' ', ':');
            return;
        }
        var first = header.FirstOrDefault() ?? context.Document.Paragraphs.Select(context.Document.TextOf).FirstOrDefault() ?? "";
        record.Title = first;
        record.Warnings.Add("pas de ligne « Concernant … » : le titre est la première ligne du document");
    }
}
