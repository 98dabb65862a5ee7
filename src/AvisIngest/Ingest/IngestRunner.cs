using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using AvisIngest.Indexing;
using AvisIngest.Normalising;
using AvisIngest.Pipeline;
using Lucene.Net.Index;

namespace AvisIngest.Ingest;

/// <summary>Options of <see cref="IngestRunner"/>.</summary>
public sealed record IngestOptions
{
    /// <summary>Files parsed at once; the writer is always one.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Commit after this many written opinions...</summary>
    public int CommitEvery { get; init; } = 500;

    /// <summary>...or after this long, whichever comes first: an interrupted import loses at most this much.</summary>
    public TimeSpan CommitInterval { get; init; } = TimeSpan.FromSeconds(2);
}

/// <summary>
/// Imports files into the index: parsing and analysis in parallel, through one thread-safe
/// <see cref="IndexWriter"/>, committing in batches. An opinion is known by its id and its content
/// hash, so importing the same files again changes nothing, a changed file replaces its record, and
/// an opinion found in several files is stored once (<see cref="SourcePreference"/>): the decision
/// and the write for one id are made under that id's lock, so files of the same opinion never race.
/// A file whose path, size and modification time are those already indexed is not even parsed again.
/// </summary>
public sealed class IngestRunner(OpinionPipeline pipeline, OpinionIndex index, IngestOptions options)
{
    public IngestSummary Run(IReadOnlyList<string> files, IIngestProgress progress, Action<IngestFileResult>? report = null, CancellationToken cancel = default)
    {
        using var session = index.OpenWriter();
        var writer = session.Writer;
        Dictionary<string, IndexedSource> known;
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
            known = OpinionIndex.Catalogue(reader);
        var state = new ImportState(writer, new ConcurrentDictionary<string, IndexedSource>(known, StringComparer.Ordinal));
        var byPath = known.Values.ToDictionary(s => s.Path, StringComparer.Ordinal);

        var summary = new IngestSummary();
        var done = Channel.CreateBounded<IngestFileResult>(new BoundedChannelOptions(256) { SingleReader = true });
        var workers = Task.Run(() => Process(files, byPath, state, done.Writer, cancel), CancellationToken.None);

        progress.Started(files.Count);
        var count = 0;
        var sinceCommit = Stopwatch.StartNew();
        foreach (var result in done.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
        {
            summary.Add(result);
            report?.Invoke(result);
            progress.FileDone(result, ++count, files.Count);
            var pending = Volatile.Read(ref state.Pending);
            if (pending >= options.CommitEvery || (pending > 0 && sinceCommit.Elapsed >= options.CommitInterval))
                Commit(state, sinceCommit);
        }
        workers.GetAwaiter().GetResult();
        Commit(state, sinceCommit);
        summary.Interrupted = cancel.IsCancellationRequested && count < files.Count;
        progress.Finished();
        return summary;
    }

    private sealed class ImportState(IndexWriter writer, ConcurrentDictionary<string, IndexedSource> catalogue)
    {
        private readonly object[] locks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

        public IndexWriter Writer => writer;

        public ConcurrentDictionary<string, IndexedSource> Catalogue => catalogue;

        /// <summary>Opinions written since the last commit.</summary>
        public int Pending;

        public object LockFor(string id) => locks[(uint)StringComparer.Ordinal.GetHashCode(id) % locks.Length];
    }

    private static void Commit(ImportState state, Stopwatch sinceCommit)
    {
        // Opinions written while the commit runs go into the next one.
        Interlocked.Exchange(ref state.Pending, 0);
        state.Writer.Commit();
        sinceCommit.Restart();
    }

    private async Task Process(IReadOnlyList<string> files, IReadOnlyDictionary<string, IndexedSource> byPath, ImportState state, ChannelWriter<IngestFileResult> output, CancellationToken cancel)
    {
        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancel }, async (path, token) =>
            {
                var file = new FileInfo(path);
                var result = byPath.TryGetValue(path, out var indexed) && file.Exists && indexed.Size == file.Length && indexed.ModifiedTicks == file.LastWriteTimeUtc.Ticks
                    ? new IngestFileResult(path, IngestOutcome.Unchanged, indexed.Id, null)
                    : Import(path, file, pipeline.Extract(path), state);
                await output.WriteAsync(result, token);
            });
        }
        catch (OperationCanceledException)
        {
            // Interrupted: what was written is committed by the caller.
        }
        finally
        {
            output.Complete();
        }
    }

    private static IngestFileResult Import(string path, FileInfo file, ExtractionResult result, ImportState state)
    {
        switch (result.Status)
        {
            case ExtractionStatus.NotAnOpinion:
                return new IngestFileResult(path, IngestOutcome.NotAnOpinion, null, result.Reason);
            case ExtractionStatus.Unreadable:
                return new IngestFileResult(path, IngestOutcome.Failed, null, result.Reason);
        }

        var record = result.Record!;
        var ocrPages = record.Source.OcrPages.Count;
        var candidate = new IndexedSource(record.Id, ContentHash.Of(result.Document!), path, record.Source.Format,
            file.LastWriteTimeUtc.Ticks, file.Length, record.Source.OcrPages.Count > 0);
        var documents = OpinionDocuments.Create(record, result.Document!, candidate);
        lock (state.LockFor(record.Id))
        {
            IngestFileResult outcome;
            if (!state.Catalogue.TryGetValue(record.Id, out var kept))
            {
                outcome = new IngestFileResult(path, IngestOutcome.Imported, record.Id, null, ocrPages);
            }
            else if (kept.Path == candidate.Path)
            {
                outcome = kept.ContentHash == candidate.ContentHash
                    ? new IngestFileResult(path, IngestOutcome.Unchanged, record.Id, null, ocrPages)
                    : new IngestFileResult(path, IngestOutcome.Updated, record.Id, "fichier modifié depuis le dernier import", ocrPages);
            }
            else
            {
                var (replaces, why) = SourcePreference.Compare(kept, candidate);
                if (!replaces)
                    return new IngestFileResult(path, IngestOutcome.Unchanged, record.Id, $"même avis que {kept.Path} ; {why}", ocrPages);
                outcome = new IngestFileResult(path, IngestOutcome.Updated, record.Id, $"remplace {kept.Path} ; {why}", ocrPages);
            }

            // Unchanged content at the same path is rewritten too, so that its new date lets the next import skip it unread.
            state.Writer.UpdateDocuments(new Term(IndexFields.Id, record.Id), documents);
            state.Catalogue[record.Id] = candidate;
            Interlocked.Increment(ref state.Pending);
            return outcome;
        }
    }
}
