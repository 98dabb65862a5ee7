using AvisIngest.Indexing;
using AvisIngest.Search;

namespace AvisIngest.Tests.Search;

public class SnippetBuilderTests
{
    private static string Snippet(string query, string text) =>
        new SnippetBuilder(new FrenchSearchAnalyzer(), new SnippetOptions()).Build(text, new QueryTermMatcher(FrenchQueryParser.Parse(query)));

    [Theory]
    [InlineData("cyberattaques", "Rappel du contexte\nUn texte sur les cyberattaques récentes.", "Un texte sur les **cyberattaques** récentes.")]
    [InlineData("journal", "Titre\nIls lisent les journaux régionaux.", "Ils lisent les **journaux** régionaux.")]
    [InlineData("hydrogene", "Titre\nLe stockage (batteries, hydrogène).", "Le stockage (batteries, **hydrogène**).")]
    [InlineData("énerg*", "Titre\nLa transition énergétique du territoire.", "La transition **énergétique** du territoire.")]
    [InlineData("écoproduction", "Titre\nAxe 3 - L'écoproduction et le Care Design :", "Axe 3 - L'**écoproduction** et le Care Design :")]
    public void The_sentence_where_the_query_matched_is_marked_even_when_the_stemmer_rewrites_the_word(string query, string text, string expected) =>
        Assert.Equal(expected, Snippet(query, text));

    [Fact]
    public void The_sentence_with_most_matches_is_chosen_and_a_long_one_is_cut_around_its_first_match()
    {
        Assert.Equal("Le **campus** et le **réseau** du **campus**.", Snippet("campus OR réseau", "Le campus seul. Le campus et le réseau du campus. Rien."));
        var longSentence = string.Join(' ', Enumerable.Repeat("mot", 120)) + " hydrogène " + string.Join(' ', Enumerable.Repeat("mot", 120)) + ".";
        var snippet = Snippet("hydrogène", longSentence);
        Assert.StartsWith("…", snippet);
        Assert.EndsWith("…", snippet);
        Assert.Contains("**hydrogène**", snippet);
        Assert.InRange(snippet.Length, 200, 280);
    }
}
