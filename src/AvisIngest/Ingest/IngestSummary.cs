namespace AvisIngest.Ingest;

/// <summary>The totals of an import, and every file that failed with its reason.</summary>
public sealed class IngestSummary
{
    private readonly Dictionary<IngestOutcome, int> counts = Enum.GetValues<IngestOutcome>().ToDictionary(o => o, _ => 0);

    public List<IngestFileResult> Failures { get; } = [];

    public bool Interrupted { get; set; }

    public int Count(IngestOutcome outcome) => counts[outcome];

    public int Total => counts.Values.Sum();

    /// <summary>Pages read by OCR in this import.</summary>
    public int OcrPages { get; private set; }

    public void Add(IngestFileResult result)
    {
        counts[result.Outcome]++;
        OcrPages += result.OcrPages;
        if (result.Outcome == IngestOutcome.Failed)
            Failures.Add(result);
    }
}
