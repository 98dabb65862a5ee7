using System.Text.RegularExpressions;
using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

/// <summary>Help, version and suggestions, as a person at a terminal asks for them.</summary>
public class CommandLineHelpTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    public static TheoryData<string> Commands => new(AvisCommandLine.CreateDefault().CommandNames);

    [Theory]
    [MemberData(nameof(Commands))]
    public void Each_command_answers_help_and_h_with_its_synopsis_options_and_an_example(string command)
    {
        var (code, output, error) = Run(command, "--help");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Empty(error);
        Assert.StartsWith($"avis {command}", output);
        Assert.Contains("Options :", output);
        Assert.Contains("--help", output);
        Assert.Matches(@"Exemples? :\n  avis " + command, output.ReplaceLineEndings("\n"));
        Assert.Equal((code, output), (Run(command, "-h").Code, Run(command, "-h").Out));
        Assert.Equal(output, Run("help", command).Out);
    }

    [Fact]
    public void Search_help_lists_every_option_including_limit_and_the_french_values()
    {
        var help = Run("search", "--help").Out;
        foreach (var option in new[] { "--campus", "--organisation", "--year", "--from", "--to", "--section", "--outcome", "--sort", "--page", "--limit", "--json", "--index" })
            Assert.Contains(option, help);
        Assert.Contains("défavorable", help);
        Assert.Contains("site emblématique", help);
        Assert.Contains("--password", Run("ingest", "-h").Out);
        Assert.Contains("--ocr", Run("ingest", "-h").Out);
        Assert.Contains("--section", Run("export", "-h").Out);
    }

    [Fact]
    public void A_query_that_starts_with_a_dash_is_searched_after_two_dashes()
    {
        using var folder = TestFiles.NewTempFolder();
        var (code, _, error) = Run("search", "--index", folder.File("idx"), "--", "-h");
        Assert.Equal(ExitCode.IndexUnavailable, code);
        Assert.Contains("aucun index", error);
    }

    [Fact]
    public void The_global_help_names_every_command_and_how_to_get_its_options()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(ExitCode.Ok, code);
        foreach (var command in AvisCommandLine.CreateDefault().CommandNames)
            Assert.Contains($"  avis {command}", output);
        Assert.Contains("avis COMMANDE --help", output);
        Assert.Equal(ExitCode.Usage, Run().Code);
    }

    [Fact]
    public void Version_prints_the_program_and_reading_versions()
    {
        var (code, output, _) = Run("--version");
        Assert.Equal(ExitCode.Ok, code);
        Assert.Matches(@"^avis \d+\.\d+\.\d+ \(lecture des avis 20\d\d-\d\d-\d\d(\.\d+)?\+[0-9a-f]{8}, \.NET \d+", output);
    }

    [Theory]
    [InlineData(new[] { "serch", "x" }, "avis : commande inconnue « serch » : vouliez-vous dire « search » ?")]
    [InlineData(new[] { "ingset", "x" }, "vouliez-vous dire « ingest » ?")]
    [InlineData(new[] { "search", "x", "--campsu", "ID" }, "avis search : option inconnue : --campsu (vouliez-vous dire « --campus » ?) ; « avis search --help » liste les options")]
    [InlineData(new[] { "export", "--tabel", "axes" }, "option inconnue : --tabel (vouliez-vous dire « --table » ?)")]
    [InlineData(new[] { "search", "x", "--outcome", "défavorabel" }, "décision inconnue « défavorabel » (vouliez-vous dire « défavorable » ?)")]
    [InlineData(new[] { "search", "x", "--sort", "recent" }, "")]
    [InlineData(new[] { "search", "x", "--sort", "alphabétique" }, "tri inconnu « alphabétique » : choisissez date (les plus récents d'abord) ou pertinence")]
    [InlineData(new[] { "search", "x", "--from", "2024-13" }, "date invalide « 2024-13 »")]
    [InlineData(new[] { "frobnicate" }, "avis : commande inconnue « frobnicate ». Tapez « avis --help » pour la liste des commandes.")]
    public void A_mistake_gets_a_french_line_with_the_nearest_valid_word(string[] args, string message)
    {
        using var folder = TestFiles.NewTempFolder();
        TestFiles.RunCli("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), "--index", folder.File("idx"));
        var (code, _, error) = Run([.. args, .. args[0] is "search" or "export" ? new[] { "--index", folder.File("idx") } : []]);
        if (message.Length == 0)
        {
            Assert.Equal(ExitCode.Ok, code);
            return;
        }
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains(message, error);
        Assert.DoesNotMatch(new Regex(@"Exception|   at "), error);
    }

    [Fact]
    public void The_readme_documents_every_option_of_every_command()
    {
        var readme = File.ReadAllText(Path.Combine(TestFiles.RepoRoot, "README.md"));
        foreach (var command in AvisCommandLine.CreateDefault().CommandSyntaxes)
        {
            var start = Regex.Match(readme, $@"^### .*`avis {command.Name}[ `]", RegexOptions.Multiline).Index;
            Assert.True(start > 0, $"README has no section for avis {command.Name}");
            var end = readme.IndexOf("\n### ", start + 1, StringComparison.Ordinal);
            var section = readme[start..(end < 0 ? readme.Length : end)];
            foreach (var option in command.Options)
                Assert.True(section.Contains(option.Name, StringComparison.Ordinal), $"README's avis {command.Name} does not mention {option.Name}");
        }
    }
}
