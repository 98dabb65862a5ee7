using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

/// <summary>`avis search` as staff read it: subject lines, pages, order, French values.</summary>
public class SearchCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    private static string SeedIndex(TempFolder folder)
    {
        var index = folder.File("idx");
        Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), TestFiles.Corpus(TestFiles.Id + ".txt"), "--index", index);
        return index;
    }

    [Fact]
    public void Each_hit_shows_its_subject_line_and_pages_say_where_they_are()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = SeedIndex(folder);

        var (code, output, _) = Run("search", "campus", "--limit", "1", "--sort", "date", "--index", index);
        Assert.Equal(ExitCode.Ok, code);
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var first = Array.FindIndex(lines, l => l.StartsWith("1. "));
        Assert.Matches(@"^1\. 2026CE0[12]  CMQe (ID|CEIT)  2026-01-19  favorable$", lines[first]);
        Assert.StartsWith("   Concernant le renouvellement du label", lines[first + 1]);
        Assert.Contains("Page 1 sur 2 (avis 1 à 1 sur 2) ; la suite : --page 2", output);

        output = Run("search", "campus", "--limit", "1", "--page", "2", "--sort", "date", "--index", index).Out;
        Assert.Matches(@"\n2\. 2026CE0[12]  CMQe (ID|CEIT)  2026-01-19  favorable\n", output.ReplaceLineEndings("\n"));
        Assert.Contains("Page 2 sur 2 (avis 2 à 2 sur 2)", output);
        Assert.DoesNotContain("la suite", output);

        (code, output, _) = Run("search", "campus", "--page", "3", "--index", index);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("Page 3 : au-delà de la dernière page (1) ; relancez sans --page.", output);
    }

    // The ids of a CSV table, header first, the rest sorted (files are imported in parallel, in any order).
    private static string[] Rows(string csv)
    {
        var ids = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0]).ToArray();
        return [ids[0], .. ids[1..].Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void French_values_and_several_values_filter_like_codes()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = SeedIndex(folder);
        Assert.Contains("1 avis correspond", Run("search", "hydrogène", "--section", "Site emblématique", "--index", index).Out);
        Assert.Contains("2 avis correspondent", Run("search", "campus", "--outcome", "FAVORABLE", "--campus", "cmqe id,CMQe CEIT", "--index", index).Out);
        Assert.Equal(["id", "2026CE01", "2026CE02"], Rows(Run("export", "--table", "opinions", "--outcome", "Favorable", "--index", index).Out));
        Assert.Equal(["id", "2026CE01"], Rows(Run("export", "--table", "opinions", "--section", "site emblématique", "--campus", "CMQe CEIT,CMQe ID", "--index", index).Out));
        var (code, _, error) = Run("export", "--table", "opinions", "--section", "sites", "--index", index);
        Assert.Equal(ExitCode.Usage, code);
        Assert.Contains("section inconnue « sites »", error);
    }

    [Fact]
    public void A_campus_named_without_an_acronym_is_listed_filtered_and_counted_by_its_theme()
    {
        using var folder = TestFiles.NewTempFolder();
        var text = folder.File("tourisme.txt");
        File.WriteAllText(text, "Comité régional de l'emploi Hauts-de-France\n\nAvis n° 2027CE44 sur la demande de labellisation du Campus des métiers et des qualifications Tourisme et hospitalité Côte d'Opale\n\n"
            + "Le réseau\n\nLe campus réunit le lycée hôtelier du Touquet et quatre lycées professionnels du littoral.\n\nAvis du Comité\n\nLe Comité émet un avis favorable.\n");
        var index = folder.File("idx");
        Assert.Equal(ExitCode.Ok, Run("ingest", text, "--index", index).Code);

        var (code, output, _) = Run("search", "lycée", "--campus", "Tourisme et hospitalité Côte d'Opale", "--index", index);
        Assert.Equal(ExitCode.Ok, code);
        Assert.Contains("1. 2027CE44  Tourisme et hospitalité Côte d'Opale  ", output);
        Assert.DoesNotContain("sans campus", output);
        Assert.Matches(@"Tourisme et hospitalité Côte d'Opale +1\n", Run("stats", "--index", index).Out.ReplaceLineEndings("\n"));
    }
}
