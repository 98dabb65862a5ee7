using AvisIngest.Normalising;
using AvisIngest.Records;
using AvisIngest.Sections.Classification;

namespace AvisIngest.Sections.Evaluation;

/// <summary>The section-text classifier's training data: the labelled documents' sections, cut as the pipeline cuts them.</summary>
public static class SectionTextExamples
{
    /// <summary>Each section of an extracted document whose heading is labelled: the label's kind and the section's text.</summary>
    public static IEnumerable<SectionExample> Of(OpinionRecord record, NormalisedDocument document, IReadOnlyList<LabelledHeading> labels) =>
        from section in record.Sections
        let label = labels.FirstOrDefault(l => l.Is(section.Heading))
        where label is not null
        select new SectionExample { Kind = RecordCodes.Of(label.Kind), Text = SectionExample.BodyTextOf(document.Text[section.Start..section.End]) };
}
