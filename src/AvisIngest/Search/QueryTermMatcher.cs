using System.Text.RegularExpressions;
using AvisIngest.Indexing;
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

    public QueryTermMatcher(Query query) => Collect(query);

    /// <summary>
    /// Strings one of which the <see cref="Squeeze"/>d, folded surface form of any matching word
    /// contains: the squeezed start of each term (the light stemmer collapses doubled letters,
    /// "cyberattaques" → "cyberataqu", and rewrites endings, "journaux" → "journal") and each prefix.
    /// Null when a wildcard makes that impossible to tell.
    /// </summary>
    public IReadOnlyList<string>? SurfaceHints => wildcards.Count > 0
        ? null
        : terms.Select(Squeeze).Select(t => t.Length > 5 ? t[..^3] : t).Concat(prefixes.Select(Squeeze)).Distinct().ToList();

    /// <summary>The text with runs of one repeated character reduced to one ("attaque" → "ataque").</summary>
    public static string Squeeze(string text)
    {
        var result = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (result.Length == 0 || result[^1] != c)
                result.Append(c);
        }
        return result.ToString();
    }

    public bool Matches(string analysedTerm) =>
        terms.Contains(analysedTerm)
        || prefixes.Any(p => analysedTerm.StartsWith(p, StringComparison.Ordinal))
        || wildcards.Any(w => w.IsMatch(analysedTerm));

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
