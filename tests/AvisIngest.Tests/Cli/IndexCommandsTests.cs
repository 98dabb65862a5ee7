using System.Text.Json;
using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

public class IndexCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    /// <summary>A folder with the four seed files (corpus/ also holds scans, which the OCR tests read).</summary>
    internal static string Seeds(TempFolder folder)
    {
        var seeds = Directory.CreateDirectory(folder.File("seeds")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.RepoRoot, "corpus"), "avis-*"))
            File.Copy(file, Path.Combine(seeds, Path.GetFileName(file)));
        return seeds;
    }

    [Fact]
    public void Ingest_then_search_show_and_stats_on_the_corpus()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("idx");
        var corpus = Seeds(folder);

        var (code, output, _) = Run("ingest", corpus, "--index", index, "--report", folder.File("report.jsonl"));
        Assert.Equal(ExitCode.Ok, code);
        // Files are parsed in parallel: a seed's .txt may come before its .pdf or after. Either way
        // the first is imported and the second is its duplicate; both opinions are kept from their PDF.
        Assert.Contains("Importés : 2, mis à jour : 0, inchangés : 0, doublons : 2, pas des avis : 0, échecs : 0", output);
        var report = File.ReadAllLines(folder.File("report.jsonl")).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, report.Count);
        Assert.Equal(2, report.Count(r => r.GetProperty("outcome").GetString() == "imported"));
        Assert.Equal(2, report.Count(r => r.GetProperty("outcome").GetString() == "duplicate"));
        Assert.All(report.Where(r => r.GetProperty("outcome").GetString() != "imported"),
            r => Assert.Contains("le PDF est gardé", r.GetProperty("reason").GetString()));

        (code, output, _) = Run("ingest", corpus, "--index", index);
        Assert.Contains("Importés : 0, mis à jour : 0, inchangés : 2, doublons : 2", output);

        (code, output, _) = Run("search", "hydrogene", "--index", index, "--json");
        Assert.Equal(ExitCode.Ok, code);
        var json = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, json.GetProperty("total").GetInt32());
        var hit = json.GetProperty("hits")[0];
        Assert.Equal("2026CE01", hit.GetProperty("id").GetString());
        Assert.Equal("CMQe CEIT", hit.GetProperty("campus").GetString());
        Assert.Equal("2026-01-19", hit.GetProperty("date").GetString());
        Assert.Equal("favorable", hit.GetProperty("outcome").GetString());
        Assert.True(hit.GetProperty("score").GetDouble() > 0);
        Assert.Equal("site", hit.GetProperty("sections")[0].GetProperty("kind").GetString());
        Assert.Contains("**hydrogène**", hit.GetProperty("sections")[0].GetProperty("snippet").GetString());
        Assert.Equal(1, json.GetProperty("facets").GetProperty("campus").GetProperty("CMQe CEIT").GetInt32());

        (code, output, _) = Run("search", "hydrogène", "--index", index);
        Assert.Contains("1 avis correspond à « hydrogène ».", output);
        Assert.Contains("1. 2026CE01  CMQe CEIT  2026-01-19  favorable", output);

        (code, output, _) = Run("show", "2026CE02", "--index", index, "--json");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal("CMQe ID", JsonDocument.Parse(output).RootElement.GetProperty("campus").GetProperty("acronym").GetString());

        (code, output, _) = Run("stats", "--index", index, "--json");
        var stats = JsonDocument.Parse(output).RootElement;
        Assert.Equal(2, stats.GetProperty("total").GetInt32());
        Assert.Equal(2, stats.GetProperty("year").GetProperty("2026").GetInt32());
        Assert.Equal(2, stats.GetProperty("outcome").GetProperty("favorable").GetInt32());
    }

    [Fact]
    public void Ingest_exits_1_when_some_files_failed_and_keeps_the_good_ones()
    {
        using var folder = TestFiles.NewTempFolder();
        File.Copy(TestFiles.Corpus(TestFiles.Id + ".txt"), folder.File("ok.txt"));
        File.WriteAllBytes(folder.File("broken.pdf"), "%PDF-1.4 garbage"u8.ToArray());
        var (code, output, _) = Run("ingest", folder.Path, "--index", folder.File("idx"));
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("Importés : 1,", output);
        Assert.Contains("échec : " + folder.File("broken.pdf") + " : ", output);
        Assert.Equal(ExitCode.Ok, Run("show", "2026CE02", "--index", folder.File("idx")).Code);
    }

    [Fact]
    public void Ingest_names_the_files_that_are_not_opinions_with_why_and_past_twenty_points_to_the_report()
    {
        using var folder = TestFiles.NewTempFolder();
        File.Copy(TestFiles.Corpus(TestFiles.Id + ".txt"), folder.File("ok.txt"));
        for (var i = 1; i <= 22; i++)
            File.WriteAllText(folder.File($"ordre-du-jour-{i:00}.txt"), $"Ordre du jour de la réunion n° {i}\n\n1. Approbation du compte rendu\n2. Questions diverses\n");
        var (code, output, _) = Run("ingest", folder.Path, "--index", folder.File("idx"));
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("pas des avis : 22,", output);
        // Sorted by path: the first twenty named, with the reason.
        Assert.Contains("  pas un avis : " + folder.File("ordre-du-jour-01.txt") + " : ", output);
        Assert.Contains("  pas un avis : " + folder.File("ordre-du-jour-20.txt") + " : ", output);
        Assert.DoesNotContain(folder.File("ordre-du-jour-21.txt"), output);
        Assert.Contains("  … et 2 autres fichiers qui ne sont pas des avis (--report FICHIER.jsonl les liste tous, avec la raison)", output);
    }

    [Reading.Ocr.OcrFact]
    [InlineData(TestFiles.Ceit)]
    public void Importing_a_scan_counts_its_pages_read_by_ocr_and_keeps_the_text_layer_pdf(string seed)
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("idx");
        var (code, output, error) = Run("ingest", TestFiles.Corpus(Path.Combine("scans", seed + "-scan.pdf")), TestFiles.Corpus(seed + ".pdf"), "--index", index, "--timeout", "300");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("5 pages lues par OCR", output);
        Assert.Contains("2/2 fichiers traités (100 %), 5 pages lues par OCR", error);
        var record = JsonDocument.Parse(Run("show", "2026CE01", "--index", index, "--json").Out).RootElement;
        Assert.Equal(0, record.GetProperty("source").GetProperty("ocrPages").GetArrayLength());
        Assert.EndsWith(seed + ".pdf", record.GetProperty("source").GetProperty("path").GetString());
    }

    [Fact]
    public void The_index_comes_from_the_environment_when_no_option_names_it_and_no_avis_data_is_above()
    {
        using var folder = TestFiles.NewTempFolder();
        var work = Directory.CreateDirectory(folder.File("work")).FullName;
        Environment.SetEnvironmentVariable(IndexLocation.EnvironmentVariable, folder.File("from-env"));
        try
        {
            Assert.Equal(ExitCode.Ok, TestFiles.RunCliIn(work, "ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt")).Code);
        }
        finally
        {
            Environment.SetEnvironmentVariable(IndexLocation.EnvironmentVariable, null);
        }
        Assert.True(Directory.EnumerateFiles(folder.File("from-env"), "segments*").Any());
    }

    [Fact]
    public void An_index_folder_that_cannot_be_created_is_said_so_not_taken_for_a_locked_one()
    {
        var (code, _, error) = Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), "--index", "/proc/avis-index");
        Assert.Equal(ExitCode.IndexUnavailable, code);
        Assert.StartsWith("avis ingest : index inutilisable dans /proc/avis-index", error);
    }

    [Fact]
    public void The_index_is_the_nearest_avis_data_above_the_working_folder_and_every_command_says_which()
    {
        using var folder = TestFiles.NewTempFolder();
        var project = Directory.CreateDirectory(folder.File("projet")).FullName;
        var deep = Directory.CreateDirectory(Path.Combine(project, "archives", "2026")).FullName;
        var (code, output, _) = TestFiles.RunCliIn(project, "ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains($"Index : {Path.Combine(project, "avis-data")}", output);

        // From a sub-folder, the same index is found, and said.
        string error;
        (code, output, error) = TestFiles.RunCliIn(deep, "search", "hydrogène");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("1 avis correspond à « hydrogène ».", output);
        Assert.Equal($"Index : {Path.Combine(project, "avis-data")}", error.Trim());
        var ceiling = Path.GetTempPath(); // as the tests' environment sets it (TestEnvironment)
        Assert.Equal(IndexLocation.Resolve(null, deep, "/ailleurs", ceiling), Path.Combine(project, "avis-data"));
        // Nothing above: the environment variable, then ./avis-data; --index wins over all.
        Assert.Equal("/ailleurs", IndexLocation.Resolve(null, folder.Path, "/ailleurs", ceiling));
        Assert.Equal(Path.Combine(folder.Path, "avis-data"), IndexLocation.Resolve(null, folder.Path, null, ceiling));
        Assert.Equal(Path.Combine(deep, "idx"), IndexLocation.Resolve("idx", deep, "/ailleurs"));
    }

    [Fact]
    public void The_search_upward_does_not_enter_a_ceiling_folder_as_git_does_not()
    {
        using var folder = TestFiles.NewTempFolder();
        var shared = Directory.CreateDirectory(folder.File("partage")).FullName;
        Directory.CreateDirectory(Path.Combine(shared, "avis-data"));
        var work = Directory.CreateDirectory(Path.Combine(shared, "projet", "archives")).FullName;
        Assert.Equal(Path.Combine(shared, "avis-data"), IndexLocation.Resolve(null, work, null));
        // The shared folder is a ceiling: its stray avis-data is not the project's; a trailing separator or a second,
        // relative entry changes nothing.
        var ceilings = string.Join(Path.PathSeparator, "relatif", shared + Path.DirectorySeparatorChar);
        Assert.Equal("/ailleurs", IndexLocation.Resolve(null, work, "/ailleurs", ceilings));
        Assert.Equal(Path.Combine(work, "avis-data"), IndexLocation.Resolve(null, work, null, ceilings));
        // Run from the ceiling itself, its own avis-data is still found; a project's below it too.
        Assert.Equal(Path.Combine(shared, "avis-data"), IndexLocation.Resolve(null, shared, null, ceilings));
        Directory.CreateDirectory(Path.Combine(shared, "projet", "avis-data"));
        Assert.Equal(Path.Combine(shared, "projet", "avis-data"), IndexLocation.Resolve(null, work, null, ceilings));
    }

    [Theory]
    [InlineData("search", "\"hydrogène", ExitCode.Usage, "requête mal formée")]
    [InlineData("search", "ville:Lille", ExitCode.Usage, "champ inconnu « ville: »")]
    [InlineData("show", "2099ZZ99", ExitCode.Unreadable, "aucun avis « 2099ZZ99 »")]
    public void Bad_queries_and_unknown_ids_get_a_french_line(string command, string argument, int exit, string message)
    {
        using var folder = TestFiles.NewTempFolder();
        Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), "--index", folder.File("idx"));
        var (code, _, error) = Run(command, argument, "--index", folder.File("idx"));
        Assert.Equal(exit, code);
        Assert.Contains(message, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Searching_before_any_import_says_so()
    {
        using var folder = TestFiles.NewTempFolder();
        var (code, _, error) = Run("search", "hydrogène", "--index", folder.File("nothing"));
        Assert.Equal(ExitCode.IndexUnavailable, code);
        Assert.Contains("aucun index", error);
    }
}
