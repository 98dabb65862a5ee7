namespace AvisIngest.Ingest;

/// <summary>
/// A budget of bytes shared by the import's workers: a worker takes its file's size before parsing
/// it and gives it back after. A file larger than the whole budget takes all of it, so it waits for
/// the others and then runs alone; memory is bounded by the budget (or the largest file), not by
/// the number of cores.
/// </summary>
internal sealed class BytesInFlight(long budget)
{
    private readonly object gate = new();
    private long used;

    /// <summary>Waits until <paramref name="bytes"/> fit; returns what was taken, for <see cref="Give"/>.</summary>
    public long Take(long bytes, CancellationToken cancel)
    {
        var wanted = Math.Clamp(bytes, 0, budget);
        lock (gate)
        {
            using var wake = cancel.Register(() => { lock (gate) Monitor.PulseAll(gate); });
            while (used + wanted > budget && used > 0)
            {
                cancel.ThrowIfCancellationRequested();
                Monitor.Wait(gate);
            }
            cancel.ThrowIfCancellationRequested();
            used += wanted;
            return wanted;
        }
    }

    public void Give(long taken)
    {
        lock (gate)
        {
            used -= taken;
            Monitor.PulseAll(gate);
        }
    }

    /// <summary>Bytes taken now (for tests).</summary>
    public long Used
    {
        get
        {
            lock (gate)
                return used;
        }
    }
}
