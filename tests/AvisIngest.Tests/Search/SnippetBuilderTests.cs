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

public class QueryTermMatcherTests
{
    private static QueryTermMatcher Matcher(string query) => new(FrenchQueryParser.Parse(query));

    [Theory]
    [InlineData("hydrogene", "Le stockage de l'HYDROGÈNE vert.", true)]
    [InlineData("cyberattaques", "Face aux cyberattaques.", true)]
    [InlineData("cœur", "Au coeur du territoire.", true)]
    [InlineData("énergie", "Les e\u0301nergies renouvelables.", true)]
    [InlineData("hydrogène", "Les batteries et le stockage.", false)]
    [InlineData("batterie OR hydrogène", "Les batteries et le stockage.", true)]
    [InlineData("énerg*", "Un texte sans rapport.", false)]
    [InlineData("hydro?ène", "Un texte sans rapport.", true)]
    public void A_sentence_is_analysed_only_when_its_folded_text_may_hold_a_query_term(string query, string sentence, bool expected) =>
        Assert.Equal(expected, Matcher(query).MayMatch(sentence));

    [Fact]
    public void Analysed_words_match_terms_prefixes_and_wildcards_but_not_excluded_ones()
    {
        var matcher = Matcher("hydrogène OR énerg* OR cyber?ttaque NOT textile");
        Assert.True(matcher.Matches("hydrogen"));
        Assert.True(matcher.Matches("energetiqu"));
        Assert.True(matcher.Matches("cyberattaque"));
        Assert.False(matcher.Matches("cyberattaques"));
        Assert.False(matcher.Matches("textil"));
        Assert.False(matcher.Matches("hydro"));
    }
}
