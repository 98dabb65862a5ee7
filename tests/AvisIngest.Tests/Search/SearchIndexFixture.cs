using AvisIngest.Indexing;
using AvisIngest.Ingest;
using Lucene.Net.Index;

namespace AvisIngest.Tests.Search;

/// <summary>An index of the corpus (text and PDF) and two made-up opinions of another campus, built once for the search tests.</summary>
public sealed class SearchIndexFixture : IDisposable
{
    private readonly TempFolder folder = TestFiles.NewTempFolder();

    public SearchIndexFixture()
    {
        var input = Path.Combine(folder.Path, "in");
        Directory.CreateDirectory(input);
        foreach (var file in Directory.GetFiles(Path.Combine(TestFiles.RepoRoot, "corpus"), "avis-*"))
            File.Copy(file, Path.Combine(input, Path.GetFileName(file)));
        File.WriteAllText(Path.Combine(input, "tp-2024.txt"),
            "Avis du Comité régional pour l'emploi N° 2024CE05\nConcernant l'obtention du label du Campus des Métiers et des Qualifications Travaux Publics (CMQ TP) Hauts-de-France\n\n" +
            "Consultation écrite du CoRE du 12 mars 2024\n\nI. Contexte et périmètre\nLe campus forme aux métiers des réseaux d'hydrogène et des énergies renouvelables à Saint-Omer, avec la CAPEB Hauts-de-France.\n\n" +
            "Avis du CoRE\nLe CoRE émet un avis défavorable à la majorité.");
        File.WriteAllText(Path.Combine(input, "tp-2025.txt"),
            "Avis du Comité régional pour l'emploi N° 2025CE02\nConcernant le renouvellement du label du Campus des Métiers et des Qualifications Travaux Publics (CMQ TP) Hauts-de-France\n\n" +
            "Consultation écrite du CoRE du 3 février 2025\n\nIV. Perspectives 2025-2030\nDévelopper les chantiers écoresponsables avec la Confédération de l'artisanat et des petites entreprises du bâtiment.\n\n" +
            "Avis du CoRE\nLe CoRE émet un avis favorable sous réserve de la transmission du bilan.");
        Index = new OpinionIndex(Path.Combine(folder.Path, "index"));
        var pipeline = TestFiles.Pipeline;
        new IngestRunner(pipeline, Index, new IngestOptions()).Run(FileDiscovery.Find([input], []), IngestProgress.None);
        Reader = Index.OpenReader()!;
    }

    public OpinionIndex Index { get; }

    public DirectoryReader Reader { get; }

    public void Dispose()
    {
        Reader.Dispose();
        folder.Dispose();
    }
}
