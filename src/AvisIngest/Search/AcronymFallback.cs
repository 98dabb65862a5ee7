using AvisIngest.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// A word typed in capitals looks for the acronym only (<see cref="AcronymFilter"/>). An index written
/// before acronyms were marked holds no marked term: there, it looks for the word as before.
/// </summary>
internal static class AcronymFallback
{
    public static Query Apply(Query query, IndexReader reader) => HasMarkedTerms(reader) ? query : Unmark(query, reader);

    private static bool HasMarkedTerms(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, IndexFields.Text)?.GetEnumerator();
        return terms is not null && terms.SeekCeil(new Lucene.Net.Util.BytesRef(AcronymFilter.Mark.ToString())) != TermsEnum.SeekStatus.END
            && terms.Term.Utf8ToString().StartsWith(AcronymFilter.Mark);
    }

    private static Query Unmark(Query query, IndexReader reader) => query switch
    {
        TermQuery term => Unmarked(term.Term, reader) is { } plain ? new TermQuery(plain) { Boost = term.Boost } : term,
        PhraseQuery phrase => Phrase(phrase, reader),
        BooleanQuery boolean => Boolean(boolean, reader),
        _ => query,
    };

    // The usual term for a marked one the index does not hold; null when nothing changes.
    private static Term? Unmarked(Term term, IndexReader reader) =>
        term.Field == IndexFields.Text && term.Text.Length > 1 && term.Text[0] == AcronymFilter.Mark && reader.DocFreq(term) == 0
            ? new Term(term.Field, term.Text[1..])
            : null;

    private static PhraseQuery Phrase(PhraseQuery phrase, IndexReader reader)
    {
        var terms = phrase.GetTerms();
        if (terms.All(t => Unmarked(t, reader) is null))
            return phrase;
        var rebuilt = new PhraseQuery { Slop = phrase.Slop, Boost = phrase.Boost };
        var positions = phrase.GetPositions();
        for (var i = 0; i < terms.Length; i++)
            rebuilt.Add(Unmarked(terms[i], reader) ?? terms[i], positions[i]);
        return rebuilt;
    }

    private static BooleanQuery Boolean(BooleanQuery boolean, IndexReader reader)
    {
        var rebuilt = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses)
            rebuilt.Add(Unmark(clause.Query, reader), clause.Occur);
        return rebuilt;
    }
}
