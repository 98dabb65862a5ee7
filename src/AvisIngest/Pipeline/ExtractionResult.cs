using AvisIngest.Records;

namespace AvisIngest.Pipeline;

/// <summary>What happened to one file.</summary>
public enum ExtractionStatus
{
    Extracted,
    NotAnOpinion,
    Unreadable,
}

/// <summary>The outcome for one file: a record when extracted, a French reason otherwise.</summary>
public sealed record ExtractionResult(string Path, ExtractionStatus Status, OpinionRecord? Record, string? Reason)
{
    public static ExtractionResult Unreadable(string path, string reason) => new(path, ExtractionStatus.Unreadable, null, reason);
}
