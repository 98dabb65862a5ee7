namespace AvisIngest.Reading.Ocr;

/// <summary>The text of a page image: lines (an empty line between paragraphs) and the mean word confidence, 0–100.</summary>
public sealed record OcrPage(IReadOnlyList<string> Lines, double MeanConfidence, int Words);

/// <summary>Reads the text of a page image.</summary>
public interface IPageOcr
{
    /// <summary>Whether the engine and its French data are installed.</summary>
    bool IsAvailable { get; }

    /// <summary>
    /// Throws <see cref="UnreadableDocumentException"/> with a French reason when the image cannot be
    /// read, <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires (the work is stopped).
    /// </summary>
    OcrPage Recognise(PageImage image, CancellationToken cancel);
}
