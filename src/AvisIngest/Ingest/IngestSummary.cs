namespace AvisIngest.Ingest;

/// <summary>The totals of an import, and every file that failed with its reason.</summary>
public sealed class IngestSummary
{
    private readonly Dictionary<IngestOutcome, int> counts = Enum.GetValues<IngestOutcome>().ToDictionary(o => o, _ => 0);

    public List<IngestFileResult> Failures { get; } = [];

    /// <summary>Files read and told apart as not opinions (minutes, agendas, press…), with why.</summary>
    public List<IngestFileResult> NotOpinions { get; } = [];

    public bool Interrupted { get; set; }

    /// <summary>Why the import stopped before its end when the index could not be written (disk full), in French.</summary>
    public string? StoppedBy { get; set; }

    /// <summary>Files parsed and written, but lost with the commit the failure prevented: the next import takes them.</summary>
    public int Uncommitted { get; private set; }

    public int Count(IngestOutcome outcome) => counts[outcome];

    public int Total => counts.Values.Sum();

    /// <summary>Records of the index whose source file no longer exists (moved elsewhere or deleted): `avis prune` removes them.</summary>
    public int VanishedSources { get; set; }

    /// <summary>Pages read by OCR in this import.</summary>
    public int OcrPages { get; private set; }

    /// <summary>Takes back a counted file whose write the failed commit lost.</summary>
    public void NotCommitted(IngestFileResult result)
    {
        counts[result.Outcome]--;
        NotOpinions.Remove(result);
        Uncommitted++;
    }

    public void Add(IngestFileResult result)
    {
        counts[result.Outcome]++;
        OcrPages += result.OcrPages;
        if (result.Outcome == IngestOutcome.Failed)
            Failures.Add(result);
        else if (result.Outcome == IngestOutcome.NotAnOpinion)
            NotOpinions.Add(result);
    }
}
