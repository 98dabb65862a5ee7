using System.Diagnostics;
using System.Globalization;

namespace AvisIngest.Reading.Ocr;

/// <summary>Options of <see cref="TesseractOcr"/>.</summary>
public sealed record TesseractOptions
{
    public string Executable { get; init; } = "tesseract";

    public string Language { get; init; } = "fra";

    /// <summary>One page that takes longer is given up.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(120);
}

/// <summary>
/// OCR with the `tesseract` program (Debian packages tesseract-ocr and tesseract-ocr-fra): one
/// process per page, one thread each (OMP_THREAD_LIMIT=1), never more processes than cores in the
/// whole program, so that parallel imports do not oversubscribe the machine.
/// </summary>
public sealed class TesseractOcr(TesseractOptions options) : IPageOcr
{
    private static readonly SemaphoreSlim Cores = new(Environment.ProcessorCount);
    private readonly Lazy<bool> available = new(() => HasLanguage(options));

    public TesseractOcr() : this(new TesseractOptions()) { }

    public bool IsAvailable => available.Value;

    public OcrPage Recognise(PageImage image, CancellationToken cancel)
    {
        Cores.Wait(cancel);
        DirectoryInfo? folder = null;
        try
        {
            folder = Directory.CreateTempSubdirectory("avis-ocr-");
            var output = Path.Combine(folder.FullName, "page");
            var start = new ProcessStartInfo(options.Executable,
                ["stdin", output, "-l", options.Language, "--dpi", image.Dpi.ToString(CultureInfo.InvariantCulture), "tsv"])
            {
                RedirectStandardInput = true,
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            start.Environment["OMP_THREAD_LIMIT"] = "1";
            using var process = Process.Start(start) ?? throw new UnreadableDocumentException("OCR indisponible : tesseract ne démarre pas");
            // The file's deadline (or Ctrl+C) stops Tesseract at once rather than letting it run on.
            using var stop = cancel.Register(() => Kill(process));
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            try
            {
                process.StandardInput.BaseStream.Write(image.Bytes);
                process.StandardInput.Close();
            }
            catch (IOException) when (cancel.IsCancellationRequested || process.HasExited)
            {
                // Tesseract was stopped, or refused the image: said below.
            }
            var finished = process.WaitForExit(options.PageTimeout);
            cancel.ThrowIfCancellationRequested();
            if (!finished)
            {
                Kill(process);
                throw new UnreadableDocumentException($"OCR abandonné : une page a pris plus de {options.PageTimeout.TotalSeconds:0} s");
            }
            if (process.ExitCode != 0 || !File.Exists(output + ".tsv"))
                throw new UnreadableDocumentException("OCR impossible sur une page : Tesseract n'a pas pu lire son image",
                    new InvalidDataException($"tesseract exit {process.ExitCode}: {errors.Result.Trim().Split('\n').LastOrDefault()}"));
            var rows = File.ReadLines(output + ".tsv").Skip(1).Select(line => line.Split('\t')).Where(f => f.Length >= 12).ToList();
            var (confidence, words) = WordConfidence(rows);
            return new OcrPage(Lines(rows), confidence, words);
        }
        finally
        {
            Cores.Release();
            folder?.Delete(recursive: true);
        }
    }

    // Tesseract's TSV: level 4 rows are lines (with their box), level 5 rows words, with their
    // confidence in column 11 (-1 for non-words) and their text in column 12.
    private static (double Mean, int Words) WordConfidence(List<string[]> rows)
    {
        var confidences = rows
            .Where(f => f[0] == "5" && f[11].Trim().Length > 0)
            .Select(f => double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var c) ? c : -1)
            .Where(c => c >= 0)
            .ToList();
        return (confidences.Count == 0 ? 0 : confidences.Average(), confidences.Count);
    }

    // Lines in Tesseract's order, with an empty line where the gap to the previous line is a
    // paragraph's, as the PDF reader does from the text layer's geometry (Tesseract's own
    // paragraphs split sentences at short lines).
    private static IReadOnlyList<string> Lines(List<string[]> rows)
    {
        var lines = new List<(string Text, int Top)>();
        foreach (var line in rows.Where(f => f[0] == "4"))
        {
            var key = (f: line[2], p: line[3], l: line[4]);
            var text = string.Join(' ', rows.Where(f => f[0] == "5" && (f[2], f[3], f[4]) == key && f[11].Trim().Length > 0).Select(f => f[11].Trim()));
            if (text.Length > 0)
                lines.Add((text, int.Parse(line[7], CultureInfo.InvariantCulture)));
        }
        var pitches = lines.Zip(lines.Skip(1), (a, b) => b.Top - a.Top).Where(p => p > 0).Order().ToList();
        var usual = pitches.Count > 0 ? pitches[pitches.Count / 2] : int.MaxValue;
        var result = new List<string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var pitch = i == 0 ? 0 : lines[i].Top - lines[i - 1].Top;
            if (i > 0 && (pitch <= 0 || pitch > ParagraphGapRatio * usual))
                result.Add("");
            result.Add(lines[i].Text);
        }
        return result;
    }

    private const double ParagraphGapRatio = 1.5;

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already ended.
        }
    }

    private static bool HasLanguage(TesseractOptions options)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(options.Executable, ["--list-langs"]) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null)
                return false;
            var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n').Any(l => l.Trim() == options.Language);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
