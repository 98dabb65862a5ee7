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

    /// <summary>
    /// Bytes of files being parsed at once: a file takes its size of this budget (a larger one, all
    /// of it, and runs alone), so that a few large files in parallel cannot multiply the peak memory.
    /// </summary>
    public long MaxBytesInFlight { get; init; } = 64L * 1024 * 1024;
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
    /// <param name="report">Told each file's outcome once the commit that holds it is done: a line
    /// never says "imported" for a file that a crash or kill -9 kept out of the index.</param>
    public IngestSummary Run(IReadOnlyList<string> files, IIngestProgress progress, Action<IngestFileResult>? report = null, CancellationToken cancel = default)
    {
        using var session = index.OpenWriter();
        var writer = session.Writer;
        Dictionary<string, IndexedSource> known;
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
            known = OpinionIndex.Catalogue(reader);
        var byPath = known.Values.ToDictionary(s => s.Path, StringComparer.Ordinal);
        var scans = new ScanReuse(known.Values, pipeline.ExtractionVersion, index.DirectoryPath);
        var state = new ImportState(writer, new ConcurrentDictionary<string, IndexedSource>(known, StringComparer.Ordinal), scans);

        var summary = new IngestSummary();
        // A write that fails (disk full) stops the workers too.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var done = Channel.CreateBounded<IngestFileResult>(new BoundedChannelOptions(256) { SingleReader = true });
        var workers = Task.Run(() => Process(files, byPath, scans, state, done.Writer, stop.Token), CancellationToken.None);

        progress.Started(files.Count);
        var count = 0;
        var sinceCommit = Stopwatch.StartNew();
        var uncommitted = new List<IngestFileResult>();
        try
        {
            foreach (var result in done.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
            {
                summary.Add(result);
                uncommitted.Add(result);
                progress.FileDone(result, ++count, files.Count);
                var pending = Volatile.Read(ref state.Pending);
                if (pending >= options.CommitEvery || (pending > 0 && sinceCommit.Elapsed >= options.CommitInterval))
                    Commit(state, sinceCommit, uncommitted, report);
            }
            workers.GetAwaiter().GetResult();
            Commit(state, sinceCommit, uncommitted, report);
            summary.VanishedSources = state.Catalogue.Values.Count(s => !File.Exists(s.Path));
        }
        catch (IndexWriteException e)
        {
            stop.Cancel();
            DrainQuietly(done.Reader, workers);
            // Back to the last commit: what it holds stays readable, the rest is imported again next time.
            try
            {
                writer.Rollback();
            }
            catch (Exception rollback) when (IndexWriteException.IsInputOutput(rollback))
            {
                // The last commit is on disk whatever the rollback could not clean.
            }
            summary.StoppedBy = e.Message;
            foreach (var result in uncommitted.Where(r => r.Outcome is IngestOutcome.Imported or IngestOutcome.Updated))
                summary.NotCommitted(result);
        }
        summary.Interrupted = summary.StoppedBy is not null || (cancel.IsCancellationRequested && count < files.Count);
        progress.Finished();
        return summary;
    }

    private static void DrainQuietly(ChannelReader<IngestFileResult> done, Task workers)
    {
        while (done.TryRead(out _))
        {
        }
        try
        {
            workers.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // The same failure, met by other workers.
        }
    }

    private sealed class ImportState(IndexWriter writer, ConcurrentDictionary<string, IndexedSource> catalogue, ScanReuse scans)
    {
        public ScanReuse Scans => scans;

        private readonly object[] locks = Enumerable.Range(0, 64).Select(_ => new object()).ToArray();

        public IndexWriter Writer => writer;

        public ConcurrentDictionary<string, IndexedSource> Catalogue => catalogue;

        /// <summary>Opinions written since the last commit.</summary>
        public int Pending;

        /// <summary>
        /// The first write that failed. Lucene then drops the documents that thread had buffered,
        /// some of them already reported written: no commit may follow, or it would make them look saved.
        /// </summary>
        public IndexWriteException? Failure;

        public void Write(Action write)
        {
            try
            {
                IndexWriteException.Guard(write);
            }
            catch (IndexWriteException e)
            {
                Interlocked.CompareExchange(ref Failure, e, null);
                throw;
            }
        }

        public object LockFor(string id) => locks[(uint)StringComparer.Ordinal.GetHashCode(id) % locks.Length];
    }

    private static void Commit(ImportState state, Stopwatch sinceCommit, List<IngestFileResult> uncommitted, Action<IngestFileResult>? report)
    {
        // Opinions written while the commit runs go into the next one.
        Interlocked.Exchange(ref state.Pending, 0);
        if (Volatile.Read(ref state.Failure) is { } failed)
            throw failed;
        state.Write(state.Writer.Commit);
        state.Scans.Flush();
        sinceCommit.Restart();
        foreach (var result in uncommitted)
            report?.Invoke(result);
        uncommitted.Clear();
    }

    private async Task Process(IReadOnlyList<string> files, IReadOnlyDictionary<string, IndexedSource> byPath, ScanReuse scans, ImportState state, ChannelWriter<IngestFileResult> output, CancellationToken cancel)
    {
        var inFlight = new BytesInFlight(options.MaxBytesInFlight);
        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancel }, async (path, token) =>
            {
                var file = new FileInfo(path);
                IngestFileResult result;
                if (byPath.TryGetValue(path, out var indexed) && file.Exists && indexed.Size == file.Length && indexed.ModifiedTicks == file.LastWriteTimeUtc.Ticks
                    && indexed.Extraction == pipeline.ExtractionVersion)
                {
                    result = new IngestFileResult(path, IngestOutcome.Unchanged, indexed.Id, null);
                }
                else if (file.Exists && scans.Match(file) is { } scan && Reuse(path, file, scan, state) is { } reused)
                {
                    result = reused;
                }
                else
                {
                    var taken = inFlight.Take(file.Exists ? file.Length : 0, token);
                    try
                    {
                        result = Import(path, file, pipeline.Extract(path, token), pipeline.ExtractionVersion, state, byPath.GetValueOrDefault(path));
                    }
                    finally
                    {
                        inFlight.Give(taken);
                    }
                }
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

    // A file with the bytes of an imported scan: never read by OCR again. At the same path it is
    // unchanged; beside its source, a duplicate; in place of a source gone, that source moved, its
    // record rewritten with the new path from what the index holds.
    // A scan seen only as a duplicate stays one while the file it duplicated is there; else it is read.
    private static IngestFileResult? Reuse(string path, FileInfo file, IndexedSource scan, ImportState state)
    {
        lock (state.LockFor(scan.Id))
        {
            if (scan.Path.Length == 0)
            {
                return state.Catalogue.GetValueOrDefault(scan.Id) is { } source && source.Path != path && File.Exists(source.Path)
                    ? new IngestFileResult(path, IngestOutcome.Duplicate, scan.Id, $"même avis que {source.Path} ; scan déjà lu : non relu")
                    : null;
            }
            var kept = state.Catalogue.GetValueOrDefault(scan.Id) ?? scan;
            if (kept.Path == path)
                return new IngestFileResult(path, IngestOutcome.Unchanged, kept.Id, "fichier identique au scan déjà importé : non relu");
            if (File.Exists(kept.Path))
                return new IngestFileResult(path, IngestOutcome.Duplicate, kept.Id, $"même fichier que {kept.Path} : non relu");
            var moved = kept with { Path = path, ModifiedTicks = file.LastWriteTimeUtc.Ticks, Size = file.Length };
            IReadOnlyList<Lucene.Net.Documents.Document> documents;
            using (var reader = DirectoryReader.Open(state.Writer, applyAllDeletes: true))
            {
                var record = OpinionIndex.FindRecord(reader, kept.Id)!;
                var texts = OpinionIndex.SectionTexts(reader, kept.Id);
                record.Source.Path = path;
                documents = OpinionDocuments.Create(record, section => texts[record.Sections.IndexOf(section)].Text, moved);
            }
            state.Write(() => state.Writer.UpdateDocuments(new Term(IndexFields.Id, kept.Id), documents));
            state.Catalogue[kept.Id] = moved;
            Interlocked.Increment(ref state.Pending);
            return new IngestFileResult(path, IngestOutcome.Updated, kept.Id, $"fichier déplacé ou renommé : {kept.Path} n'existe plus ; scan non relu");
        }
    }

    /// <param name="previousAtPath">What the index held from this path before the import, if anything.</param>
    private static IngestFileResult Import(string path, FileInfo file, ExtractionResult result, string extractionVersion, ImportState state, IndexedSource? previousAtPath)
    {
        switch (result.Status)
        {
            case ExtractionStatus.NotAnOpinion:
                return new IngestFileResult(path, IngestOutcome.NotAnOpinion, null, result.Reason);
            case ExtractionStatus.Unreadable:
                return new IngestFileResult(path, IngestOutcome.Failed, null, result.Reason) { Detail = result.Detail };
        }

        var record = result.Record!;
        var ocrPages = record.Source.OcrPages.Count;
        var candidate = new IndexedSource(record.Id, ContentHash.Of(result.Document!), path, record.Source.Format,
            file.LastWriteTimeUtc.Ticks, file.Length, record.Source.OcrPages.Count > 0, extractionVersion)
        {
            FileHash = ocrPages > 0 ? ScanReuse.HashOf(path) : null,
        };
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
                outcome = kept.ContentHash != candidate.ContentHash
                    ? new IngestFileResult(path, IngestOutcome.Updated, record.Id, "fichier modifié depuis le dernier import", ocrPages)
                    : kept.Extraction != candidate.Extraction
                        ? new IngestFileResult(path, IngestOutcome.Updated, record.Id, "relu : la lecture des avis a changé depuis le dernier import", ocrPages)
                        : new IngestFileResult(path, IngestOutcome.Unchanged, record.Id, null, ocrPages);
            }
            else if (!File.Exists(kept.Path))
            {
                // The file it came from is gone: this one is the same opinion moved or renamed.
                outcome = new IngestFileResult(path, IngestOutcome.Updated, record.Id, $"fichier déplacé ou renommé : {kept.Path} n'existe plus", ocrPages);
            }
            else
            {
                // Either way a duplicate: the opinion is stored once, from the preferred file.
                var (replaces, why) = SourcePreference.Compare(kept, candidate);
                // The scan that is not the source is remembered, so that it is never read by OCR again.
                var duplicateScan = replaces ? kept : candidate;
                if (duplicateScan.FileHash is { } scanHash)
                    state.Scans.Seen(scanHash, duplicateScan.Size, record.Id);
                if (!replaces)
                    return new IngestFileResult(path, IngestOutcome.Duplicate, record.Id, $"même avis que {kept.Path} ; {why}", ocrPages);
                outcome = new IngestFileResult(path, IngestOutcome.Duplicate, record.Id, $"même avis que {kept.Path}, remplacé comme source ; {why}", ocrPages);
            }

            // Unchanged content at the same path is rewritten too, so that its new date lets the next import skip it unread.
            state.Write(() => state.Writer.UpdateDocuments(new Term(IndexFields.Id, record.Id), documents));
            state.Catalogue[record.Id] = candidate;
            Interlocked.Increment(ref state.Pending);
            if (previousAtPath is null || previousAtPath.Id == record.Id)
                return outcome;
        }
        // The file now gives another number: the record it gave before goes (under its own id's
        // lock, and only if that record still comes from this file).
        lock (state.LockFor(previousAtPath.Id))
        {
            if (state.Catalogue.TryGetValue(previousAtPath.Id, out var old) && old.Path == path)
            {
                state.Write(() => state.Writer.DeleteDocuments(new Term(IndexFields.Id, previousAtPath.Id)));
                state.Catalogue.TryRemove(previousAtPath.Id, out _);
            }
        }
        return new IngestFileResult(path, IngestOutcome.Updated, record.Id, $"renuméroté : remplace l'avis {previousAtPath.Id} issu de ce fichier", ocrPages);
    }
}
