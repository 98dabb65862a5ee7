using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AvisIngest.Indexing;

/// <summary>
/// Reads what a search page shows of a hit: a section's text and an opinion's consultation date.
/// They are kept in doc values, which are read in place, because a stored field costs a whole
/// compressed chunk's decompression (about 80 µs) and a page shows up to 60 sections. Documents
/// written before the doc values existed (an index made by an earlier version, or such documents
/// merged into a newer segment, where their value is empty) are read from their stored fields.
/// </summary>
public static class DisplayValues
{
    /// <summary>The text of a section document (global document number of <paramref name="reader"/>).</summary>
    public static string SectionText(IndexReader reader, int doc)
    {
        var (leaf, local) = LeafOf(reader, doc);
        // Per thread: a segment reader hands each thread its own doc values instance.
        var texts = leaf.GetBinaryDocValues(IndexFields.Text);
        var bytes = new BytesRef();
        texts?.Get(local, bytes);
        return bytes.Length > 0 ? bytes.Utf8ToString() : leaf.Document(local, TextField).Get(IndexFields.Text) ?? "";
    }

    /// <summary>The consultation date (yyyy-MM-dd) of an opinion document, null when unknown.</summary>
    public static string? OpinionDate(IndexReader reader, int doc)
    {
        var (leaf, local) = LeafOf(reader, doc);
        var dates = leaf.GetSortedDocValues(IndexFields.Date);
        var ord = dates?.GetOrd(local) ?? -1;
        if (ord < 0)
            return leaf.Document(local, DateField).Get(IndexFields.Date);
        var bytes = new BytesRef();
        dates!.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The subject line of an opinion document ("Concernant le renouvellement …"), empty when it has none.</summary>
    public static string OpinionTitle(IndexReader reader, int doc) => OpinionLine(reader, doc, IndexFields.Title, r => r.Title);

    /// <summary>The issuing body of an opinion document as one line, empty when the opinion does not name it.</summary>
    public static string OpinionBody(IndexReader reader, int doc) => OpinionLine(reader, doc, IndexFields.Body, Presentation.RecordFields.BodyOf);

    private static string OpinionLine(IndexReader reader, int doc, string field, Func<Records.OpinionRecord, string> fromRecord)
    {
        var (leaf, local) = LeafOf(reader, doc);
        var values = leaf.GetBinaryDocValues(field);
        var bytes = new BytesRef();
        values?.Get(local, bytes);
        if (bytes.Length > 0 || values is not null)
            return bytes.Utf8ToString();
        // Written before these lines were kept apart (2026-11-24): read from the stored record.
        var stored = leaf.Document(local, RecordField).Get(IndexFields.Record);
        return stored is null ? "" : fromRecord(Records.RecordJson.Deserialize(stored));
    }

    private static readonly ISet<string> RecordField = new HashSet<string> { IndexFields.Record };

    private static readonly ISet<string> TextField = new HashSet<string> { IndexFields.Text }, DateField = new HashSet<string> { IndexFields.Date };

    private static (AtomicReader Leaf, int Doc) LeafOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        return (leaf.AtomicReader, doc - leaf.DocBase);
    }
}
