namespace AvisIngest.Reading;

/// <summary>Reads one file format into raw lines.</summary>
public interface IDocumentReader
{
    /// <summary>Whether this reader handles the file (by its name or its first bytes).</summary>
    bool CanRead(string path, ReadOnlySpan<byte> head);

    /// <summary>Reads the file; throws <see cref="UnreadableDocumentException"/> with a French reason.</summary>
    SourceDocument Read(string path, byte[] content, ReadOptions options);

    /// <summary>
    /// Whether a read may run past the file's deadline (a library that cannot be cancelled, such as
    /// a PDF parser): it then runs on a thread of its own, abandoned at the deadline.
    /// </summary>
    bool MayOverrunDeadline => true;
}

/// <summary>Limits and secrets a reader may need.</summary>
public sealed record ReadOptions
{
    public static ReadOptions Default { get; } = new();

    /// <summary>Largest file read, in bytes (100 MB by default).</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Longest time one file may take before it is given up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Password for encrypted PDFs, if the user gave one.</summary>
    public string? Password { get; init; }

    /// <summary>When PDF pages are read by OCR: only those without text (default), all, or none.</summary>
    public OcrMode Ocr { get; init; } = OcrMode.Auto;
}

/// <summary>When to OCR a PDF's pages.</summary>
public enum OcrMode
{
    /// <summary>Only pages without a text layer.</summary>
    Auto,

    /// <summary>Every page with an image, even if it has text.</summary>
    Always,

    /// <summary>No OCR: a scan is reported as having no text layer.</summary>
    Never,
}
