using System.Runtime.CompilerServices;
using AvisIngest.Indexing;
using AvisIngest.Records;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace AvisIngest.Search;

/// <summary>
/// What a search reads for every matching section of one index segment: where each opinion's block
/// starts, each section's kind, and each opinion's campus, year and outcome. Shared by every searcher
/// over the segment's core (deletions do not change it), so that a server's refreshed reader keeps
/// what it has already read of its unchanged segments.
/// </summary>
internal sealed class SegmentBlocks
{
    private static readonly ConditionalWeakTable<object, SegmentBlocks> Cache = new();

    private SegmentBlocks(AtomicReader reader)
    {
        Opinions = new FixedBitSet(reader.MaxDoc);
        // Deleted opinions count as block starts too: their sections are deleted with them.
        var types = reader.GetTerms(IndexFields.Type)?.GetEnumerator();
        if (types is not null && types.SeekExact(new BytesRef(IndexFields.OpinionType)))
        {
            var postings = types.Docs(liveDocs: null, reuse: null, DocsFlags.NONE);
            for (var doc = postings.NextDoc(); doc != Lucene.Net.Search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.NextDoc())
                Opinions.Set(doc);
        }
        Kind = new OrdColumn(reader, IndexFields.Kind);
        KindOfOrd = Kind.Values.Select(code => RecordCodes.TryParse<SectionKind>(code, out var kind) ? kind : SectionKind.Other).ToArray();
        Campus = new OrdColumn(reader, IndexFields.CampusDisplay);
        Year = new OrdColumn(reader, IndexFields.Year);
        Outcome = new OrdColumn(reader, IndexFields.Outcome);
        Organisations = new OrdSetColumn(reader.MaxDoc);
    }

    /// <summary>The opinion documents, each the first of its block (the sections follow it).</summary>
    public FixedBitSet Opinions { get; }

    /// <summary>Each section's kind, as a value number of <see cref="KindOfOrd"/>.</summary>
    public OrdColumn Kind { get; }

    public SectionKind[] KindOfOrd { get; }

    public OrdColumn Campus { get; }
    public OrdColumn Year { get; }
    public OrdColumn Outcome { get; }

    /// <summary>The organisations each opinion names.</summary>
    public OrdSetColumn Organisations { get; }

    public static SegmentBlocks Of(AtomicReader reader) => Cache.GetValue(reader.CoreCacheKey, _ => new SegmentBlocks(reader));

    /// <summary>The opinion document whose block holds <paramref name="doc"/>.</summary>
    public int OpinionOf(int doc) => Opinions.Get(doc) ? doc : Math.Max(Opinions.PrevSetBit(doc), 0);

    /// <summary>The last document of the block that holds <paramref name="doc"/>.</summary>
    public int BlockEnd(int doc)
    {
        var next = doc + 1 < Opinions.Length ? Opinions.NextSetBit(doc + 1) : -1;
        return next < 0 ? Opinions.Length - 1 : next - 1;
    }

    public static string Lookup(SortedDocValues values, int ord)
    {
        var bytes = new BytesRef();
        values.LookupOrd(ord, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>
    /// The value numbers of one sorted doc-values field. A document's number is read through doc
    /// values the first time it is asked for and from memory afterwards: a doc-values read per hit
    /// cost more than the search itself on queries matching every opinion, while reading, or even
    /// allocating, a whole large segment up front cost a one-off `avis search` more than its query.
    /// Numbers are kept in a byte per document, in pages allocated on first use; a field with more
    /// values than a byte holds (never seen for kinds, campuses, years, outcomes) is read every time.
    /// </summary>
    public sealed class OrdColumn
    {
        private const int PageBits = 12;
        private const int PageMask = (1 << PageBits) - 1;
        private readonly byte[]?[]? pages;

        public OrdColumn(AtomicReader reader, string field)
        {
            var values = reader.GetSortedDocValues(field);
            Values = values is null ? [] : Enumerable.Range(0, values.ValueCount).Select(ord => Lookup(values, ord)).ToArray();
            if (Values.Length <= byte.MaxValue - 2)
                pages = new byte[]?[(reader.MaxDoc >> PageBits) + 1];
        }

        /// <summary>The distinct values, by value number.</summary>
        public string[] Values { get; }

        /// <summary>
        /// The document's value number, -1 when it has none. <paramref name="docValues"/>: the field's
        /// doc values from the caller's own reader (they are not safe to share between threads).
        /// </summary>
        public int OrdOf(int doc, SortedDocValues? docValues)
        {
            if (pages is null)
                return docValues?.GetOrd(doc) ?? -1;
            var page = pages[doc >> PageBits];
            if (page is null)
            {
                // Two threads may race here: one page wins, the loser's reads are redone.
                Interlocked.CompareExchange(ref pages[doc >> PageBits], new byte[1 << PageBits], null);
                page = pages[doc >> PageBits]!;
            }
            // Kept as number + 2: 0 means not read yet, 1 no value.
            int kept = page[doc & PageMask];
            if (kept == 0)
                page[doc & PageMask] = (byte)(kept = (docValues?.GetOrd(doc) ?? -1) + 2);
            return kept - 2;
        }
    }

    /// <summary>
    /// The value numbers of one sorted-set doc-values field (several per document), read through doc
    /// values the first time a document is asked for and from memory afterwards: an opinion names
    /// tens of organisations, and reading them through doc values for every opinion found cost a
    /// query matching every opinion several times its search (docs/benchmarks.md).
    /// </summary>
    public sealed class OrdSetColumn
    {
        private const int PageBits = 12;
        private const int PageMask = (1 << PageBits) - 1;
        private readonly int[]?[]?[] pages;
        private string[]? values;

        // Nothing is read before a search asks: most searches count no organisation.
        public OrdSetColumn(int maxDoc) => pages = new int[]?[]?[(maxDoc >> PageBits) + 1];

        /// <summary>The distinct values, by value number. <paramref name="docValues"/>: the caller's own.</summary>
        public string[] Values(SortedSetDocValues? docValues) => values ??= docValues is null ? [] : Enumerable.Range(0, (int)docValues.ValueCount).Select(ord =>
        {
            var bytes = new BytesRef();
            docValues.LookupOrd(ord, bytes);
            return bytes.Utf8ToString();
        }).ToArray();

        /// <summary>The document's value numbers. <paramref name="docValues"/>: the caller's own (see <see cref="OrdColumn.OrdOf"/>).</summary>
        public int[] OrdsOf(int doc, SortedSetDocValues? docValues)
        {
            var page = pages[doc >> PageBits];
            if (page is null)
            {
                Interlocked.CompareExchange(ref pages[doc >> PageBits], new int[]?[1 << PageBits], null);
                page = pages[doc >> PageBits]!;
            }
            if (page[doc & PageMask] is { } kept)
                return kept;
            var ords = new List<int>();
            if (docValues is not null)
            {
                docValues.SetDocument(doc);
                for (var ord = docValues.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = docValues.NextOrd())
                    ords.Add((int)ord);
            }
            // Two threads may both read it: either array is right.
            return page[doc & PageMask] = ords.ToArray();
        }
    }
}
