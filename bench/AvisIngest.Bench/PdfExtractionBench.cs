using System.Diagnostics;
using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Reading.Pdf;

namespace AvisIngest.Bench;

/// <summary>
/// Pages per second of PDF text extraction: our PdfPig reader (in process, warm) against poppler's
/// pdftotext (one process per file, as a user runs it), on the same files, in the same run.
/// </summary>
internal static class PdfExtractionBench
{
    public static void Run(IReadOnlyList<string> files, int rounds)
    {
        var reader = new PdfDocumentReader();
        var cheapReader = new PdfDocumentReader(
            new LayoutAnalysisLineExtractor(new LayoutAnalysisOptions { PageSegmenter = UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter.DefaultPageSegmenter.Instance }),
            new RunningHeaderFilter());
        var pipeline = OpinionPipelineBuilder.CreateDefault().Build();
        var contents = files.Select(File.ReadAllBytes).ToList();
        var pages = files.Select((f, i) => reader.Read(f, contents[i], ReadOptions.Default).PageCount ?? 0).Sum();

        // Warm-up: JIT and PdfPig's caches, as in a batch import after the first file.
        for (var i = 0; i < 3; i++)
        {
            ReadAll(reader, files, contents);
            ReadAll(cheapReader, files, contents);
        }

        var readerSeconds = Median(rounds, () => ReadAll(reader, files, contents));
        var cheapSeconds = Median(rounds, () => ReadAll(cheapReader, files, contents));
        var pipelineSeconds = Median(rounds, () => files.ToList().ForEach(f => pipeline.Extract(f)));
        var popplerSeconds = Median(rounds, () => files.ToList().ForEach(PdfToText));

        Console.WriteLine($"files: {files.Count}, pages: {pages}, rounds: {rounds} (median)");
        Console.WriteLine($"| PdfPig reader (words, layout, reading order) | {pages / readerSeconds:0} pages/s | {readerSeconds * 1000 / pages:0.00} ms/page |");
        Console.WriteLine($"| PdfPig reader with DefaultPageSegmenter instead of Docstrum | {pages / cheapSeconds:0} pages/s | {cheapSeconds * 1000 / pages:0.00} ms/page |");
        Console.WriteLine($"| avis pipeline (read + normalise + extract) | {pages / pipelineSeconds:0} pages/s | {pipelineSeconds * 1000 / pages:0.00} ms/page |");
        Console.WriteLine($"| pdftotext (poppler, one process per file) | {pages / popplerSeconds:0} pages/s | {popplerSeconds * 1000 / pages:0.00} ms/page |");
        Console.WriteLine($"time ratios to pdftotext: reader (Docstrum) {readerSeconds / popplerSeconds:0.00}, reader (default segmenter) {cheapSeconds / popplerSeconds:0.00}, pipeline {pipelineSeconds / popplerSeconds:0.00}");
    }

    private static void ReadAll(PdfDocumentReader reader, IReadOnlyList<string> files, List<byte[]> contents)
    {
        for (var i = 0; i < files.Count; i++)
            reader.Read(files[i], contents[i], ReadOptions.Default);
    }

    private static void PdfToText(string file)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", [file, "-"]) { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("pdftotext not found: apt-get install poppler-utils");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    internal static double Median(int rounds, Action action)
    {
        var times = new List<double>();
        for (var i = 0; i < rounds; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times.Add(watch.Elapsed.TotalSeconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }
}
