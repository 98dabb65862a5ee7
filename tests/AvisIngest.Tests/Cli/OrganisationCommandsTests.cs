using System.Text.Json;
using AvisIngest.Indexing;
using Lucene.Net.Index;

namespace AvisIngest.Tests.Cli;

/// <summary>Organisations as users reach them: the search filter, the stats, and re-reading after an upgrade.</summary>
public class OrganisationCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => TestFiles.RunCli(args);

    private static string[] Numbers(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()!).Order().ToArray();

    [Fact]
    public void Train_with_a_missing_organisation_file_says_so_in_french_and_writes_no_model()
    {
        using var folder = TestFiles.NewTempFolder();
        var model = Path.Combine(folder.File("models"), "section-classifier.zip");
        var labels = Path.Combine(TestFiles.RepoRoot, "corpus", "labels");
        var (code, _, error) = TestFiles.RunCli("train", "--data", Path.Combine(labels, "sections.tsv"), "--headings", Path.Combine(labels, "headings.tsv"),
            "--organisations", folder.File("absent.tsv"), "--out", model);
        Assert.Equal(1, code);
        Assert.Contains("organisations étiquetées introuvables", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(model)), "rien ne doit être écrit avant la vérification");
    }

    [Fact]
    public void Train_without_the_held_out_lists_beside_the_labels_says_so_in_french_and_writes_no_model()
    {
        using var folder = TestFiles.NewTempFolder();
        var model = Path.Combine(folder.File("models"), "section-classifier.zip");
        var labels = Path.Combine(TestFiles.RepoRoot, "corpus", "labels");
        // The labelled headings copied alone: their held-out lists stayed behind, so their documents would be trained on.
        File.Copy(Path.Combine(labels, "headings.tsv"), folder.File("headings.tsv"));
        var (code, _, error) = TestFiles.RunCli("train", "--data", Path.Combine(labels, "sections.tsv"), "--headings", folder.File("headings.tsv"),
            "--organisations", Path.Combine(labels, "organizations.tsv"), "--out", model);
        Assert.Equal(1, code);
        Assert.Contains("liste des documents tenus à l'écart introuvable", error);
        Assert.Contains("held-out-kinds.txt", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(model)), "rien ne doit être écrit avant la vérification");

        File.Copy(Path.Combine(labels, "held-out-kinds.txt"), folder.File("held-out-kinds.txt"));
        (code, _, error) = TestFiles.RunCli("train", "--data", Path.Combine(labels, "sections.tsv"), "--headings", folder.File("headings.tsv"),
            "--organisations", Path.Combine(labels, "organizations.tsv"), "--out", model);
        Assert.Equal(1, code);
        Assert.Contains("held-out-organizations.txt", error);
        Assert.False(Directory.Exists(Path.GetDirectoryName(model)));
    }

    [Fact]
    public void An_organisation_written_differently_by_two_opinions_is_counted_once_in_the_stats_and_the_search_counts()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        foreach (var (number, spelling) in new[] { ("2026CE31", "Grand Port Maritime de Dunkerque"), ("2026CE32", "Grand port maritime de Dunkerque") })
        {
            File.WriteAllText(folder.File(number + ".txt"),
                $"Avis du CoRE N° {number}\nConcernant la labellisation du Campus des métiers et des qualifications Logistique (CMQ LOG{number[^1]})\n\n" +
                $"I. Périmètre\nLe campus associe le {spelling} et l'Université du Littoral Côte d'Opale.\n\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        }
        Assert.Equal(0, Run("ingest", folder.File("2026CE31.txt"), folder.File("2026CE32.txt"), "--index", index).Code);

        var stats = JsonDocument.Parse(Run("stats", "--json", "--index", index).Out).RootElement.GetProperty("organisations").EnumerateArray()
            .Select(o => (o.GetProperty("name").GetString(), o.GetProperty("opinions").GetInt32())).ToList();
        Assert.Single(stats, o => o.Item1!.StartsWith("Grand", StringComparison.Ordinal));
        Assert.Contains(stats, o => o.Item1!.StartsWith("Grand", StringComparison.Ordinal) && o.Item2 == 2);

        using var reader = new OpinionIndex(index).OpenReader()!;
        var counts = new AvisIngest.Search.OpinionSearcher(reader).Search(new AvisIngest.Search.SearchRequest("campus") { OrganisationCounts = 10 }).Facets.Organisation!;
        var port = Assert.Single(counts, c => c.Key.StartsWith("Grand", StringComparison.Ordinal));
        Assert.Equal(2, port.Value);
        // The count and the filter it links to agree.
        Assert.Equal(2, Numbers(Run("search", "campus", "--organisation", port.Key, "--json", "--index", index).Out).Length);
    }

    [Fact]
    public void The_acronym_and_the_full_name_find_the_same_opinions()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        Assert.Equal(0, Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), TestFiles.Corpus(TestFiles.Id + ".txt"), "--index", index).Code);

        var byAcronym = Run("search", "campus", "--organisation", "ENSAIT", "--json", "--index", index);
        var byName = Run("search", "campus", "--organisation", "École nationale supérieure des arts et industries textiles", "--json", "--index", index);
        Assert.Equal(0, byAcronym.Code);
        Assert.Equal(Numbers(byAcronym.Out), Numbers(byName.Out));
        Assert.Single(Numbers(byAcronym.Out));

        // UPJV is named by both opinions; France Chimie by one; two organisations: the opinions naming either.
        Assert.Equal(2, Numbers(Run("search", "campus", "--organisation", "upjv", "--json", "--index", index).Out).Length);
        Assert.Single(Numbers(Run("search", "campus", "--organisation", "France Chimie", "--json", "--index", index).Out));
        Assert.Equal(2, Numbers(Run("search", "campus", "--organisation", "France Chimie", "--organisation", "ENSAIT", "--json", "--index", index).Out).Length);

        // An organisation no opinion names is refused, never answered with nothing.
        var (code, _, error) = Run("search", "campus", "--organisation", "France Chimi", "--index", index);
        Assert.Equal(1, code);
        Assert.Contains("aucun avis de l'index ne cite l'organisation « France Chimi » (vouliez-vous dire « France Chimie » ?)", error);
    }

    [Fact]
    public void A_filter_alone_lists_the_opinions_it_keeps_and_nothing_at_all_is_refused_in_french()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        Assert.Equal(0, Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), TestFiles.Corpus(TestFiles.Id + ".txt"), "--index", index).Code);

        var (code, output, _) = Run("search", "--organisation", "France Chimie", "--index", index);
        Assert.Equal(0, code);
        Assert.Contains("1 avis correspond aux filtres.", output);
        Assert.Contains("1. 2026CE01  CMQe CEIT", output);
        Assert.Equal(2, Numbers(Run("search", "--organisation", "UPJV", "--json", "--index", index).Out).Length);

        (code, _, var error) = Run("search", "--index", index);
        Assert.Equal(1, code);
        Assert.Contains("indiquez une requête ou un filtre", error);
    }

    [Fact]
    public void Stats_list_the_most_named_organisations_with_the_number_of_opinions_naming_them()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        Run("ingest", TestFiles.Corpus(TestFiles.Ceit + ".txt"), TestFiles.Corpus(TestFiles.Id + ".txt"), "--index", index);
        var stats = JsonDocument.Parse(Run("stats", "--json", "--index", index).Out).RootElement.GetProperty("organisations").EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("opinions").GetInt32());
        Assert.Equal(2, stats["Université de Picardie Jules Verne (UPJV)"]);
        Assert.Equal(2, stats["Région Hauts-de-France"]);
        Assert.True(stats.Count <= 20);
        Assert.Contains("Organisations les plus citées", Run("stats", "--index", index).Out);
    }

    [Fact]
    public void A_long_organisation_name_does_not_push_every_count_of_the_stats_off_the_terminal()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        var opinion = folder.File("avis.txt");
        File.WriteAllText(opinion, "Avis du Comité régional pour l'emploi N° 2025CE30\n\nI. Contexte\nLe campus travaille avec l'Association de gestion du fonds pour "
            + "l'insertion professionnelle des personnes handicapées (Agefiph) et la Région Hauts-de-France.\n\nII. Avis du CoRE\nLe CoRE émet un avis favorable.\n");
        Run("ingest", opinion, "--index", index);
        var lines = Run("stats", "--index", index).Out.Split('\n');
        var region = lines.Single(l => l.StartsWith("  Région Hauts-de-France", StringComparison.Ordinal)).TrimEnd();
        Assert.Equal(2 + AvisIngest.Cli.Commands.StatsCommand.MaxLabelWidth + 7, region.Length);
        Assert.Contains(lines, l => l.Contains("(Agefiph)", StringComparison.Ordinal) && l.TrimEnd().EndsWith(" 1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_record_made_by_an_older_extraction_is_read_again_though_its_file_did_not_change()
    {
        using var folder = TestFiles.NewTempFolder();
        var index = folder.File("index");
        var seed = TestFiles.Corpus(TestFiles.Ceit + ".txt");
        Run("ingest", seed, "--index", index);
        Assert.Contains("inchangés : 1", Run("ingest", seed, "--index", index).Out);

        // As an index written before the extraction version existed: the opinion document without it.
        using (var directory = Lucene.Net.Store.FSDirectory.Open(index))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Lucene.Net.Util.LuceneVersion.LUCENE_48, new FrenchSearchAnalyzer())))
        {
            using var reader = DirectoryReader.Open(directory);
            var documents = Enumerable.Range(0, reader.MaxDoc).Select(reader.Document).ToList();
            foreach (var document in documents)
                document.RemoveField(IndexFields.Extraction);
            writer.UpdateDocuments(new Term(IndexFields.Id, documents[0].Get(IndexFields.Id)), documents);
            writer.Commit();
        }
        var again = Run("ingest", seed, "--index", index, "--report", folder.File("r.jsonl"));
        Assert.Contains("mis à jour : 1", again.Out);
        Assert.Contains("la lecture des avis a changé", File.ReadAllText(folder.File("r.jsonl")));
        Assert.Contains("inchangés : 1", Run("ingest", seed, "--index", index).Out);
    }
}
