namespace AvisIngest.Normalising;

/// <summary>
/// The normalised text of a document: one paragraph (or list item, or heading) per line,
/// separated by '\n'. Section offsets refer to <see cref="Text"/>.
/// </summary>
public sealed class NormalisedDocument
{
    public NormalisedDocument(IReadOnlyList<JoinedParagraph> paragraphs)
    {
        // The text is made at its exact length in one copy: a growing builder doubles its buffer
        // and copies it again at the end, three times a large file's text at once.
        var list = new List<Paragraph>(paragraphs.Count);
        var length = 0;
        foreach (var (text, page, form) in paragraphs)
        {
            if (list.Count > 0)
                length++;
            list.Add(new Paragraph(length, text.Length, page, form));
            length += text.Length;
        }
        Text = string.Create(length, paragraphs, (span, items) =>
        {
            var at = 0;
            for (var i = 0; i < items.Count; i++)
            {
                var text = items[i].Text;
                if (i > 0)
                    span[at++] = '\n';
                text.AsSpan().CopyTo(span[at..]);
                at += text.Length;
            }
        });
        Paragraphs = list;
    }

    public string Text { get; }

    public IReadOnlyList<Paragraph> Paragraphs { get; }

    public string TextOf(Paragraph paragraph) => Text.Substring(paragraph.Start, paragraph.Length);
}

/// <summary>A paragraph's place in the normalised text, the page it starts on (null for text files) and its form in the source.</summary>
public readonly record struct Paragraph(int Start, int Length, int? Page, ParagraphForm Form = ParagraphForm.None)
{
    public int End => Start + Length;
}
