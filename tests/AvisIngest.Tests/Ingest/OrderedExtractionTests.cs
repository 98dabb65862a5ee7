using AvisIngest.Ingest;
using AvisIngest.Pipeline;
using AvisIngest.Reading;

namespace AvisIngest.Tests.Ingest;

/// <summary>`avis extract` of several files: read side by side, given back in the order given.</summary>
public class OrderedExtractionTests
{
    [Fact]
    public void Results_come_in_the_order_given_though_a_slow_first_file_ends_last_and_at_most_two_are_read_at_once()
    {
        using var folder = TestFiles.NewTempFolder();
        var paths = new[] { "lent.txt", "a.txt", "b.txt", "c.txt", "d.txt" }.Select(name => folder.File(name)).ToList();
        foreach (var path in paths)
            File.WriteAllText(path, "texte");
        var reader = new CountingReader();
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Readers.Insert(0, reader);

        var results = new OrderedExtraction(builder.Build(), parallelism: 2, maxBytesInFlight: 1024).Extract(paths).ToList();

        Assert.Equal(paths, results.Select(r => r.Path));
        Assert.All(results, r => Assert.Equal(ExtractionStatus.Unreadable, r.Result.Status));
        Assert.Equal("lent.txt", reader.Finished.Last(), StringComparer.Ordinal);
        Assert.Equal(2, reader.MostAtOnce);
    }

    [Fact]
    public void Files_larger_than_half_the_byte_budget_are_read_one_at_a_time()
    {
        using var folder = TestFiles.NewTempFolder();
        var paths = new[] { "a.txt", "b.txt", "c.txt" }.Select(name => folder.File(name)).ToList();
        foreach (var path in paths)
            File.WriteAllText(path, new string('x', 600));
        var reader = new CountingReader();
        var builder = OpinionPipelineBuilder.CreateDefault();
        builder.Readers.Insert(0, reader);

        var results = new OrderedExtraction(builder.Build(), parallelism: 2, maxBytesInFlight: 1000).Extract(paths).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(1, reader.MostAtOnce);
    }

    /// <summary>Counts the files read at once; a file named "lent" takes longer than the others together.</summary>
    private sealed class CountingReader : IDocumentReader
    {
        private int reading;
        private int most;

        public int MostAtOnce => Volatile.Read(ref most);

        public System.Collections.Concurrent.ConcurrentQueue<string> Finished { get; } = new();

        public bool MayOverrunDeadline => false;

        public bool CanRead(string path, ReadOnlySpan<byte> head) => true;

        public SourceDocument Read(string path, byte[] content, ReadOptions options)
        {
            var now = Interlocked.Increment(ref reading);
            int seen;
            while (now > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, now, seen) != seen)
            {
            }
            Thread.Sleep(Path.GetFileName(path) == "lent.txt" ? 600 : 100);
            Interlocked.Decrement(ref reading);
            Finished.Enqueue(Path.GetFileName(path));
            throw new UnreadableDocumentException("lu pour le test");
        }
    }
}
