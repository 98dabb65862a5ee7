using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Sections.Evaluation;

/// <summary>A heading a reader sees in a document, and the kind of the section it opens.</summary>
public sealed record LabelledHeading(string Heading, SectionKind Kind)
{
    /// <summary>Whether a paragraph or a section heading is this heading, whatever its spacing, apostrophes or closing colon.</summary>
    public bool Is(string? text) => text is not null && KeyOf(text) == KeyOf(Heading);

    public static string KeyOf(string text) =>
        string.Join(' ', TextFolding.Fold(text.Replace('’', '\'')).Split(' ', StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':', ' ');
}

/// <summary>
/// The labelled headings of documents (corpus/labels/headings.tsv: document, heading, kind): a
/// document's every paragraph that is not listed is not a heading.
/// </summary>
public static class HeadingLabels
{
    /// <summary>The labels by document path (relative to the labels file's corpus folder, made absolute).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<LabelledHeading>> Load(string tsvPath)
    {
        var corpus = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetFullPath(tsvPath)))!;
        var labels = new Dictionary<string, List<LabelledHeading>>();
        foreach (var (line, number) in File.ReadLines(tsvPath).Select((l, i) => (l, i + 1)).Skip(1))
        {
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 3 || !RecordCodes.TryParse<SectionKind>(fields[2], out var kind))
                throw new InvalidDataException($"{tsvPath}, ligne {number} : il faut les colonnes document, heading, kind (un type de section connu)");
            var document = Path.Combine(corpus, fields[0]);
            if (!labels.TryGetValue(document, out var list))
                labels[document] = list = [];
            list.Add(new LabelledHeading(fields[1], kind));
        }
        return labels.ToDictionary(l => l.Key, l => (IReadOnlyList<LabelledHeading>)l.Value);
    }
}
