using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace AvisIngest.Indexing;

/// <summary>
/// Keeps acronyms written in capitals apart from common words: "NUM" must not find "numérique",
/// whose light stem is also "num". A word with at least two capitals and at most one lower-case
/// letter ("NUM", "UPJV", "CMQe") is an acronym. In documents it gives its usual token and, at the
/// same position, a marked one that no stemmer touches ("‡num"); in a query, an acronym of at most
/// <see cref="MaxQueryLength"/> characters gives only the marked token, so that it finds only the
/// acronym (OpinionSearcher falls back to the usual token when the index has no such acronym).
/// Typed in lower case, "num" finds both, as before.
/// </summary>
public sealed class AcronymFilter : TokenFilter
{
    /// <summary>The mark, a character the tokenizer never leaves inside a word.</summary>
    public const char Mark = '‡';

    /// <summary>Longer words typed in capitals ("HYDROGÈNE") are words, not acronyms.</summary>
    public const int MaxQueryLength = 6;

    private readonly bool forQuery;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IKeywordAttribute keyword;
    private State? pending;

    public AcronymFilter(TokenStream input, bool forQuery)
        : base(input)
    {
        this.forQuery = forQuery;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        keyword = AddAttribute<IKeywordAttribute>();
    }

    public override bool IncrementToken()
    {
        if (pending is not null)
        {
            RestoreState(pending);
            pending = null;
            Marked();
            position.PositionIncrement = 0;
            return true;
        }
        if (!m_input.IncrementToken())
            return false;
        if (!IsAcronym(term.Buffer.AsSpan(0, term.Length)))
            return true;
        if (forQuery)
        {
            if (term.Length <= MaxQueryLength)
                Marked();
            return true;
        }
        pending = CaptureState();
        return true;
    }

    public override void Reset()
    {
        base.Reset();
        pending = null;
    }

    /// <summary>Whether a word is written as an acronym: two capitals or more, at most one lower-case letter.</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        int upper = 0, lower = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
                upper++;
            else if (char.IsLower(c))
                lower++;
        }
        return upper >= 2 && lower <= 1;
    }

    private void Marked()
    {
        var text = term.ToString();
        term.SetEmpty().Append(Mark).Append(text);
        keyword.IsKeyword = true;
    }
}
