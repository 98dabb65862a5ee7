using AvisIngest.Normalising;

namespace AvisIngest.Tests.Normalising;

public class ListItemTests
{
    [Theory]
    [InlineData("1. Informer et attirer", 1, "Informer et attirer")]
    [InlineData("12) Développement du pôle", 12, "Développement du pôle")]
    [InlineData("1- COURT TERME (2025–2026)", 1, "COURT TERME (2025–2026)")]
    [InlineData("9 Hackathon drones", 9, "Hackathon drones")]
    // Ordinal adverbs number their paragraph as digits do.
    [InlineData("Premièrement, rendre les métiers visibles", 1, "rendre les métiers visibles")]
    [InlineData("Troisiemement, équiper les intervenants", 3, "équiper les intervenants")]
    [InlineData("SECONDEMENT, former", 2, "former")]
    public void Numbered_items_are_read(string line, int number, string text)
    {
        Assert.True(ListItem.TryParseNumbered(line, out var n, out var t));
        Assert.Equal((number, text), (n, t));
    }

    [Theory]
    [InlineData("2026 un dossier sera déposé")]
    [InlineData("10 000 apprenants")]
    [InlineData("80 membres et partenaires")]
    // An adverb of the sentence, not an item's number.
    [InlineData("Premièrement le comité note que")]
    [InlineData("Premiere étape, le diagnostic")]
    public void Wrapped_sentences_starting_with_a_number_are_not_items(string line)
    {
        Assert.False(ListItem.TryParseNumbered(line, out _, out _));
        Assert.False(ListItem.StartsBlock(line));
    }

    [Theory]
    [InlineData("Axe 1 - L'audiovisuel responsable :", 1, "L'audiovisuel responsable :")]
    [InlineData("AXE 3 : Préparer l'avenir", 3, "Préparer l'avenir")]
    [InlineData("Axe n° 2 – Former les salariés", 2, "Former les salariés")]
    [InlineData("Deuxième axe : attirer les jeunes", 2, "attirer les jeunes")]
    [InlineData("PREMIER AXE – Innover", 1, "Innover")]
    [InlineData("Troisieme axe – Recruter", 3, "Recruter")]
    public void Axis_lines_are_read(string line, int number, string text)
    {
        Assert.True(ListItem.TryParseAxis(line, out var n, out var t));
        Assert.Equal((number, text), (n, t));
    }

    [Theory]
    [InlineData("IV. Gouvernance et moyens", true)]
    [InlineData("V Résultats marquants", true)]
    [InlineData("B) Gouvernance", true)]
    [InlineData("C – Les actions prévues", true)]
    [InlineData("D/ Le pilotage", true)]
    [InlineData("A - partir de 2030", false)]
    [InlineData("Il s'est réuni le jeudi", false)]
    [InlineData("À travers le HUB", false)]
    public void Roman_and_letter_headings_start_blocks(string line, bool starts) =>
        Assert.Equal(starts, ListItem.StartsBlock(line));

    [Theory]
    [InlineData("c. Travailler avec les bailleurs sociaux", true)]
    [InlineData("b) créer un plateau technique", true)]
    [InlineData("a. ensuite le comité s'est réuni", false)]
    public void Items_lettered_in_lower_case_start_blocks(string line, bool starts) =>
        Assert.Equal(starts, ListItem.StartsBlock(line));

    [Theory]
    [InlineData("CoRE Hauts-de-France – Avis 2027CE09          Page 1/2", true)]
    [InlineData("Page 3 sur 12", true)]
    [InlineData("- 4 -", true)]
    [InlineData("Le plan compte 40 pages sur 2 volumes.", false)]
    [InlineData("4. Le plateau technique", false)]
    public void Page_numbers_and_running_footers_are_told(string line, bool furniture) =>
        Assert.Equal(furniture, PageFurniture.IsPageFurniture(line));
}
