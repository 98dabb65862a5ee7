using System.Buffers;
using System.Text.RegularExpressions;
using AvisIngest.Indexing;
using AvisIngest.Normalising;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>
/// Tells whether an analysed word of a document is one the query looks for: its terms, phrases'
/// terms, prefixes and wildcards, leaving out what NOT excludes. Used to highlight snippets.
/// </summary>
public sealed class QueryTermMatcher
{
    private readonly HashSet<string> terms = new(StringComparer.Ordinal);
    private readonly List<string> prefixes = [];
    private readonly List<Regex> wildcards = [];
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> termLookup;
    private readonly Lucene.Net.Index.IndexReader? reader;

    /// <summary>
    /// Strings one of which the squeezed, folded surface form of any matching word contains: the
    /// squeezed start of each term (the light stemmer collapses doubled letters, "cyberattaques" →
    /// "cyberataqu", and rewrites endings, "journaux" → "journal") and each prefix. Null when a
    /// wildcard makes that impossible to tell.
    /// </summary>
    private readonly List<string>? surfaceHints;

    /// <param name="reader">Expands fuzzy terms ("hydrogen~") into the words they matched; without it they mark nothing.</param>
    public QueryTermMatcher(Query query, Lucene.Net.Index.IndexReader? reader = null)
    {
        this.reader = reader;
        Collect(query);
        termLookup = terms.GetAlternateLookup<ReadOnlySpan<char>>();
        surfaceHints = wildcards.Count > 0
            ? null
            : terms.Select(t => Squeezed(t.TrimStart(AcronymFilter.Mark))).Select(t => t.Length > 5 ? t[..^3] : t).Concat(prefixes.Select(Squeezed)).Distinct().ToList();
    }

    /// <summary>
    /// Whether a word of <paramref name="text"/> may match: false only when none can, so that a
    /// snippet analyses only the sentences worth it. The text is folded and squeezed into a pooled
    /// buffer, as many sentences are looked at per page.
    /// </summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (surfaceHints is null)
            return true;
        var folded = ArrayPool<char>.Shared.Rent(text.Length * 3 + 1);
        try
        {
            var span = folded.AsSpan(0, FoldAndSqueeze(text, folded));
            foreach (var hint in surfaceHints)
            {
                if (span.IndexOf(hint, StringComparison.Ordinal) >= 0)
                    return true;
            }
            return false;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(folded);
        }
    }

    private static string Squeezed(string term)
    {
        var buffer = new char[term.Length * 3 + 1];
        return new string(buffer, 0, FoldAndSqueeze(term, buffer));
    }

    /// <summary>
    /// Writes the folded text into <paramref name="into"/> (at most three characters per character)
    /// with runs of one repeated character reduced to one ("attaque" → "ataque"); returns its length.
    /// </summary>
    private static int FoldAndSqueeze(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        foreach (var c in text)
        {
            foreach (var f in TextFolding.Fold(c))
            {
                if (length == 0 || into[length - 1] != f)
                    into[length++] = f;
            }
        }
        return length;
    }

    public bool Matches(ReadOnlySpan<char> analysedTerm)
    {
        if (termLookup.Contains(analysedTerm))
            return true;
        foreach (var prefix in prefixes)
        {
            if (analysedTerm.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        }
        foreach (var wildcard in wildcards)
        {
            if (wildcard.IsMatch(analysedTerm))
                return true;
        }
        return false;
    }

    private void Collect(Query query)
    {
        switch (query)
        {
            case TermQuery term when term.Term.Field == IndexFields.Text:
                terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var t in phrase.GetTerms())
                    terms.Add(t.Text);
                break;
            case MultiPhraseQuery multi:
                foreach (var t in multi.GetTermArrays().SelectMany(a => a))
                    terms.Add(t.Text);
                break;
            case FuzzyQuery fuzzy when reader is not null:
                Collect(fuzzy.Rewrite(reader));
                break;
            case PrefixQuery prefix:
                prefixes.Add(prefix.Prefix.Text);
                break;
            case WildcardQuery wildcard:
                wildcards.Add(new Regex("^" + Regex.Escape(wildcard.Term.Text).Replace(@"\*", ".*").Replace(@"\?", ".") + "$"));
                break;
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                    Collect(clause.Query);
                break;
        }
    }
}
