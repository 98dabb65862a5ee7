using System.Diagnostics;
using AvisIngest.Ingest;

namespace AvisIngest.Cli.Output;

/// <summary>
/// A progress bar redrawn in place on a terminal: files done/total, rate, time left, and the pages
/// read by OCR so far (a scan takes about a second a page, a text file a millisecond).
/// </summary>
public sealed class TerminalProgressBar(TextWriter terminal) : IIngestProgress
{
    private readonly Stopwatch watch = new();
    // Null until the first draw: a sentinel such as TimeSpan.MinValue overflows when subtracted.
    private TimeSpan? lastDraw;
    private int ocrPages;

    public void Started(int totalFiles) => watch.Start();

    public void FileDone(IngestFileResult result, int done, int total)
    {
        ocrPages += result.OcrPages;
        if (done < total && lastDraw is { } last && watch.Elapsed - last < TimeSpan.FromMilliseconds(100))
            return;
        lastDraw = watch.Elapsed;
        const int width = 30;
        var share = total == 0 ? 1 : (double)done / total;
        var filled = (int)(share * width);
        var rate = done / Math.Max(watch.Elapsed.TotalSeconds, 0.001);
        var left = rate > 0 ? TimeSpan.FromSeconds((total - done) / rate) : TimeSpan.Zero;
        var ocr = ocrPages > 0 ? $"  {ocrPages} pages lues par OCR" : "";
        terminal.Write($"\r[{new string('#', filled)}{new string('-', width - filled)}] {done}/{total} fichiers  {rate:0} fichiers/s  reste {FormatLeft(left)}{ocr}  ");
    }

    public void Finished() => terminal.WriteLine();

    // "m:ss" under an hour, "h:mm:ss" beyond (a scan archive can take hours).
    internal static string FormatLeft(TimeSpan left) =>
        left.TotalHours >= 1 ? $"{(int)left.TotalHours}:{left:mm\\:ss}" : left.ToString("m\\:ss", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Progress as plain lines, for output redirected to a file or a pipe: one line per tenth of the work.</summary>
public sealed class PlainProgressLines(TextWriter output) : IIngestProgress
{
    private int nextTenth = 1;
    private int ocrPages;

    public void Started(int totalFiles) => output.WriteLine(totalFiles == 1 ? "1 fichier à traiter" : $"{totalFiles} fichiers à traiter");

    public void FileDone(IngestFileResult result, int done, int total)
    {
        ocrPages += result.OcrPages;
        if (total == 0 || done * 10 < nextTenth * total)
            return;
        output.WriteLine($"{done}/{total} fichiers traités ({100 * done / total} %)" + (ocrPages > 0 ? $", {ocrPages} pages lues par OCR" : ""));
        while (nextTenth * total <= done * 10)
            nextTenth++;
    }

    public void Finished()
    {
    }
}
