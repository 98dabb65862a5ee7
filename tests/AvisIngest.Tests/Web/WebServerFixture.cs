using AvisIngest.Indexing;
using AvisIngest.Ingest;
using AvisIngest.Tests.Search;
using AvisIngest.Web;
using Microsoft.AspNetCore.Builder;

namespace AvisIngest.Tests.Web;

/// <summary>A real `avis serve` on a free loopback port, over an index of the corpus and of one hostile document.</summary>
public class WebServerFixture : IAsyncLifetime
{
    public const string Hostile = "<script>alert('xss')</script><img src=x onerror=alert(1)>";

    private readonly TempFolder folder = TestFiles.NewTempFolder();
    private WebApplication? app;

    public OpinionIndex Index { get; private set; } = null!;

    public HttpClient Client { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public string Folder => folder.Path;

    public async Task InitializeAsync()
    {
        var input = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.RepoRoot, "corpus"), "avis-*"))
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(input, "hostile.txt"),
            $"Avis du Comité régional pour l'emploi N° 2024CE66\nConcernant le renouvellement du label du Campus des Métiers et des Qualifications Sécurité (CMQ SEC)\n\n" +
            $"Rappel du contexte\nUn texte piégé {Hostile} au milieu des cyberattaques.\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        AddDocuments(input);
        Index = new OpinionIndex(Path.Combine(folder.Path, "index"));
        new IngestRunner(TestFiles.Pipeline, Index, new IngestOptions()).Run(FileDiscovery.Find([input], []), IngestProgress.None);

        app = AvisWebApp.Build(Index, ["http://127.0.0.1:0"]);
        await app.StartAsync();
        BaseUrl = app.Urls.Single();
        Client.BaseAddress = new Uri(BaseUrl);
    }

    /// <summary>More documents for the index, written into <paramref name="input"/> before the import.</summary>
    protected virtual void AddDocuments(string input)
    {
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (app is not null)
            await app.DisposeAsync();
        folder.Dispose();
    }
}
