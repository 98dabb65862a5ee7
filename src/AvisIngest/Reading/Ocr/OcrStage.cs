using System.Globalization;

namespace AvisIngest.Reading.Ocr;

/// <summary>
/// The pipeline stage between reading and normalising: pages that came with an image instead of
/// text are read by OCR, in parallel, within the file's deadline (and each page within its own
/// limit). A page OCR cannot read is left out with a warning; when no page gives text the file is
/// unreadable. A scan with no OCR installed is unreadable, with the packages to install.
/// </summary>
public sealed class OcrStage(IPageOcr ocr, double lowConfidence = 80)
{
    public SourceDocument Apply(SourceDocument document, CancellationToken cancel = default)
    {
        var scanned = document.Pages.Where(p => p.Image is not null).ToList();
        if (scanned.Count == 0)
            return document;
        // Whether the engine is installed is asked only when every page failed: asking first cost a
        // process of its own before any page was read (docs/benchmarks.md, OCR).
        var (results, failures) = Recognise(scanned, cancel);
        if (failures.All(f => f is not null) && !ocr.IsAvailable)
        {
            if (document.Pages.All(p => p.Image is not null || p.Lines.All(string.IsNullOrWhiteSpace)))
                throw new UnreadableDocumentException("OCR indisponible : installez tesseract-ocr et tesseract-ocr-fra");
            // Some pages have text: keep them, say which were left out.
            return document with
            {
                Pages = document.Pages.Select(p => p with { Image = null }).ToList(),
                Warnings = [.. document.Warnings, $"OCR indisponible : {scanned.Count} page(s) numérisée(s) ignorée(s) (installez tesseract-ocr et tesseract-ocr-fra)"],
            };
        }

        var warnings = document.Warnings.ToList();
        var failed = scanned.Where((_, i) => failures[i] is not null).ToList();
        if (failed.Count > 0)
        {
            var first = failures.First(f => f is not null)!;
            var textElsewhere = document.Pages.Any(p => p.Image is null && p.Lines.Any(l => !string.IsNullOrWhiteSpace(l)));
            if (failed.Count == scanned.Count && !textElsewhere)
                throw first as UnreadableDocumentException ?? new UnreadableDocumentException("OCR impossible : aucune page lisible", first);
            warnings.Add($"OCR impossible sur {(failed.Count == 1 ? "la page" : "les pages")} {string.Join(", ", failed.Select(p => p.Number ?? 0))}, ignorée(s)");
        }
        var read = results.Where(r => r is not null).Select(r => r!).ToList();
        var byPage = scanned.Select((page, i) => (page, result: results[i])).Where(x => x.result is not null).ToDictionary(x => x.page, x => x.result!);

        var words = read.Sum(r => r.Words);
        var confidence = words == 0 ? 0 : read.Sum(r => r.MeanConfidence * r.Words) / words;
        if (read.Count > 0 && confidence < lowConfidence)
            warnings.Add($"OCR peu fiable : confiance moyenne {confidence.ToString("0", CultureInfo.InvariantCulture)} % (seuil {lowConfidence.ToString("0", CultureInfo.InvariantCulture)} %)");
        return document with
        {
            Pages = document.Pages.Select(p => byPage.TryGetValue(p, out var r) ? new SourcePage(p.Number, OcrCorrections.Apply(r.Lines))
                : p.Image is not null ? new SourcePage(p.Number, p.Lines) : p).ToList(),
            Warnings = warnings,
            OcrPages = byPage.Keys.Select(p => p.Number ?? 0).Order().ToList(),
            OcrConfidence = read.Count > 0 ? Math.Round(confidence, 1) : null,
        };
    }

    // Every page in parallel (the engine bounds its own processes); a page's failure is kept, not thrown.
    private (OcrPage?[] Results, Exception?[] Failures) Recognise(List<SourcePage> scanned, CancellationToken cancel)
    {
        var results = new OcrPage?[scanned.Count];
        var failures = new Exception?[scanned.Count];
        try
        {
            Parallel.For(0, scanned.Count, new ParallelOptions { CancellationToken = cancel }, i =>
            {
                try
                {
                    results[i] = ocr.Recognise(scanned[i].Image!, cancel);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failures[i] = e;
                }
            });
        }
        catch (AggregateException e) when (e.InnerExceptions.All(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException(cancel);
        }
        cancel.ThrowIfCancellationRequested();
        return (results, failures);
    }
}
