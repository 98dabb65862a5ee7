using AvisIngest.Extraction.Values;

namespace AvisIngest.Tests.Extraction;

public class NameIndexTests
{
    private static readonly NameIndex Index = new(["UPJV", "Université de Lille", "Université", "France Chimie", "C-Génial", "3IL", "Proch'Orientation"]);

    private static List<string> Found(string text) => Index.FindAll(text).Select(f => text.Substring(f.Index, f.Length)).ToList();

    [Fact]
    public void Of_names_starting_at_the_same_word_the_longest_that_the_text_holds_is_found()
    {
        Assert.Equal(["Université de Lille", "Université"], Found("L'Université de Lille et l'Université de Picardie."));
    }

    [Fact]
    public void A_name_inside_a_word_or_followed_by_a_letter_or_digit_is_not_found()
    {
        Assert.Empty(Found("SUPJV, UPJVs, UPJV2 et FranceChimie."));
    }

    [Fact]
    public void Names_are_found_as_written_case_and_accents_counting()
    {
        Assert.Equal(["C-Génial", "France Chimie"], Found("upjv, C-Genial, C-Génial, France chimie, France Chimie"));
    }

    [Fact]
    public void Names_opening_with_a_digit_or_holding_an_apostrophe_are_found_at_the_texts_edges()
    {
        Assert.Equal(["3IL", "Proch'Orientation"], Found("3IL puis Proch'Orientation"));
        Assert.Equal([(0, 4)], Index.FindAll("UPJV").ToList());
    }

    [Fact]
    public void Past_the_first_word_case_may_be_ignored_but_the_first_word_is_found_as_written()
    {
        var index = new NameIndex(["Banque des Territoires", "OPCO 2i"], tailIgnoresCase: true);
        var text = "la Banque des territoires, la banque des territoires, l'OPCO 2I et l'Opco 2i";
        Assert.Equal(["Banque des territoires", "OPCO 2I"], index.FindAll(text).Select(f => text.Substring(f.Index, f.Length)));
    }
}
