using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Records;

namespace AvisIngest.Tests;

/// <summary>Where the repository's fixtures are, and a pipeline to run on text held in a string.</summary>
internal static class TestFiles
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Corpus(string name) => Path.Combine(RepoRoot, "corpus", name);

    public static string PdfWild(string name) => Path.Combine(RepoRoot, "..", "shared", "pdf-wild", name);

    public const string Ceit = "avis-2026CE01-cmqe-ceit";
    public const string Id = "avis-2026CE02-cmqe-id";

    public static OpinionPipeline Pipeline { get; } = OpinionPipelineBuilder.CreateDefault().Build();

    /// <summary>Runs the default pipeline on a text as if it were a .txt file.</summary>
    public static ExtractionResult ExtractText(string text) => Pipeline.Extract(TextSource(text.ReplaceLineEndings("\n").Split('\n')));

    /// <summary>Raw lines as a .txt file's one page, as the text reader gives them.</summary>
    public static SourceDocument TextSource(IReadOnlyList<string> lines) =>
        new("test.txt", SourceFormat.Txt, "", "utf-8", null, [new SourcePage(null, lines)], []);

    /// <summary>The record of a text that must be an opinion.</summary>
    public static OpinionRecord RecordOf(string text)
    {
        var result = ExtractText(text);
        Assert.True(result.Status == ExtractionStatus.Extracted, $"not extracted: {result.Status} {result.Reason}");
        return result.Record!;
    }

    /// <summary>Runs `avis` in process; returns its exit code, stdout and stderr.</summary>
    public static (int Code, string Out, string Err) RunCli(params string[] args) => RunCliIn(null, args);

    /// <summary>Runs `avis` as if from <paramref name="workingDirectory"/> (null: the process's).</summary>
    public static (int Code, string Out, string Err) RunCliIn(string? workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = AvisIngest.Cli.AvisCommandLine.CreateDefault(workingDirectory).Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A temporary folder deleted at dispose.</summary>
    public static TempFolder NewTempFolder() => new();

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "AvisIngest.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("AvisIngest.sln not found above the test binaries");
    }
}

internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "avis-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS cleans temp anyway.
        }
    }
}
