using System.Diagnostics;
using AvisIngest.Extraction;
using AvisIngest.Indexing;
using AvisIngest.Extraction.Campus;
using AvisIngest.Normalising;
using AvisIngest.Pipeline;
using AvisIngest.Reading;
using AvisIngest.Recognition;
using AvisIngest.Records;
using AvisIngest.Sections;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = System.IO.Directory;

namespace AvisIngest.Bench;

/// <summary>
/// Where the extraction of a text opinion spends its time, stage by stage and extractor by
/// extractor: the default pipeline's parts composed here in the pipeline's order, run over the
/// given files (default: every text of corpus/), warmed up, then timed on one thread; then the
/// opinion's documents built and written as the import does, and bare Lucene.Net indexing of the
/// same file (one document of its raw text) timed in the same loop.
/// </summary>
internal static class StagesBench
{
    public static void Run(IReadOnlyList<string> paths, int opinionsTimed)
    {
        var files = paths.Count > 0 ? paths : Directory.GetFiles(Path.Combine(Seeds.FindRoot(), "corpus"), "*.txt", SearchOption.AllDirectories).Order().ToList();
        var builder = OpinionPipelineBuilder.CreateDefault();
        var rules = builder.HeadingRules.ToArray();
        var segmenter = new SectionSegmenter(rules, new FormHeadingDetector(rules), builder.HeadingClassifier, builder.SegmenterOptions);
        var normaliser = new TextNormaliser(builder.LineNormalisers.ToArray(), new ParagraphJoiner(builder.JoinerOptions, segmenter.IsHeading));
        var recogniser = new OpinionRecogniser();
        var reader = new TextDocumentReader();
        var names = builder.Extractors.Select((e, i) => $"{i + 1:00} {(e is CampusOnly only ? only.Inner : e).GetType().Name}").ToList();
        var contents = files.Select(f => (Path: f, Bytes: File.ReadAllBytes(f))).ToList();
        var rounds = Math.Max(1, opinionsTimed / contents.Count);

        var times = new Dictionary<string, TimeSpan>();
        var order = new List<string>();
        void Add(string stage, TimeSpan t)
        {
            if (!times.ContainsKey(stage))
                order.Add(stage);
            times[stage] = times.GetValueOrDefault(stage) + t;
        }

        var indexRoot = Path.Combine(Path.GetTempPath(), "avis-bench-stages");
        if (Directory.Exists(indexRoot))
            Directory.Delete(indexRoot, true);
        using var writer = new IndexWriter(FSDirectory.Open(Path.Combine(indexRoot, "avis")),
            new IndexWriterConfig(FrenchSearchAnalyzer.Version, new FrenchSearchAnalyzer()) { RAMBufferSizeMB = 64, Similarity = new BM25Similarity() });
        using var bareWriter = new IndexWriter(FSDirectory.Open(Path.Combine(indexRoot, "bare")),
            new IndexWriterConfig(FrenchSearchAnalyzer.Version, new FrenchSearchAnalyzer()) { RAMBufferSizeMB = 64 });
        var bare = TimeSpan.Zero;
        var catalogue = AvisIngest.Extraction.Organizations.OrganizationCatalogue.Default;
        var organisationFinders = new (string, AvisIngest.Extraction.Organizations.IOrganizationMentionFinder)[]
        {
            ("known names", new AvisIngest.Extraction.Organizations.KnownNameFinder(catalogue)),
            ("cue words", new AvisIngest.Extraction.Organizations.CueFinder(catalogue)),
            ("acronyms in brackets", new AvisIngest.Extraction.Organizations.BracketAcronymFinder(catalogue)),
            ("partner lists", new AvisIngest.Extraction.Organizations.PartnerListFinder(catalogue)),
            ("category lists", new AvisIngest.Extraction.Organizations.CategoryListFinder(catalogue)),
            ("kinds shared by complements", new AvisIngest.Extraction.Organizations.SharedKindFinder(catalogue)),
            ("subjects of a company's verbs", new AvisIngest.Extraction.Organizations.ActivitySubjectFinder(catalogue)),
            ("names after chez", new AvisIngest.Extraction.Organizations.WorkplaceFinder()),
            ("tasks given to a name", new AvisIngest.Extraction.Organizations.ContractorFinder()),
            ("bodies closed by their territory", new AvisIngest.Extraction.Organizations.TerritorialBodyFinder()),
            ("académies and départements that act", new AvisIngest.Extraction.Organizations.ActingTerritoryFinder(catalogue)),
        };
        var finderTimes = new Dictionary<string, TimeSpan>();
        var opinions = 0;
        for (var round = -rounds; round < rounds; round++)
        {
            var timed = round >= 0;
            foreach (var (path, bytes) in contents)
            {
                var watch = Stopwatch.StartNew();
                var source = reader.Read(path, bytes, ReadOptions.Default);
                Mark("read");
                var lines = normaliser.NormaliseLines(source);
                Mark("normalise lines");
                var document = new NormalisedDocument(normaliser.Join(lines));
                Mark("join paragraphs");
                var verdict = recogniser.Judge(document);
                Mark("recognise");
                if (!verdict.IsOpinion)
                    continue;
                var record = new OpinionRecord();
                var sections = segmenter.Segment(document, record.Warnings);
                record.Sections.AddRange(sections);
                Mark("segment");
                var context = new ExtractionContext(document, sections);
                for (var i = 0; i < builder.Extractors.Count; i++)
                {
                    builder.Extractors[i].Extract(context, record);
                    Mark(names[i]);
                }
                var body = context.BodyText();
                foreach (var (name, finder) in organisationFinders)
                {
                    watch.Restart();
                    finder.Find(body).Count();
                    if (timed)
                        finderTimes[name] = finderTimes.GetValueOrDefault(name) + watch.Elapsed;
                }
                watch.Restart();
                var documents = OpinionDocuments.Create(record, document, new IndexedSource(record.Id, ContentHash.Of(document), path, record.Source.Format, 0, bytes.Length));
                Mark("index: documents built");
                writer.UpdateDocuments(new Term(IndexFields.Id, record.Id), documents);
                Mark("index: documents written (Lucene.Net)");
                bareWriter.AddDocument(new Document { new StringField("path", path, Field.Store.YES), new TextField("text", System.Text.Encoding.UTF8.GetString(bytes), Field.Store.YES) });
                if (timed)
                {
                    bare += watch.Elapsed;
                    opinions++;
                }

                void Mark(string stage)
                {
                    if (timed)
                        Add(stage, watch.Elapsed);
                    watch.Restart();
                }
            }
        }

        var flush = Stopwatch.StartNew();
        writer.Commit();
        Add("index: commit", flush.Elapsed);
        flush.Restart();
        bareWriter.Commit();
        bare += flush.Elapsed;
        var total = times.Values.Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Console.WriteLine($"{contents.Count} files, {rounds} rounds, {opinions} opinions extracted: {total.TotalMilliseconds / opinions:0.000} ms an opinion, one thread");
        Console.WriteLine("| stage | ms an opinion | share |");
        Console.WriteLine("|---|---|---|");
        foreach (var stage in order.OrderByDescending(s => times[s]))
            Console.WriteLine($"| {stage} | {times[stage].TotalMilliseconds / opinions:0.000} | {times[stage] / total:P1} |");
        Console.WriteLine($"organisation finders alone, ms an opinion (timed apart, not in the total): {string.Join(", ", finderTimes.Select(f => $"{f.Key} {f.Value.TotalMilliseconds / opinions:0.000}"))}");
        Console.WriteLine($"bare Lucene.Net, the same files (the raw text, one document each, stored), same analyser, same run: {bare.TotalMilliseconds / opinions:0.000} ms a file; avis / bare: {total / bare:0.00}");
    }
}
