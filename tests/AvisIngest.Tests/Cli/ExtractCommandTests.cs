using System.Diagnostics;
using System.Text.Json;
using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

public class ExtractCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    [Fact]
    public void Json_gives_one_line_per_record_with_contract_names_and_codes()
    {
        var (code, output, _) = Run("extract", "--json", TestFiles.Corpus(TestFiles.Ceit + ".txt"), TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.Equal(ExitCode.Ok, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var json = JsonDocument.Parse(lines[1]);
        var root = json.RootElement;
        Assert.Equal("2026CE02", root.GetProperty("id").GetString());
        Assert.Equal("CMQe ID", root.GetProperty("campus").GetProperty("acronym").GetString());
        Assert.True(root.GetProperty("campus").GetProperty("memberCountApproximate").GetBoolean());
        Assert.Equal("2026-01-19", root.GetProperty("consultation").GetProperty("date").GetString());
        Assert.Equal("written", root.GetProperty("consultation").GetProperty("mode").GetString());
        Assert.Equal("favorable", root.GetProperty("opinion").GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("labelPeriod").GetProperty("from").ValueKind);
        Assert.Equal("perspectives", root.GetProperty("sections")[6].GetProperty("kind").GetString());
    }

    [Fact]
    public void The_summary_is_in_french()
    {
        var (code, output, _) = Run("extract", TestFiles.Corpus(TestFiles.Ceit + ".txt"));
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("Avis 2026CE01", output);
        Assert.Contains("favorable à la majorité", output);
        Assert.Contains("environ 10 000", output);
    }

    [Fact]
    public void An_opinion_without_a_number_is_named_so_with_its_id_whole()
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("ceser.txt");
        File.WriteAllText(path, "CESER Hauts-de-France\n\nAvis sur le schéma régional des mobilités\n\nAvis du CESER\nLe CESER émet un avis favorable au schéma.");
        var (code, output, _) = Run("extract", path);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Matches(@"^Avis sans numéro · sha256:[0-9a-f]{16}  \(", output);
    }

    [Fact]
    public void Not_an_opinion_exits_3_with_a_one_line_reason()
    {
        using var folder = TestFiles.NewTempFolder();
        var path = folder.File("odj.txt");
        File.WriteAllText(path, "Ordre du jour\n1. Approbation du compte rendu\n");
        var (code, output, error) = Run("extract", path);
        Assert.Equal(ExitCode.NotAnOpinion, code);
        Assert.Equal("", output);
        Assert.Equal($"{path} : pas un avis : en-tête « ordre du jour » (-3)", error.Trim());
    }

    [Theory]
    [InlineData("", "vide")]
    [InlineData("binary", "binaire")]
    [InlineData("missing", "introuvable")]
    [InlineData("docx", "format non pris en charge")]
    public void Unreadable_files_exit_2_with_a_reason(string kind, string reason)
    {
        using var folder = TestFiles.NewTempFolder();
        var path = kind switch
        {
            "" => folder.File("empty.txt"),
            "binary" => folder.File("image.txt"),
            "docx" => folder.File("avis.docx"),
            _ => folder.File("absent.txt"),
        };
        if (kind == "")
            File.WriteAllBytes(path, []);
        if (kind is "binary" or "docx")
            File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        var (code, _, error) = Run("extract", path);
        Assert.Equal(ExitCode.Unreadable, code);
        Assert.Contains(reason, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void With_several_files_the_exit_code_is_the_most_serious_and_good_files_still_print()
    {
        using var folder = TestFiles.NewTempFolder();
        var agenda = folder.File("odj.txt");
        File.WriteAllText(agenda, "Ordre du jour\n");
        var (code, output, error) = Run("extract", "--json", agenda, folder.File("absent.txt"), TestFiles.Corpus(TestFiles.Id + ".txt"));
        Assert.Equal(ExitCode.Unreadable, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(new[] { "extract" }, "au moins un fichier")]
    [InlineData(new[] { "extract", "--jsn", "a.txt" }, "option inconnue : --jsn")]
    [InlineData(new[] { "frobnicate" }, "commande inconnue")]
    [InlineData(new[] { "extract", "--ocr", "sometimes", "a.pdf" }, "--ocr attend auto, always ou never")]
    [InlineData(new[] { "ingest", "corpus-absent", "--report", "/nonexistent/dir/r.jsonl" }, "impossible d'écrire le rapport /nonexistent/dir/r.jsonl")]
    [InlineData(new[] { "export", "--table", "3" }, "table inconnue « 3 »")]
    [InlineData(new string[0], "Commandes")]
    public void Usage_errors_exit_1_in_french(string[] args, string message)
    {
        var (code, _, error) = Run(args);
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains(message, error);
    }

    [Fact]
    public void Ocr_never_reports_a_scan_as_having_no_text_layer()
    {
        var (code, _, error) = Run("extract", "--ocr", "never", TestFiles.Corpus(Path.Combine("scans", TestFiles.Ceit + "-scan.pdf")));
        Assert.Equal(ExitCode.Unreadable, code);
        Assert.Contains("aucune couche texte, document numérisé ?", error);
    }

    [Fact]
    public void The_built_program_runs_and_reports_bad_input_without_a_stack_trace()
    {
        var avis = Path.Combine(AppContext.BaseDirectory, "avis.dll");
        var start = new ProcessStartInfo("dotnet", [avis, "extract", "/nonexistent/avis.txt"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(ExitCode.Unreadable, process.ExitCode);
        Assert.Equal("/nonexistent/avis.txt : illisible : fichier introuvable", error.Trim());
    }
}
