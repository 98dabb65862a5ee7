using AvisIngest.Normalising;

namespace AvisIngest.Tests.Normalising;

public class LineNormaliserTests
{
    [Theory]
    [InlineData("l\u2019emploi", "l'emploi")]
    [InlineData("\u201CExcellence\u201D", "\"Excellence\"")]
    [InlineData("« Excellence »", "« Excellence »")]
    public void Punctuation_apostrophes_and_curly_quotes_are_plain(string raw, string expected) =>
        Assert.Equal(expected, new PunctuationNormaliser().Normalise(raw));

    [Theory]
    [InlineData("10\u00A0000\u202Fapprenants", "10 000 apprenants")]
    [InlineData("  forma\u00ADtions \t  en\u200B ligne  ", "formations en ligne")]
    [InlineData("\u00A0", "")]
    public void Spaces_are_plain_single_and_trimmed(string raw, string expected) =>
        Assert.Equal(expected, new SpaceNormaliser().Normalise(raw));

    [Theory]
    [InlineData("\uF0B7 l'existence d'un site", "- l'existence d'un site")]
    [InlineData("• premier point", "- premier point")]
    [InlineData("– tiret demi-cadratin", "- tiret demi-cadratin")]
    [InlineData("-  le développement", "- le développement")]
    [InlineData("-2 % en un an", "-2 % en un an")]
    [InlineData("Celle-ci repose", "Celle-ci repose")]
    public void List_markers_become_one_dash(string raw, string expected) =>
        Assert.Equal(expected, new ListMarkerNormaliser().Normalise(raw));

    [Theory]
    [InlineData("P R É A M B U L E", "PRÉAMBULE")]
    [InlineData("O B S E R V A T I O N S   G É N É R A L E S", "OBSERVATIONS GÉNÉRALES")]
    [InlineData("  S y n t h è s e", "Synthèse")]
    [InlineData("R E C O U R S   À   L A   R É G I O N", "RECOURS À LA RÉGION")]
    [InlineData("A B C", "A B C")]
    [InlineData("à l'a", "à l'a")]
    [InlineData("a b c d e", "abcde")]
    [InlineData("Le campus a 3 sites", "Le campus a 3 sites")]
    [InlineData("A B 12 C D", "A B 12 C D")]
    public void Letters_spaced_out_become_words(string raw, string expected) =>
        Assert.Equal(expected, new LetterSpacingNormaliser().Normalise(raw));

    [Theory]
    [InlineData("e\u0301nergie", "énergie")]
    [InlineData("\uFB01nancement e\uFB03cace", "financement efficace")]
    public void Unicode_is_composed_and_ligatures_expanded(string raw, string expected) =>
        Assert.Equal(expected, new UnicodeCompositionNormaliser().Normalise(raw));

    [Fact]
    public void Folding_drops_case_and_accents()
    {
        Assert.Equal("perimetre et coeur", TextFolding.Fold("PÉRIMÈTRE et cœur"));
        Assert.True(TextFolding.FoldedEquals("HUB de l'Energie", "HUB de l'Énergie"));
    }

    [Theory]
    [InlineData("PÉRIMÈTRE et cœur, Æsthétique")]
    [InlineData("énergie déjà ÇA ŒUVRE")]
    [InlineData("Ελλάδα, Москва, №, ½, ﬁn")]
    public void Folding_character_by_character_gives_the_folded_text(string text) =>
        Assert.Equal(TextFolding.Fold(text), string.Concat(text.Select(TextFolding.Fold)));
}
