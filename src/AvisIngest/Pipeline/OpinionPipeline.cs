using System.Runtime.CompilerServices;
using AvisIngest.Extraction;
using AvisIngest.Normalising;
using AvisIngest.Reading;
using AvisIngest.Reading.Ocr;
using AvisIngest.Recognition;
using AvisIngest.Records;
using AvisIngest.Sections;

namespace AvisIngest.Pipeline;

/// <summary>
/// Read → normalise → recognise → segment → extract, for one file at a time. Built by
/// <see cref="OpinionPipelineBuilder"/>; immutable and safe to share between threads.
/// </summary>
public sealed class OpinionPipeline
{
    /// <summary>
    /// Changes whenever the same file would give another record: the date of the last change of the
    /// reading code, then a hash of the reading's data (the organisation lists and the place lists), so
    /// that a line added to corpus/organizations/ or corpus/places/ is taken by the next import too. An
    /// import re-reads every file whose record another version made, even when the file has not changed.
    /// </summary>
    public static string CurrentExtractionVersion { get; } = "2026-12-06.88+" + Extraction.EmbeddedLists.Hash(
        "organizations/known.tsv", "organizations/cues.tsv", "organizations/not-organisations.tsv", "organizations/activity-verbs.tsv",
        "places/communes.tsv", "places/pays.tsv", "places/towns-abroad.tsv");

    private readonly IReadOnlyList<IDocumentReader> readers;
    private readonly OcrStage ocr;
    private readonly TextNormaliser normaliser;
    private readonly OpinionRecogniser recogniser;
    private readonly SectionSegmenter segmenter;
    private readonly IReadOnlyList<IFieldExtractor> extractors;

    internal OpinionPipeline(
        IReadOnlyList<IDocumentReader> readers,
        OcrStage ocr,
        TextNormaliser normaliser,
        OpinionRecogniser recogniser,
        SectionSegmenter segmenter,
        IReadOnlyList<IFieldExtractor> extractors,
        ReadOptions readOptions,
        string extractionVersion)
    {
        this.readers = readers;
        this.ocr = ocr;
        this.normaliser = normaliser;
        this.recogniser = recogniser;
        this.segmenter = segmenter;
        this.extractors = extractors;
        ReadOptions = readOptions;
        ExtractionVersion = extractionVersion;
    }

    public ReadOptions ReadOptions { get; }

    /// <summary>The version of the reading stored with each record this pipeline makes (<see cref="CurrentExtractionVersion"/> unless a test says otherwise).</summary>
    public string ExtractionVersion { get; }

    /// <summary>The file extensions some reader handles (".txt", ".pdf").</summary>
    public static bool IsCandidate(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".pdf";

    /// <summary>
    /// Extracts one file. Never throws for bad input: whatever goes wrong in any stage (reading, OCR,
    /// segmentation, extraction) is this file's failure, with a French reason and the technical
    /// detail for the report. The whole work on the file is bounded by <see cref="ReadOptions.Timeout"/>.
    /// </summary>
    /// <param name="cancel">The caller's own stop (Ctrl+C): throws <see cref="OperationCanceledException"/>.</param>
    public ExtractionResult Extract(string path, CancellationToken cancel = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        deadline.CancelAfter(ReadOptions.Timeout);
        try
        {
            return ReadAndExtract(path, deadline.Token);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return TimedOut(path);
        }
        catch (UnreadableDocumentException e)
        {
            return ExtractionResult.Unreadable(path, e.Message) with { Detail = e.InnerException is { } cause ? FileFailure.Detail(cause) : null };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ExtractionResult.Unreadable(path, FileFailure.Reason(e)) with { Detail = FileFailure.Detail(e) };
        }
    }

    // These methods run once per file, so the JIT would leave them at tier 0, where every local
    // lives to the method's end: optimised at once, a large file's raw lines are garbage as soon as
    // they are normalised (a 50 MB text peaked at 11 times its size without it, 8.5 with it).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ExtractionResult ReadAndExtract(string path, CancellationToken deadline) =>
        Extract(ocr.Apply(Read(path, deadline), deadline), deadline);

    /// <summary>Extracts a document already read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ExtractionResult Extract(SourceDocument source, CancellationToken cancel = default)
    {
        // What the record keeps of the source is taken first: the source's raw lines (a large file's
        // whole text) are not held past normalising.
        var provenance = new Source
        {
            Path = source.Path,
            Format = source.Format,
            Sha256 = source.Sha256,
            Pages = source.PageCount,
            Encoding = source.Encoding,
            OcrPages = [.. source.OcrPages],
            OcrConfidence = source.OcrConfidence,
        };
        var warnings = source.Warnings;
        var reclaim = new StageMemoryReclaim(source.Pages.Sum(p => p.Lines.Sum(l => (long)l.Length)));
        reclaim.AfterStage();
        var document = Normalise(source, reclaim, cancel);
        reclaim.AfterStage();
        if (document.Text.AsSpan().Trim().Length == 0)
            return ExtractionResult.Unreadable(provenance.Path, "aucun texte lisible dans le fichier");
        var verdict = recogniser.Judge(document);
        if (!verdict.IsOpinion)
            return new ExtractionResult(provenance.Path, ExtractionStatus.NotAnOpinion, null, verdict.Explanation) { Verdict = verdict };

        var record = new OpinionRecord { Source = provenance };
        record.Warnings.AddRange(warnings);
        var sections = segmenter.Segment(document, record.Warnings, cancel);
        reclaim.AfterStage();
        record.Sections.AddRange(sections);
        var context = new ExtractionContext(document, sections);
        foreach (var extractor in extractors)
        {
            cancel.ThrowIfCancellationRequested();
            extractor.Extract(context, record);
            reclaim.AfterStage();
        }
        return new ExtractionResult(provenance.Path, ExtractionStatus.Extracted, record, null) { Document = document, Verdict = verdict };
    }

    // In three steps, so that a large file's raw lines are freed before its paragraphs are built,
    // and its clean lines (released as they are joined) before the paragraphs are copied into the
    // text: a 50 MB text peaked at 10 times its size with lines, paragraphs and text alive at once.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private NormalisedDocument Normalise(SourceDocument source, StageMemoryReclaim reclaim, CancellationToken cancel)
    {
        var lines = normaliser.NormaliseLines(source, cancel);
        reclaim.AfterStage();
        var paragraphs = normaliser.Join(lines);
        reclaim.AfterStage();
        return new NormalisedDocument(paragraphs);
    }

    private ExtractionResult TimedOut(string path) =>
        ExtractionResult.Unreadable(path, $"délai dépassé : fichier abandonné après {ReadOptions.Timeout.TotalSeconds:0.#} s (option --timeout)");

    private SourceDocument Read(string path, CancellationToken deadline)
    {
        if (Directory.Exists(path))
            throw new UnreadableDocumentException("c'est un dossier, pas un fichier");
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new UnreadableDocumentException("fichier introuvable");
        if (info.Length == 0)
            throw new UnreadableDocumentException("fichier vide : aucun texte à lire");
        if (info.Length > ReadOptions.MaxFileBytes)
            throw new UnreadableDocumentException(
                $"fichier trop volumineux ({info.Length / (1024.0 * 1024):0.#} Mo, limite {ReadOptions.MaxFileBytes / (1024.0 * 1024):0.#} Mo)");
        byte[] content;
        try
        {
            content = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UnreadableDocumentException($"lecture impossible : {e.Message}", e);
        }
        var reader = readers.FirstOrDefault(r => r.CanRead(path, content.AsSpan(0, Math.Min(content.Length, 1024))))
            ?? throw new UnreadableDocumentException(
                $"format non pris en charge ({Path.GetExtension(path)}) : seuls les fichiers .txt et .pdf sont lus");
        return ReadWithinTimeLimit(reader, path, content, deadline);
    }

    // A pathological file must not hang a batch: past the deadline it is given up (its thread is
    // abandoned, PdfPig cannot be cancelled) and reported like any unreadable file. The read gets a
    // thread of its own: queued on the thread pool, it would wait behind the very workers blocked on it.
    // A reader that cannot overrun (plain text) reads on the caller's thread.
    private SourceDocument ReadWithinTimeLimit(IDocumentReader reader, string path, byte[] content, CancellationToken deadline)
    {
        if (!reader.MayOverrunDeadline)
            return ReadHere(reader, path, content, deadline);
        var reading = Task.Factory.StartNew(() => reader.Read(path, content, ReadOptions), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            reading.Wait(deadline);
            return reading.Result;
        }
        catch (AggregateException e) when (e.InnerException is UnreadableDocumentException unreadable)
        {
            throw unreadable;
        }
        catch (AggregateException e)
        {
            throw new UnreadableDocumentException(FileFailure.Reason(e.InnerException ?? e), e.InnerException ?? e);
        }
    }

    private SourceDocument ReadHere(IDocumentReader reader, string path, byte[] content, CancellationToken deadline)
    {
        deadline.ThrowIfCancellationRequested();
        try
        {
            return reader.Read(path, content, ReadOptions);
        }
        catch (Exception e) when (e is not (UnreadableDocumentException or OperationCanceledException))
        {
            throw new UnreadableDocumentException(FileFailure.Reason(e), e);
        }
    }
}
