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
        ReadOptions readOptions)
    {
        this.readers = readers;
        this.ocr = ocr;
        this.normaliser = normaliser;
        this.recogniser = recogniser;
        this.segmenter = segmenter;
        this.extractors = extractors;
        ReadOptions = readOptions;
    }

    public ReadOptions ReadOptions { get; }

    /// <summary>The file extensions some reader handles (".txt", ".pdf").</summary>
    public static bool IsCandidate(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".txt" or ".pdf";

    /// <summary>Extracts one file. Never throws for bad input: the result says what went wrong, in French.</summary>
    public ExtractionResult Extract(string path)
    {
        SourceDocument source;
        try
        {
            source = ocr.Apply(Read(path));
        }
        catch (UnreadableDocumentException e)
        {
            return ExtractionResult.Unreadable(path, e.Message);
        }
        return Extract(source);
    }

    /// <summary>Extracts a document already read.</summary>
    public ExtractionResult Extract(SourceDocument source)
    {
        var document = normaliser.Normalise(source);
        if (document.Text.Trim().Length == 0)
            return ExtractionResult.Unreadable(source.Path, "aucun texte lisible dans le fichier");
        if (recogniser.WhyNotAnOpinion(document) is { } reason)
            return new ExtractionResult(source.Path, ExtractionStatus.NotAnOpinion, null, reason);

        var record = new OpinionRecord
        {
            Source = new Source
            {
                Path = source.Path,
                Format = source.Format,
                Sha256 = source.Sha256,
                Pages = source.PageCount,
                Encoding = source.Encoding,
                OcrPages = [.. source.OcrPages],
                OcrConfidence = source.OcrConfidence,
            },
        };
        record.Warnings.AddRange(source.Warnings);
        var sections = segmenter.Segment(document, record.Warnings);
        record.Sections.AddRange(sections);
        var context = new ExtractionContext(document, sections);
        foreach (var extractor in extractors)
            extractor.Extract(context, record);
        return new ExtractionResult(source.Path, ExtractionStatus.Extracted, record, null) { Document = document };
    }

    private SourceDocument Read(string path)
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
        return ReadWithinTimeLimit(reader, path, content);
    }

    // A pathological file must not hang a batch: past the limit it is given up (its thread is
    // abandoned, PdfPig cannot be cancelled) and reported like any unreadable file. The read gets a
    // thread of its own: queued on the thread pool, it would wait behind the very workers blocked on it.
    private SourceDocument ReadWithinTimeLimit(IDocumentReader reader, string path, byte[] content)
    {
        var reading = Task.Factory.StartNew(() => reader.Read(path, content, ReadOptions), CancellationToken.None,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        try
        {
            if (!reading.Wait(ReadOptions.Timeout))
                throw new UnreadableDocumentException($"délai dépassé : lecture abandonnée après {ReadOptions.Timeout.TotalSeconds:0.#} s");
            return reading.Result;
        }
        catch (AggregateException e) when (e.InnerException is UnreadableDocumentException unreadable)
        {
            throw unreadable;
        }
        catch (AggregateException e)
        {
            throw new UnreadableDocumentException($"fichier endommagé, lecture impossible ({e.InnerException?.Message ?? e.Message})", e);
        }
    }
}
