using AvisIngest.Reading;

namespace AvisIngest.Normalising;

/// <summary>
/// Turns a source document's raw lines into the normalised text: every line goes through the
/// line normalisers in order, then lines are rejoined into paragraphs. Page breaks are not paragraph breaks.
/// </summary>
public sealed class TextNormaliser(IReadOnlyList<ILineNormaliser> lineNormalisers, ParagraphJoiner joiner)
{
    public NormalisedDocument Normalise(SourceDocument document)
    {
        var lines = new List<(string, int?)>();
        // Page breaks add no blank line: a sentence often runs on to the next page.
        foreach (var page in document.Pages)
        {
            foreach (var raw in page.Lines)
                lines.Add((NormaliseLine(raw), page.Number));
        }
        return new NormalisedDocument(joiner.Join(lines));
    }

    public string NormaliseLine(string line)
    {
        foreach (var normaliser in lineNormalisers)
            line = normaliser.Normalise(line);
        return line;
    }
}
