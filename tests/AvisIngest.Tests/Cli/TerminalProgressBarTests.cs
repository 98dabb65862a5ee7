using AvisIngest.Cli.Output;
using AvisIngest.Ingest;

namespace AvisIngest.Tests.Cli;

public class TerminalProgressBarTests
{
    private static IngestFileResult Done(string path) => new(path, IngestOutcome.Imported, "2026CE01", null);

    [Fact]
    public void The_first_file_draws_the_bar_and_files_within_a_tenth_of_a_second_do_not_redraw()
    {
        var terminal = new StringWriter();
        var bar = new TerminalProgressBar(terminal);
        bar.Started(3);
        bar.FileDone(Done("a.txt"), 1, 3);
        bar.FileDone(Done("b.txt"), 2, 3);
        bar.FileDone(Done("c.txt"), 3, 3);
        bar.Finished();

        var draws = terminal.ToString().Split('\r', StringSplitOptions.RemoveEmptyEntries);
        // The first file is drawn at once, the second within 100 ms is not, the last always is.
        Assert.Equal(2, draws.Length);
        Assert.StartsWith("[##########--------------------] 1/3 fichiers", draws[0]);
        Assert.StartsWith("[##############################] 3/3 fichiers", draws[1]);
        Assert.Contains("reste 0:00", draws[1]);
        Assert.EndsWith(Environment.NewLine, draws[1]);
    }

    [Theory]
    [InlineData(0, "0:00")]
    [InlineData(75, "1:15")]
    [InlineData(3599, "59:59")]
    [InlineData(3600 * 3 + 62, "3:01:02")]
    [InlineData(3600 * 30, "30:00:00")]
    public void Time_left_reads_as_minutes_then_hours(int seconds, string expected) =>
        Assert.Equal(expected, TerminalProgressBar.FormatLeft(TimeSpan.FromSeconds(seconds)));
}
