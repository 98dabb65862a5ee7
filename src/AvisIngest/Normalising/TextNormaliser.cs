using AvisIngest.Reading;

namespace AvisIngest.Normalising;

/// <summary>
/// Turns a source document's raw lines into the normalised text: every line goes through the
/// line normalisers in order (page numbers and running footers dropped, a layout conversion's
/// counter at a page's top or foot too), then lines are rejoined
/// into paragraphs. Page breaks are not paragraph breaks; a rule under a line underlines it
/// (<see cref="HorizontalRule"/>), and where indented lines open paragraphs they end the one above
/// (<see cref="ParagraphIndent"/>).
/// </summary>
public sealed class TextNormaliser(IReadOnlyList<ILineNormaliser> lineNormalisers, ParagraphJoiner joiner)
{
    public NormalisedDocument Normalise(SourceDocument document, CancellationToken cancel = default) =>
        new(Join(NormaliseLines(document, cancel)));

    /// <summary>The first step: each raw line cleaned, with its page.</summary>
    public List<CleanLine> NormaliseLines(SourceDocument document, CancellationToken cancel = default)
    {
        var lines = new List<CleanLine>();
        var paragraphIndent = ParagraphIndent.Of(document);
        // Page breaks add no blank line: a sentence often runs on to the next page.
        foreach (var page in document.Pages)
        {
            cancel.ThrowIfCancellationRequested();
            var (first, last) = WrittenLines(page);
            for (var i = 0; i < page.Lines.Count; i++)
            {
                if ((i == first || i == last) && PageFurniture.IsLayoutPageCounter(page.Lines[i]))
                    continue;
                if (HorizontalRule.IsRule(page.Lines[i]))
                {
                    HorizontalRule.Apply(lines, page.Number);
                    continue;
                }
                if (paragraphIndent?.Opens(page.Lines[i]) == true)
                    ParagraphIndent.Apply(lines, page.Number);
                var line = NormaliseLine(page.Lines[i]);
                if (!PageFurniture.IsPageFurniture(line))
                    lines.Add(new CleanLine(line, page.Number, page.StyleOf(i)));
            }
        }
        return lines;
    }

    // The page's first and last lines that are not blank (-1 when it has none).
    private static (int First, int Last) WrittenLines(SourcePage page)
    {
        var first = 0;
        while (first < page.Lines.Count && string.IsNullOrWhiteSpace(page.Lines[first]))
            first++;
        var last = page.Lines.Count - 1;
        while (last >= 0 && string.IsNullOrWhiteSpace(page.Lines[last]))
            last--;
        return first < page.Lines.Count ? (first, last) : (-1, -1);
    }

    /// <summary>
    /// The second step: clean lines rejoined into paragraphs (the list of lines is emptied as it is
    /// read); a <see cref="NormalisedDocument"/> made of them is the normalised text.
    /// </summary>
    public IReadOnlyList<JoinedParagraph> Join(List<CleanLine> lines) => joiner.Join(lines);

    public string NormaliseLine(string line)
    {
        foreach (var normaliser in lineNormalisers)
            line = normaliser.Normalise(line);
        return line;
    }
}
