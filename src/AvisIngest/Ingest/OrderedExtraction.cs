using AvisIngest.Pipeline;

namespace AvisIngest.Ingest;

/// <summary>
/// Extracts files on several threads and gives their results in the order the files were given
/// (`avis extract a.pdf b.pdf`): read one after the other, a scan's last odd page left a core idle.
/// At most <paramref name="parallelism"/> files are read at once, and no more bytes of them than
/// <paramref name="maxBytesInFlight"/> (the import's memory bound, <see cref="IngestOptions.MaxBytesInFlight"/>);
/// a slow file does not hold the others back, up to four results per thread waiting behind it.
/// </summary>
public sealed class OrderedExtraction(OpinionPipeline pipeline, int parallelism, long maxBytesInFlight)
{
    public IEnumerable<(string Path, ExtractionResult Result)> Extract(IEnumerable<string> paths)
    {
        var threads = Math.Max(1, parallelism);
        using var running = new SemaphoreSlim(threads);
        var inFlight = new BytesInFlight(maxBytesInFlight);
        var window = new Queue<(string Path, Task<ExtractionResult> Result)>();
        try
        {
            foreach (var path in paths)
            {
                if (window.Count >= 4 * threads)
                {
                    var (done, result) = window.Dequeue();
                    yield return (done, result.GetAwaiter().GetResult());
                }
                // Threads of their own: the thread pool may be as busy as its cores (a server, a test run).
                window.Enqueue((path, Task.Factory.StartNew(() =>
                {
                    running.Wait();
                    var taken = inFlight.Take(SizeOf(path), CancellationToken.None);
                    try
                    {
                        return pipeline.Extract(path);
                    }
                    finally
                    {
                        inFlight.Give(taken);
                        running.Release();
                    }
                }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)));
            }
            while (window.Count > 0)
            {
                var (done, result) = window.Dequeue();
                yield return (done, result.GetAwaiter().GetResult());
            }
        }
        finally
        {
            // A caller that stops early still waits for the files under way (no thread left reading).
            foreach (var (_, result) in window)
                ((IAsyncResult)result).AsyncWaitHandle.WaitOne();
        }
    }

    private static long SizeOf(string path)
    {
        try
        {
            return File.Exists(path) ? new FileInfo(path).Length : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
