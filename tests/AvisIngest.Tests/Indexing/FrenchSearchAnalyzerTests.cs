using AvisIngest.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace AvisIngest.Tests.Indexing;

public class FrenchSearchAnalyzerTests
{
    internal static IReadOnlyList<string> Analyse(string text, bool forQuery = false) => new FrenchSearchAnalyzer(forQuery).Terms(text);

    [Theory]
    [InlineData("hydrogène", "hydrogene")]
    [InlineData("énergies", "énergie")]
    [InlineData("batteries", "batterie")]
    [InlineData("l'écoproduction", "écoproduction")]
    [InlineData("l’écoproduction", "ecoproduction")]
    [InlineData("qu'industriels", "industriel")]
    public void Variants_a_user_types_analyse_to_the_same_terms(string indexed, string typed) =>
        Assert.Equal(Analyse(indexed), Analyse(typed));

    [Fact]
    public void Acronyms_in_capitals_are_indexed_both_as_words_and_as_acronyms_and_queried_as_acronyms()
    {
        Assert.Equal(["upjv", "‡upjv"], Analyse("UPJV"));
        Assert.Equal(["cmqe", "‡cmqe", "id", "‡id"], Analyse("CMQe ID"));
        Assert.Equal(["num"], Analyse("numérique"));
        Assert.Equal(["num", "‡num"], Analyse("NUM"));
        Assert.Equal(["‡num"], Analyse("NUM", forQuery: true));
        Assert.Equal(["num"], Analyse("num", forQuery: true));
        // Long words typed in capitals are words.
        Assert.Equal(["hydrogen"], Analyse("HYDROGÈNE", forQuery: true));
    }

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
