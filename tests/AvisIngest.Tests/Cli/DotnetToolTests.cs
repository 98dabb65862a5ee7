using System.Diagnostics;
using AvisIngest.Cli;

namespace AvisIngest.Tests.Cli;

/// <summary>`avis` as a person installs it: packed as a .NET tool, installed, run from any folder.</summary>
public class DotnetToolTests
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static (int Code, string Out, string Err) Run(string file, string arguments, string workingDirectory, int minutes = 3)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment.Remove(IndexLocation.EnvironmentVariable);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(minutes)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} {arguments} did not end within {minutes} min");
        }
        return (process.ExitCode, output.Result, error.Result);
    }

    [Fact]
    public void Packed_and_installed_as_a_dotnet_tool_avis_imports_and_searches()
    {
        using var folder = TestFiles.NewTempFolder();
        var packages = folder.File("packages");
        // Packed as the README says: a publish per platform package (linux-x64 compiled ahead of time,
        // with its runtime in one composite image; any). About three minutes on an idle machine, more
        // beside the other tests.
        var pack = Run("dotnet", $"pack \"{Path.Combine(TestFiles.RepoRoot, "src", "AvisIngest.Cli")}\" -c {Configuration} -o \"{packages}\"", TestFiles.RepoRoot, minutes: 15);
        Assert.True(pack.Code == 0, pack.Out + pack.Err);
        var packed = Directory.GetFiles(packages).Select(Path.GetFileName).ToList();
        Assert.Equal(3, packed.Count);
        Assert.Contains(packed, p => p!.StartsWith("AvisIngest.Tool.linux-x64.", StringComparison.Ordinal));
        Assert.Contains(packed, p => p!.StartsWith("AvisIngest.Tool.any.", StringComparison.Ordinal));
        File.WriteAllText(folder.File("nuget.config"),
            $"<configuration><packageSources><clear /><add key=\"local\" value=\"{packages}\" /></packageSources></configuration>");
        var install = Run("dotnet", $"tool install AvisIngest.Tool --tool-path \"{folder.File("tools")}\" --configfile \"{folder.File("nuget.config")}\"", folder.Path);
        Assert.True(install.Code == 0, install.Out + install.Err);

        var avis = Path.Combine(folder.File("tools"), OperatingSystem.IsWindows() ? "avis.exe" : "avis");
        var work = Directory.CreateDirectory(folder.File("archives")).FullName;
        var version = Run(avis, "--version", work);
        Assert.Equal(0, version.Code);
        Assert.StartsWith("avis 1.", version.Out);

        var ingest = Run(avis, $"ingest \"{TestFiles.Corpus(TestFiles.Ceit + ".pdf")}\"", work);
        Assert.Equal(0, ingest.Code);
        Assert.Contains($"Index : {Path.Combine(work, "avis-data")}", ingest.Out);
        var search = Run(avis, "search hydrogène", work);
        Assert.Equal(0, search.Code);
        Assert.Contains("1 avis correspond à « hydrogène ».", search.Out);
    }
}
