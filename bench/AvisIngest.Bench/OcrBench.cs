using System.Globalization;
using AvisIngest.Reading;
using AvisIngest.Reading.Pdf;

namespace AvisIngest.Bench;

/// <summary>
/// OCR of scanned PDFs as a user runs it (`avis extract --json` of the files, one new process)
/// against its floor in the same run: Tesseract alone on the same page images (the bytes the
/// reader gives it), as many pages at a time as the machine has cores, one thread each, as the
/// program runs it. The forms are timed in turn, round after round, so a busy minute touches both.
/// </summary>
internal static class OcrBench
{
    public static void Run(string avisDll, IReadOnlyList<string> files, int rounds, IReadOnlyList<string> installed)
    {
        var folder = Directory.CreateTempSubdirectory("avis-bench-ocr-");
        try
        {
            var pages = PageImages(files, folder.FullName);
            Console.WriteLine($"{files.Count} file(s), {pages.Count} scanned page(s), {Environment.ProcessorCount} core(s), {rounds} rounds after one uncounted");
            var forms = new List<(string Name, Func<double> Time)>
            {
                ("Tesseract alone on the same page images", () => TesseractAlone(pages, folder.FullName)),
                ("`dotnet avis.dll extract --json`", () => ProcessTiming.WallMilliseconds("dotnet", [avisDll, "extract", "--json", .. files])),
            };
            forms.AddRange(installed.Select(path => ($"`{path} extract --json`", (Func<double>)(() => ProcessTiming.WallMilliseconds(path, ["extract", "--json", .. files])))));
            var times = forms.ToDictionary(f => f.Name, _ => new List<double>());
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var (name, time) in forms)
                {
                    var milliseconds = time();
                    if (round > 0)
                        times[name].Add(milliseconds);
                }
            }
            var floor = ProcessTiming.Median(times[forms[0].Name]);
            Console.WriteLine("| form | median | min | max | ratio to Tesseract alone (medians) |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (name, _) in forms)
                Console.WriteLine($"| {name} | {ProcessTiming.Median(times[name]) / 1000:0.00} s | {times[name].Min() / 1000:0.00} s | {times[name].Max() / 1000:0.00} s | {ProcessTiming.Median(times[name]) / floor:0.00} |");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<(string Path, int Dpi)> PageImages(IReadOnlyList<string> files, string folder)
    {
        var reader = new PdfDocumentReader();
        var pages = new List<(string, int)>();
        foreach (var file in files)
        {
            foreach (var page in reader.Read(file, File.ReadAllBytes(file), ReadOptions.Default).Pages.Where(p => p.Image is not null))
            {
                var path = Path.Combine(folder, $"page-{pages.Count + 1}.img");
                File.WriteAllBytes(path, page.Image!.Bytes);
                pages.Add((path, page.Image.Dpi));
            }
        }
        if (pages.Count == 0)
            throw new InvalidOperationException("no scanned page in these files");
        return pages;
    }

    private static double TesseractAlone(List<(string Path, int Dpi)> pages, string folder)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, page =>
            ProcessTiming.WallMilliseconds("tesseract", [page.Path, Path.Combine(folder, Path.GetFileNameWithoutExtension(page.Path)), "-l", "fra", "--dpi", page.Dpi.ToString(CultureInfo.InvariantCulture), "tsv"],
                new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = "1" }));
        return watch.Elapsed.TotalMilliseconds;
    }
}
