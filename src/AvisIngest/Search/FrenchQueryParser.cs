using AvisIngest.Indexing;
using AvisIngest.Normalising;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace AvisIngest.Search;

/// <summary>The query is wrong; the message is a one-line French explanation.</summary>
public sealed class QuerySyntaxException(string frenchMessage, Exception? inner = null) : Exception(frenchMessage, inner);

/// <summary>A parsed query, and a French note when it was not read as typed.</summary>
public sealed record ParsedQuery(Query Query, string? Note);

/// <summary>
/// Lucene's classic syntax (phrases, AND/OR/NOT, +/-, wildcards) over the sections' text, analysed in
/// French. All words are required unless OR is written; a hyphenated name is searched as a phrase;
/// wildcard terms, which the analyser does not see, are folded like indexed words ("énerg*" → "energ*").
/// A slash is an ordinary character ("Chimie/Énergie"): Lucene's regular expressions, whose cost
/// has no bound ("/a{99999}/"), are not part of the syntax.
/// </summary>
public sealed partial class FrenchQueryParser
{
    /// <summary>Longest query accepted, in characters.</summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// Parses as people type and paste: a query that does not parse is read again as plain words,
    /// with a note ("hydrogène!", "[CMQ]"); only a query clearly written as syntax (quotes, AND, OR,
    /// NOT, a leading joker) gets an explanation instead.
    /// </summary>
    public static ParsedQuery ParseForgiving(string text)
    {
        try
        {
            return new(Parse(text), null);
        }
        catch (QuerySyntaxException e) when (e.InnerException is ParseException && !MeantAsSyntax().IsMatch(text))
        {
            return new(Parse(QueryParserBase.Escape(text)), $"requête lue comme de simples mots : ses signes ({Signs(text)}) ne forment pas une requête");
        }
    }

    public static Query Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new QuerySyntaxException("requête vide : indiquez au moins un mot");
        if (text.Length > MaxLength)
            throw new QuerySyntaxException($"requête trop longue : {text.Length} caractères, au plus {MaxLength}");
        var parser = new FoldingParser();
        try
        {
            return parser.Parse(UnescapedSlash().Replace(text, @"\/"));
        }
        catch (ParseException e)
        {
            throw new QuerySyntaxException($"requête mal formée : {Explain(e)} (syntaxe : mots, \"phrase exacte\", AND, OR, NOT, énerg*)", e);
        }
        catch (BooleanQuery.TooManyClausesException e)
        {
            throw TooComplex(e);
        }
    }

    /// <summary>The French refusal of a query that expands to more terms than Lucene allows (parsing or searching).</summary>
    public static QuerySyntaxException TooComplex(Exception e) =>
        new($"requête trop complexe : plus de {BooleanQuery.MaxClauseCount} mots ou variantes de mots ; raccourcissez-la ou précisez les jokers (énerg* plutôt que é*)", e);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!\\)/")]
    private static partial System.Text.RegularExpressions.Regex UnescapedSlash();

    // Quotes, the operators, or a joker at a word's start: the person meant the syntax.
    [System.Text.RegularExpressions.GeneratedRegex(@"[""]|\b(?:AND|OR|NOT)\b|&&|\|\||(?:^|\s)[*?]")]
    private static partial System.Text.RegularExpressions.Regex MeantAsSyntax();

    private static string Signs(string text) => string.Join(" ", text.Where(c => @"+-&|!(){}[]^""~*?:\/".Contains(c)).Distinct());

    private static string Explain(ParseException e) =>
        e.Message.Contains("'*' or '?' not allowed as first character", StringComparison.Ordinal)
            ? "un joker (* ou ?) ne peut pas commencer un mot"
            : e.Message.Contains("Encountered \"<EOF>\"", StringComparison.Ordinal)
                ? "la requête s'arrête au milieu (guillemet, parenthèse ou opérateur sans suite)"
                : "caractère ou opérateur inattendu";

    private sealed class FoldingParser : QueryParser
    {
        public FoldingParser()
            : base(FrenchSearchAnalyzer.Version, IndexFields.Text, new FrenchSearchAnalyzer(forQuery: true))
        {
            DefaultOperator = Operator.AND;
            AutoGeneratePhraseQueries = true;
            AllowLeadingWildcard = false;
        }

        protected override Query GetWildcardQuery(string field, string termStr) => base.GetWildcardQuery(field, TextFolding.Fold(termStr));

        protected override Query GetPrefixQuery(string field, string termStr) => base.GetPrefixQuery(field, TextFolding.Fold(termStr));

        // "hydrogène~": words within two edits, folded like indexed words.
        protected override Query GetFuzzyQuery(string field, string termStr, float minSimilarity) => base.GetFuzzyQuery(field, TextFolding.Fold(termStr), minSimilarity);
    }
}
