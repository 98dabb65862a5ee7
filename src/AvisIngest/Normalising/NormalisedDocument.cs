namespace AvisIngest.Normalising;

/// <summary>
/// The normalised text of a document: one paragraph (or list item, or heading) per line,
/// separated by '\n'. Section offsets refer to <see cref="Text"/>.
/// </summary>
public sealed class NormalisedDocument
{
    public NormalisedDocument(IReadOnlyList<(string Text, int? Page)> paragraphs)
    {
        var builder = new System.Text.StringBuilder();
        var list = new List<Paragraph>(paragraphs.Count);
        foreach (var (text, page) in paragraphs)
        {
            if (builder.Length > 0)
                builder.Append('\n');
            list.Add(new Paragraph(builder.Length, text.Length, page));
            builder.Append(text);
        }
        Text = builder.ToString();
        Paragraphs = list;
    }

    public string Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public string TextOf(Paragraph paragraph) => Text.Substring(paragraph.Start, paragraph.Length);
}

/// <summary>A paragraph's place in the normalised text and the page it starts on (null for text files).</summary>
public readonly record struct Paragraph(int Start, int Length, int? Page)
{
    public int End => Start + Length;
}
