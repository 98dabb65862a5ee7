using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Pipeline;

/// <summary>What happened to one file.</summary>
public enum ExtractionStatus
{
    Extracted,
    NotAnOpinion,
    Unreadable,
}

/// <summary>
/// The outcome for one file: a record and the normalised text its offsets refer to when extracted,
/// a French reason otherwise.
/// </summary>
public sealed record ExtractionResult(string Path, ExtractionStatus Status, OpinionRecord? Record, string? Reason)
{
    public NormalisedDocument? Document { get; init; }

    /// <summary>Why the document was or was not taken for an opinion (null when it could not be read).</summary>
    public Recognition.RecognitionVerdict? Verdict { get; init; }

    /// <summary>For a failure: the technical cause (exception type and message), for the report, not the screen.</summary>
    public string? Detail { get; init; }

    /// <summary>The text of a section of the record.</summary>
    public string TextOf(Section section) => Document!.Text[section.Start..section.End].TrimEnd();

    public static ExtractionResult Unreadable(string path, string reason) => new(path, ExtractionStatus.Unreadable, null, reason);
}
