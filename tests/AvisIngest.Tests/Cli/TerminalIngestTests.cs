using System.Diagnostics;
using System.Text.RegularExpressions;

namespace AvisIngest.Tests.Cli;

/// <summary>
/// `avis ingest` as a person runs it: on a real terminal (a pseudo-terminal made by util-linux's
/// `script`), where stderr is not redirected and the progress bar is drawn in place.
/// </summary>
public class TerminalIngestTests
{
    [Fact]
    public void An_import_on_a_terminal_draws_the_bar_and_ends_with_the_summary()
    {
        using var folder = TestFiles.NewTempFolder();
        var seeds = IndexCommandsTests.Seeds(folder);
        var index = folder.File("idx");

        var (code, screen) = RunOnTerminal($"ingest '{seeds}' --index '{index}'");

        Assert.True(code == 0, screen);
        Assert.DoesNotContain("erreur interne", screen);
        // The bar redraws one line in place (carriage returns), ends full, then the summary follows.
        Assert.Matches(@"\r\[#{30}\] 4/4 fichiers +\d+ fichiers/s +reste 0:00", screen);
        Assert.Matches(new Regex(@"^Importés : 2, mis à jour : 0, inchangés : 0, doublons : 2, pas des avis : 0, échecs : 0", RegexOptions.Multiline), screen.Replace("\r", ""));

        // Again: nothing to do, the bar still ends cleanly.
        (code, screen) = RunOnTerminal($"ingest '{seeds}' --index '{index}'");
        Assert.True(code == 0, screen);
        Assert.Contains("Importés : 0, mis à jour : 0, inchangés : 2, doublons : 2", screen);
    }

    [Fact]
    public void On_a_terminal_a_typo_gets_the_nearest_command_and_help_answers()
    {
        var (code, screen) = RunOnTerminal("serch hydrogène");
        Assert.Equal(1, code);
        Assert.Contains("avis : commande inconnue « serch » : vouliez-vous dire « search » ?", screen);
        (code, screen) = RunOnTerminal("ingest -h");
        Assert.Equal(0, code);
        Assert.Contains("--report FICHIER.jsonl", screen);
        Assert.DoesNotContain("Exception", screen);
    }

    /// <summary>Runs avis under a pseudo-terminal; returns its exit code and everything it drew.</summary>
    internal static (int Code, string Screen) RunOnTerminal(string avisArguments)
    {
        var avis = Path.Combine(AppContext.BaseDirectory, "avis.dll");
        // script(1) gives the command a terminal on stdin, stdout and stderr; the exit code is echoed
        // after it so that it is read whatever script's own version does with it.
        var command = $"dotnet '{avis}' {avisArguments}; echo \"[exit=$?]\"";
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "avis did not finish on the terminal within two minutes");
        var screen = stdout.Result + stderr.Result;
        var exit = Regex.Match(screen, @"\[exit=(\d+)\]");
        Assert.True(exit.Success, screen);
        return (int.Parse(exit.Groups[1].Value), screen);
    }
}
