using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace AvisIngest.Search;

/// <summary>
/// Every document of the opinions whose own document matches <paramref name="opinionQuery"/>: the
/// opinion's document and its sections. Values that only the opinion's document holds (its
/// organisations, up to 40 of them) filter its sections this way, instead of being copied into
/// each section's document, which cost the import an eighth of its time.
/// </summary>
internal sealed class OpinionBlockFilter(Query opinionQuery) : Filter
{
    private readonly Query opinionQuery = opinionQuery;
    private readonly QueryWrapperFilter opinions = new(opinionQuery);

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var matching = opinions.GetDocIdSet(context, acceptDocs: null)?.GetIterator();
        if (matching is null)
            return null;
        var blocks = SegmentBlocks.Of(context.AtomicReader);
        var documents = new FixedBitSet(context.AtomicReader.MaxDoc);
        for (var doc = matching.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = matching.NextDoc())
        {
            // An index written before the organisations moved holds them on sections too: only opinions open a block.
            if (blocks.Opinions.Get(doc))
                documents.Set(doc, blocks.BlockEnd(doc) + 1);
        }
        return BitsFilteredDocIdSet.Wrap(documents, acceptDocs);
    }

    public override string ToString() => $"OpinionBlockFilter({opinionQuery})";

    public override bool Equals(object? obj) => obj is OpinionBlockFilter other && other.opinionQuery.Equals(opinionQuery);

    public override int GetHashCode() => opinionQuery.GetHashCode() ^ 0x4F42;
}
