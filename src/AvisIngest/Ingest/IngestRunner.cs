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
/// Imports files into the index: parsing in parallel, writing through one <see cref="IndexWriter"/>,
/// committing in batches. An opinion is known by its id and its content hash, so importing the same
/// files again changes nothing, a changed file replaces its record, and an opinion found in several
/// files is stored once (<see cref="SourcePreference"/>). A file whose path, size and modification
/// time are those already indexed is not even parsed again.
/// </summary>
public sealed class IngestRunner(OpinionPipeline pipeline, OpinionIndex index, IngestOptions options)
{
    public IngestSummary Run(IReadOnlyList<string> files, IIngestProgress progress, Action<IngestFileResult>? report = null, CancellationToken cancel = default)
    {
        using var writer = index.OpenWriter();
        Dictionary<string, IndexedSource> catalogue;
        using (var reader = DirectoryReader.Open(writer, applyAllDeletes: true))
            catalogue = OpinionIndex.Catalogue(reader);
        var byPath = catalogue.Values.ToDictionary(s => s.Path, StringComparer.Ordinal);

        var summary = new IngestSummary();
        var parsed = Channel.CreateBounded<Parsed>(new BoundedChannelOptions(64) { SingleReader = true });
        var producer = Task.Run(() => Parse(files, byPath, parsed.Writer, cancel), CancellationToken.None);

        progress.Started(files.Count);
        var pending = 0;
        var sinceCommit = Stopwatch.StartNew();
        var done = 0;
        foreach (var item in parsed.Reader.ReadAllAsync(CancellationToken.None).ToBlockingEnumerable())
        {
            var result = item.Early ?? Decide(item, catalogue, writer, ref pending);
            summary.Add(result);
            report?.Invoke(result);
            progress.FileDone(result, ++done, files.Count);
            if (pending >= options.CommitEvery || (pending > 0 && sinceCommit.Elapsed >= options.CommitInterval))
            {
                writer.Commit();
                pending = 0;
                sinceCommit.Restart();
            }
        }
        producer.GetAwaiter().GetResult();
        writer.Commit();
        summary.Interrupted = cancel.IsCancellationRequested && done < files.Count;
        progress.Finished();
        return summary;
    }

    private sealed record Parsed(string Path, FileInfo File, ExtractionResult? Result, IngestFileResult? Early);

    private async Task Parse(IReadOnlyList<string> files, IReadOnlyDictionary<string, IndexedSource> byPath, ChannelWriter<Parsed> output, CancellationToken cancel)
    {
        try
        {
            await Parallel.ForEachAsync(files, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancel }, async (path, token) =>
            {
                var file = new FileInfo(path);
                var parsed = byPath.TryGetValue(path, out var known) && file.Exists && known.Size == file.Length && known.ModifiedTicks == file.LastWriteTimeUtc.Ticks
                    ? new Parsed(path, file, null, new IngestFileResult(path, IngestOutcome.Unchanged, known.Id, null))
                    : new Parsed(path, file, pipeline.Extract(path), null);
                await output.WriteAsync(parsed, token);
            });
        }
        catch (OperationCanceledException)
        {
            // Interrupted: what was parsed is written and committed by the caller.
        }
        finally
        {
            output.Complete();
        }
    }

    private static IngestFileResult Decide(Parsed item, Dictionary<string, IndexedSource> catalogue, IndexWriter writer, ref int pending)
    {
        var result = item.Result!;
        switch (result.Status)
        {
            case ExtractionStatus.NotAnOpinion:
                return new IngestFileResult(item.Path, IngestOutcome.NotAnOpinion, null, result.Reason);
            case ExtractionStatus.Unreadable:
                return new IngestFileResult(item.Path, IngestOutcome.Failed, null, result.Reason);
        }

        var record = result.Record!;
        var candidate = new IndexedSource(record.Id, ContentHash.Of(result.Document!), item.Path, record.Source.Format,
            item.File.LastWriteTimeUtc.Ticks, item.File.Length);
        IngestFileResult outcome;
        if (!catalogue.TryGetValue(record.Id, out var kept))
        {
            outcome = new IngestFileResult(item.Path, IngestOutcome.Imported, record.Id, null);
        }
        else if (kept.Path == candidate.Path)
        {
            outcome = kept.ContentHash == candidate.ContentHash
                ? new IngestFileResult(item.Path, IngestOutcome.Unchanged, record.Id, null)
                : new IngestFileResult(item.Path, IngestOutcome.Updated, record.Id, "fichier modifié depuis le dernier import");
        }
        else
        {
            var (replaces, why) = SourcePreference.Compare(kept, candidate);
            if (!replaces)
                return new IngestFileResult(item.Path, IngestOutcome.Unchanged, record.Id, $"même avis que {kept.Path} ; {why}");
            outcome = new IngestFileResult(item.Path, IngestOutcome.Updated, record.Id, $"remplace {kept.Path} ; {why}");
        }

        // Unchanged content at the same path is rewritten too, so that its new date lets the next import skip it unread.
        writer.UpdateDocuments(new Term(IndexFields.Id, record.Id), OpinionDocuments.Create(record, result.Document!, candidate));
        catalogue[record.Id] = candidate;
        pending++;
        return outcome;
    }
}
