using System.Text;
using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

public class ExportCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    [Fact]
    public void Export_filters_like_search_and_writes_files_in_either_dialect()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("idx");
        Run("ingest", IndexCommandsTests.Seeds(folder), "--index", index);

        var (code, output, _) = Run("export", "--table", "opinions", "--query", "hydrogène", "--index", index);
        Assert.Equal(ExitCode.Ok, code);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2026CE01,", lines[1]);

        (_, output, _) = Run("export", "--table", "axes", "--campus", "CMQe ID", "--index", index);
        Assert.Equal(5, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        (_, output, _) = Run("export", "--table", "sites", "--year", "2025", "--index", index);
        Assert.Equal("id,position,town\r\n", output);

        var path = folder.File("axes.csv");
        string error;
        (code, _, error) = Run("export", "--table", "axes", "--excel", "--out", path, "--index", index);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Equal($"Index : {index}\n7 lignes (2 avis) écrites dans {path}", error.Trim().ReplaceLineEndings("\n"));
        var bytes = File.ReadAllBytes(path);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("id;axis_number;title\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }

    [Theory]
    [InlineData("--table", "partners", "table inconnue « partners »")]
    [InlineData("--query", "\"hydrogène", "requête mal formée")]
    [InlineData("--out", "/dossier-absent/axes.csv", "impossible d'écrire /dossier-absent/axes.csv")]
    public void Bad_arguments_get_a_french_line_and_exit_1(string option, string value, string message)
    {
        using var folder = TestFiles.NewTempFolder();
        Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), "--index", folder.File("idx"));
        var (code, _, error) = Run("export", option, value, "--index", folder.File("idx"));
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains(message, error);
    }
}
