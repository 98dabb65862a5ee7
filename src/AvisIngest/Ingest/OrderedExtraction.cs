using System.Collections.Concurrent;
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
        var inFlight = new BytesInFlight(maxBytesInFlight);
        using var work = new BlockingCollection<(string Path, TaskCompletionSource<ExtractionResult> Result)>();
        // Threads of their own, started once: the thread pool may be as busy as its cores (a server,
        // a test run), and a thread started per file cost 8 % of extracting 3,000 texts.
        var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() => Work(work, inFlight)) { IsBackground = true }).ToList();
        workers.ForEach(w => w.Start());
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
                var item = (path, new TaskCompletionSource<ExtractionResult>(TaskCreationOptions.RunContinuationsAsynchronously));
                work.Add(item);
                window.Enqueue((path, item.Item2.Task));
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
            work.CompleteAdding();
            workers.ForEach(w => w.Join());
        }
    }

    private void Work(BlockingCollection<(string Path, TaskCompletionSource<ExtractionResult> Result)> work, BytesInFlight inFlight)
    {
        foreach (var (path, result) in work.GetConsumingEnumerable())
        {
            var taken = inFlight.Take(SizeOf(path), CancellationToken.None);
            try
            {
                result.SetResult(pipeline.Extract(path));
            }
            catch (Exception e)
            {
                result.SetException(e);
            }
            finally
            {
                inFlight.Give(taken);
            }
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
