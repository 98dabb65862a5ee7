using AvisIngest.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace AvisIngest.Tests.Indexing;

public class FrenchSearchAnalyzerTests
{
    internal static IReadOnlyList<string> Analyse(string text)
    {
        var tokens = new List<string>();
        using var stream = new FrenchSearchAnalyzer().GetTokenStream(IndexFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
            tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }

    [Theory]
    [InlineData("hydrogène", "hydrogene")]
    [InlineData("énergies", "énergie")]
    [InlineData("batteries", "batterie")]
    [InlineData("l'écoproduction", "écoproduction")]
    [InlineData("l’écoproduction", "ecoproduction")]
    [InlineData("CMQe", "cmqe")]
    [InlineData("UPJV", "upjv")]
    [InlineData("qu'industriels", "industriel")]
    public void Variants_a_user_types_analyse_to_the_same_terms(string indexed, string typed) =>
        Assert.Equal(Analyse(indexed), Analyse(typed));

    [Fact]
    public void Stop_words_and_elided_articles_are_dropped() =>
        Assert.Equal(Analyse("campus hydrogène"), Analyse("le campus de l'hydrogène"));

    [Fact]
    public void Hyphenated_names_give_their_parts() =>
        Assert.Equal(Analyse("Saint Quentin Hauts de France").Where(t => t.Length > 2), Analyse("Saint-Quentin Hauts-de-France").Where(t => t.Length > 2));

    [Fact]
    public void Different_words_stay_different() =>
        Assert.NotEqual(Analyse("énergie"), Analyse("énergétique"));
}
