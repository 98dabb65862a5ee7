using System.Globalization;

namespace AvisIngest.Reading.Ocr;

/// <summary>
/// The pipeline stage between reading and normalising: pages that came with an image instead of
/// text are read by OCR, in parallel. It runs outside the per-file read time limit; each page has
/// its own limit. A scan with no OCR installed is unreadable, with the packages to install.
/// </summary>
public sealed class OcrStage(IPageOcr ocr, double lowConfidence = 80)
{
    public SourceDocument Apply(SourceDocument document)
    {
        var scanned = document.Pages.Where(p => p.Image is not null).ToList();
        if (scanned.Count == 0)
            return document;
        if (!ocr.IsAvailable)
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

        var results = new OcrPage[scanned.Count];
        Parallel.For(0, scanned.Count, i => results[i] = ocr.Recognise(scanned[i].Image!));
        var byPage = scanned.Select((page, i) => (page, result: results[i])).ToDictionary(x => x.page, x => x.result);

        var words = results.Sum(r => r.Words);
        var confidence = words == 0 ? 0 : results.Sum(r => r.MeanConfidence * r.Words) / words;
        var warnings = document.Warnings.ToList();
        if (confidence < lowConfidence)
            warnings.Add($"OCR peu fiable : confiance moyenne {confidence.ToString("0", CultureInfo.InvariantCulture)} % (seuil {lowConfidence.ToString("0", CultureInfo.InvariantCulture)} %)");
        return document with
        {
            Pages = document.Pages.Select(p => byPage.TryGetValue(p, out var r) ? new SourcePage(p.Number, OcrCorrections.Apply(r.Lines)) : p).ToList(),
            Warnings = warnings,
            OcrPages = scanned.Select(p => p.Number ?? 0).ToList(),
            OcrConfidence = Math.Round(confidence, 1),
        };
    }
}
