using System.Globalization;
using AvisIngest.Normalising;
using AvisIngest.Records;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace AvisIngest.Indexing;

/// <summary>What the index keeps of an opinion's source, to decide on the next import.</summary>
/// <remarks>
/// <see cref="Ocr"/>: the text came from OCR (a scan), not from a text layer. <see cref="Extraction"/>:
/// the <see cref="Pipeline.OpinionPipeline.CurrentExtractionVersion"/> that made the record (null before 2026-11-23).
/// </remarks>
/// <see cref="FileHash"/>: the SHA-256 of the file's bytes, kept for scans, so that the same scan met
/// again (touched, copied, moved) is never read by OCR again.
public sealed record IndexedSource(string Id, string ContentHash, string Path, SourceFormat Format, long ModifiedTicks, long Size, bool Ocr = false, string? Extraction = null)
{
    public string? FileHash { get; init; }
}

/// <summary>Turns a record and its normalised text into the block of Lucene documents that stores it.</summary>
public static class OpinionDocuments
{
    public static IReadOnlyList<Document> Create(OpinionRecord record, NormalisedDocument text, IndexedSource source) =>
        Create(record, section => text.Text[section.Start..section.End].TrimEnd(), source);

    /// <summary>The block of documents of a record whose sections' texts are given (a record moved to another file, from the index).</summary>
    public static IReadOnlyList<Document> Create(OpinionRecord record, Func<Section, string> textOf, IndexedSource source)
    {
        var campus = Presentation.RecordFields.CampusOf(record);
        var year = record.Consultation.Date?.Year.ToString(CultureInfo.InvariantCulture);
        var outcome = RecordCodes.Of(record.Opinion.Outcome);
        var date = record.Consultation.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var opinion = new Document
        {
            new StringField(IndexFields.Type, IndexFields.OpinionType, Field.Store.YES),
            new StringField(IndexFields.Id, record.Id, Field.Store.YES),
            new StringField(IndexFields.ContentHash, source.ContentHash, Field.Store.YES),
            new StringField(IndexFields.SourcePath, source.Path, Field.Store.YES),
            new StoredField(IndexFields.SourceFormat, source.Format == SourceFormat.Pdf ? "pdf" : "txt"),
            new StoredField(IndexFields.SourceModified, source.ModifiedTicks),
            new StoredField(IndexFields.SourceSize, source.Size),
            new StoredField(IndexFields.SourceOcr, source.Ocr ? 1 : 0),
            new StoredField(IndexFields.Extraction, source.Extraction ?? ""),
            new StoredField(IndexFields.FileHash, source.FileHash ?? ""),
            new StoredField(IndexFields.Record, RecordJson.Serialize(record)),
        };
        // One key per organisation's name and acronym: either finds the opinion (--organisation).
        var organisations = record.Organizations.SelectMany(o => new[] { o.Name, o.Acronym }).OfType<string>().Select(OrganisationKey).Distinct().ToList();
        AddFilters(opinion, campus, year, date, outcome);
        // On the opinion's document only: a search keeps its sections through its block (Search.OpinionBlockFilter).
        foreach (var key in organisations)
            opinion.Add(new StringField(IndexFields.Organisation, key, Field.Store.NO));
        foreach (var name in record.Organizations.Select(o => o.Name).Distinct(StringComparer.Ordinal))
            opinion.Add(new SortedSetDocValuesField(IndexFields.OrganisationName, new BytesRef(name)));
        if (date is not null)
        {
            opinion.Add(new StoredField(IndexFields.Date, date));
            // Shown with each hit without reading the stored record (see DisplayValues).
            opinion.Add(new SortedDocValuesField(IndexFields.Date, new BytesRef(date)));
        }
        opinion.Add(new BinaryDocValuesField(IndexFields.Title, new BytesRef(record.Title)));
        opinion.Add(new BinaryDocValuesField(IndexFields.Body, new BytesRef(Presentation.RecordFields.BodyOf(record))));
        foreach (var alias in FormerAcronyms(record).Select(CampusKey).Distinct())
            opinion.Add(new StringField(IndexFields.CampusAlias, alias, Field.Store.NO));

        var documents = new List<Document> { opinion };
        foreach (var section in record.Sections)
        {
            var sectionText = textOf(section);
            var sectionDocument = new Document
            {
                new StringField(IndexFields.Type, IndexFields.SectionType, Field.Store.YES),
                new StringField(IndexFields.Id, record.Id, Field.Store.YES),
                new StringField(IndexFields.Kind, RecordCodes.Of(section.Kind), Field.Store.YES),
                new SortedDocValuesField(IndexFields.Kind, new BytesRef(RecordCodes.Of(section.Kind))),
                // Searched through the inverted index, shown from doc values (see DisplayValues).
                new TextField(IndexFields.Text, sectionText, Field.Store.NO),
                new BinaryDocValuesField(IndexFields.Text, new BytesRef(sectionText)),
            };
            AddFilters(sectionDocument, campus, year, date, outcome);
            documents.Add(sectionDocument);
        }
        return documents;
    }

    /// <summary>The provenance the index holds for an opinion document.</summary>
    public static IndexedSource SourceOf(Document opinion) => new(
        opinion.Get(IndexFields.Id),
        opinion.Get(IndexFields.ContentHash),
        opinion.Get(IndexFields.SourcePath),
        opinion.Get(IndexFields.SourceFormat) == "pdf" ? SourceFormat.Pdf : SourceFormat.Txt,
        opinion.GetField(IndexFields.SourceModified)?.GetInt64Value() ?? 0,
        opinion.GetField(IndexFields.SourceSize)?.GetInt64Value() ?? 0,
        opinion.GetField(IndexFields.SourceOcr)?.GetInt32Value() == 1,
        opinion.Get(IndexFields.Extraction) is { Length: > 0 } extraction ? extraction : null)
    {
        FileHash = opinion.Get(IndexFields.FileHash) is { Length: > 0 } hash ? hash : null,
    };

    /// <summary>The filter key of an organisation's name or acronym: folded, single spaces, apostrophes straight.</summary>
    public static string OrganisationKey(string name) => Extraction.Organizations.OrganizationCatalogue.KeyOf(name);

    /// <summary>The acronyms the record gives for the campus's former names: "Image Numérique et Industrie Créative (INIC)" → "INIC".</summary>
    public static IEnumerable<string> FormerAcronyms(OpinionRecord record) =>
        record.Campus.FormerNames.Select(n => System.Text.RegularExpressions.Regex.Match(n, @"\(([^()]{2,20})\)\s*$")).Where(m => m.Success).Select(m => m.Groups[1].Value.Trim());

    /// <summary>The filter key of a campus acronym: lower case, single spaces ("CMQe  ID" → "cmqe id").</summary>
    public static string CampusKey(string campus) => string.Join(' ', TextFolding.Fold(campus).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // Every document carries the opinion's filter values and their doc values, so that a search over
    // sections filters, groups and counts without reading stored fields. Not the organisations: up to
    // 80 keys copied into each of ten sections made an eighth of the import's time.
    private static void AddFilters(Document document, string? campus, string? year, string? date, string? outcome)
    {
        // Searched as a range of terms (--from, --to): ISO dates sort as their text.
        if (date is not null)
            document.Add(new StringField(IndexFields.Date, date, Field.Store.NO));
        document.Add(new SortedDocValuesField(IndexFields.Id, new BytesRef(document.Get(IndexFields.Id))));
        AddKey(document, IndexFields.Campus, campus is null ? null : CampusKey(campus));
        AddKey(document, IndexFields.Year, year);
        AddKey(document, IndexFields.Outcome, outcome);
        if (campus is not null)
        {
            document.Add(new StoredField(IndexFields.CampusDisplay, campus));
            document.Add(new SortedDocValuesField(IndexFields.CampusDisplay, new BytesRef(campus)));
        }
    }

    private static void AddKey(Document document, string field, string? value)
    {
        if (value is null)
            return;
        document.Add(new StringField(field, value, Field.Store.YES));
        document.Add(new SortedDocValuesField(field, new BytesRef(value)));
    }
}
