using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace AvisIngest.Indexing;

/// <summary>
/// French analysis for the opinions' text: standard tokens (so "Saint-Quentin" gives "saint" and
/// "quentin"), elision ("l'écoproduction" → "écoproduction", with ' and ’), lower case, French stop
/// words, light stemming ("énergies" → "energie", "batteries" → "batteri"), then accent folding so that
/// "hydrogene" finds "hydrogène". The same chain analyses documents and queries, except for acronyms
/// in capitals (<see cref="AcronymFilter"/>): documents index them both ways, queries look for the acronym.
/// </summary>
public sealed class FrenchSearchAnalyzer(bool forQuery = false) : Analyzer
{
    public static readonly LuceneVersion Version = LuceneVersion.LUCENE_48;

    private static readonly CharArraySet Articles = new(Version,
        ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"], ignoreCase: true);

    /// <summary>The terms a text analyses to, in order (for suggestions and tests).</summary>
    public IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(tokenizer, Articles);
        stream = new AcronymFilter(stream, forQuery);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        stream = new FrenchLightStemFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
