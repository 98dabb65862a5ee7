using AvisIngest.Reading;

namespace AvisIngest.Normalising;

/// <summary>
/// Turns a source document's raw lines into the normalised text: every line goes through the
/// line normalisers in order, then lines are rejoined into paragraphs. Page breaks are not paragraph breaks.
/// </summary>
public sealed class TextNormaliser(IReadOnlyList<ILineNormaliser> lineNormalisers, ParagraphJoiner joiner)
{
    public NormalisedDocument Normalise(SourceDocument document, CancellationToken cancel = default) =>
        Join(NormaliseLines(document, cancel));

    /// <summary>The first step: each raw line cleaned, with its page.</summary>
    public List<(string Text, int? Page)> NormaliseLines(SourceDocument document, CancellationToken cancel = default)
    {
        var lines = new List<(string, int?)>();
        // Page breaks add no blank line: a sentence often runs on to the next page.
        foreach (var page in document.Pages)
        {
            cancel.ThrowIfCancellationRequested();
            foreach (var raw in page.Lines)
                lines.Add((NormaliseLine(raw), page.Number));
        }
        return lines;
    }

    /// <summary>The second step: clean lines rejoined into paragraphs, the normalised text.</summary>
    public NormalisedDocument Join(List<(string Text, int? Page)> lines) => new(joiner.Join(lines));

    public string NormaliseLine(string line)
    {
        foreach (var normaliser in lineNormalisers)
            line = normaliser.Normalise(line);
        return line;
    }
}
