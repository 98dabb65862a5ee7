namespace AvisIngest.Reading;

/// <summary>The file cannot be read as a document; <see cref="Exception.Message"/> is a one-line French reason.</summary>
public sealed class UnreadableDocumentException(string frenchReason, Exception? inner = null)
    : Exception(frenchReason, inner);
