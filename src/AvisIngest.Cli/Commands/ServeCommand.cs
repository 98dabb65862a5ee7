using AvisIngest.Web;
using Microsoft.Extensions.Hosting;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis serve [--port N] [--urls URL] [--index DIR]`: the search page and API, until Ctrl+C.</summary>
public sealed class ServeCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("serve", "", "page de recherche et API, sur http://127.0.0.1:5080 par défaut, jusqu'à Ctrl+C",
        [
            new("--port", "N", "port d'écoute sur 127.0.0.1 (5080 par défaut)"),
            new("--urls", "URL", "adresse(s) d'écoute, séparées par « ; » (http://0.0.0.0:8080 pour le réseau)"),
            IndexLocation.Spec,
        ],
        ["avis serve", "avis serve --port 8080 --index /srv/avis-data"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        var url = parsed.Value("--urls")
            ?? (parsed.IntValue("--port", 1, 65535) is { } port ? $"http://127.0.0.1:{port}" : AvisWebApp.DefaultUrl);
        var urls = url.Split(';', StringSplitOptions.RemoveEmptyEntries);
        foreach (var one in urls)
        {
            if (!Uri.TryCreate(one, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
                throw new UsageException($"adresse invalide « {one} » : attendu http://HÔTE:PORT, par exemple http://127.0.0.1:5080");
        }
        var index = IndexLocation.From(parsed);
        using var app = AvisWebApp.Build(index, urls);
        try
        {
            app.Start();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            error.WriteLine($"avis serve : impossible d'écouter sur {url} (port déjà pris, ou adresse absente de cette machine) ; choisissez un autre port avec --port");
            return ExitCode.Usage;
        }
        output.WriteLine($"avis serve : {string.Join(", ", app.Urls)} (index {index.DirectoryPath}) ; Ctrl+C pour arrêter");
        app.WaitForShutdown();
        return ExitCode.Ok;
    }
}
