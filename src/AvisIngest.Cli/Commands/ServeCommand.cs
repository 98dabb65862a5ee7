using AvisIngest.Web;
using Microsoft.Extensions.Hosting;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis serve [--port N] [--urls URL] [--index DIR]`: the search page and API, until Ctrl+C.</summary>
public sealed class ServeCommand : ICommand
{
    public string Name => "serve";

    public string Summary => "serve [--port 5080] [--urls URL] [--index DOSSIER]   page de recherche et API sur http://127.0.0.1:5080";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, flags: [], valued: [IndexLocation.Option, "--port", "--urls"]);
        var url = parsed.Value("--urls")
            ?? (parsed.IntValue("--port", 1, 65535) is { } port ? $"http://127.0.0.1:{port}" : AvisWebApp.DefaultUrl);
        var index = IndexLocation.From(parsed);
        using var app = AvisWebApp.Build(index, url.Split(';', StringSplitOptions.RemoveEmptyEntries));
        try
        {
            app.Start();
        }
        catch (IOException e)
        {
            error.WriteLine($"avis serve : impossible d'écouter sur {url} ({e.Message}) ; choisissez un autre port avec --port");
            return ExitCode.Usage;
        }
        output.WriteLine($"avis serve : {string.Join(", ", app.Urls)} (index {index.DirectoryPath}) ; Ctrl+C pour arrêter");
        app.WaitForShutdown();
        return ExitCode.Ok;
    }
}
