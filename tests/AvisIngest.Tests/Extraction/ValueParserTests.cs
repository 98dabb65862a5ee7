using AvisIngest.Extraction.Values;

namespace AvisIngest.Tests.Extraction;

public class ValueParserTests
{
    [Theory]
    [InlineData("le 19 janvier 2026", 2026, 1, 19)]
    [InlineData("1er mars 2024", 2024, 3, 1)]
    [InlineData("le 02 février 2026", 2026, 2, 2)]
    [InlineData("le jeudi 27 novembre 2025", 2025, 11, 27)]
    [InlineData("19/01/2026", 2026, 1, 19)]
    [InlineData("19.01.2026", 2026, 1, 19)]
    [InlineData("2026-01-19", 2026, 1, 19)]
    [InlineData("14 nov. 2025", 2025, 11, 14)]
    [InlineData("1er AOÛT 2023", 2023, 8, 1)]
    public void French_dates_are_read(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FrenchDate.FindFirst(text));

    [Theory]
    [InlineData("le 31 février 2026")]
    [InlineData("en 2026")]
    [InlineData("32/01/2026")]
    public void Impossible_or_partial_dates_are_not_dates(string text) =>
        Assert.Null(FrenchDate.FindFirst(text));

    [Theory]
    [InlineData("Consultation écrite du 2 au 16 mars 2026", "2026-03-02", "2026-03-16")]
    [InlineData("consultation du 28 février au 13 mars 2026", "2026-02-28", "2026-03-13")]
    [InlineData("du 20 décembre au 5 janvier 2026", "2025-12-20", "2026-01-05")]
    [InlineData("du 1er juin 2025 au 3 juin 2025", "2025-06-01", "2025-06-03")]
    public void A_span_of_days_gives_its_first_day_the_month_and_year_of_its_last(string text, string from, string to) =>
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to)), FrenchDate.FindRange(text));

    [Theory]
    [InlineData("le 16 mars 2026")]
    [InlineData("du 20 au 5 mars 2026")]
    public void A_single_date_or_a_span_running_backwards_is_not_a_span(string text) =>
        Assert.Null(FrenchDate.FindRange(text));

    [Fact]
    public void Dates_are_found_in_order_with_their_place()
    {
        var dates = FrenchDate.FindAll("consulté le 19 janvier 2026, clos le 2 février 2026").ToList();
        Assert.Equal([new DateOnly(2026, 1, 19), new DateOnly(2026, 2, 2)], dates.Select(d => d.Date));
        Assert.Equal(12, dates[0].Index);
    }

    [Theory]
    [InlineData("63", 63)]
    [InlineData("10 000", 10000)]
    [InlineData("10\u202F000", 10000)]
    [InlineData("quatorze", 14)]
    [InlineData("dix", 10)]
    [InlineData("dix-sept", 17)]
    [InlineData("vingt et un", 21)]
    [InlineData("soixante-dix", 70)]
    [InlineData("quatre-vingts", 80)]
    [InlineData("quatre-vingt-dix-neuf", 99)]
    [InlineData("deux cents", 200)]
    [InlineData("deux mille cinq cents", 2500)]
    public void French_numbers_are_read(string text, int expected) =>
        Assert.Equal(expected, FrenchNumber.Parse(text));

    [Fact]
    public void The_number_pattern_finds_word_and_digit_numbers_in_text()
    {
        var pattern = new System.Text.RegularExpressions.Regex(FrenchNumber.Pattern);
        Assert.Equal("quatorze", pattern.Match("à ce jour, quatorze CMQ").Value);
        Assert.Equal("10 000", pattern.Match("près de 10 000 apprenants").Value);
    }

    [Theory]
    [InlineData("CMQeCEIT", "CMQe CEIT")]
    [InlineData("CMQe CEIT", "CMQe CEIT")]
    [InlineData("CMQ  TP", "CMQ TP")]
    [InlineData("CMQE ID", "CMQe ID")]
    [InlineData("CMQTP", "CMQ TP")]
    public void Campus_acronyms_get_one_space(string raw, string expected) =>
        Assert.Equal(expected, CampusAcronym.Normalise(raw));

    [Fact]
    public void Gazetteers_find_names_however_hyphenated_and_in_order()
    {
        Assert.Equal("Hauts-de-France", Gazetteer.FrenchRegions.FirstIn("En région des Hauts de France, à ce jour"));
        Assert.Equal(["Pays-Bas", "Allemagne"], Gazetteer.Countries.FindAll("avec les Pays Bas et l'ALLEMAGNE, en France"));
        Assert.Empty(Gazetteer.Countries.FindAll("une machine, la France, les Pays de la Loire"));
        // Separators of any kind and length, a name inside a longer word never, the longest name at one place.
        Assert.Equal(["Côte d'Ivoire", "Corée du Sud"], Gazetteer.Countries.FindAll("la Côte-d'Ivoire, la Corée  du   Sud, l'Indonésie et les Indes"));
        Assert.Equal(["Nord-Pas-de-Calais-Picardie"], Gazetteer.FrenchRegionsOldAndNew.FindAll("le Nord - Pas-de-Calais - Picardie"));
    }

    [Fact]
    public void The_places_of_corpus_places_are_the_region_s_communes_its_pays_and_large_towns()
    {
        // Every commune of the five départements (3,782 in INSEE's code), with their articles and the former communes merged into them.
        Assert.Equal(3782, File.ReadLines(TestFiles.Corpus("places/communes.tsv")).Skip(1).Count(l => l.Split('\t') is [_, _, "02" or "59" or "60" or "62" or "80", _, "commune"]));
        foreach (var place in new[] { "Lille", "La Madeleine", "Le Portel", "Crézancy", "Hellemmes-Lille", "Nancy", "Paris", "Douaisis", "Avesnois", "Courtrai" })
            Assert.True(Gazetteer.IsPlace(place), place);
        // A small town elsewhere is left out: "Orange" is the company as often. Names are folded, so
        // "Hermès" is the Oise's Hermes: the known list of organisations is asked first (CoordinationFinder).
        foreach (var name in new[] { "Orange", "Oney", "Thales" })
            Assert.False(Gazetteer.IsPlace(name), name);
        Assert.True(Gazetteer.IsPlace("Hermès"));
    }

    [Fact]
    public void A_text_is_a_gazetteers_name_whole_however_written_or_not_at_all()
    {
        Assert.True(Gazetteer.FrenchRegionsOldAndNew.IsWhole("Nord-Pas de Calais "));
        Assert.True(Gazetteer.Countries.IsWhole("PAYS BAS"));
        Assert.False(Gazetteer.FrenchRegionsOldAndNew.IsWhole("MSA Nord-Pas de Calais"));
        Assert.False(Gazetteer.FrenchRegions.IsWhole("Picardie"));
    }

    [Fact]
    public void Lists_split_on_commas_et_dashes_and_drop_ellipses() =>
        Assert.Equal(["Artois", "UPJV", "ULCO", "ArtFX", "Calais"], ListSplitter.Split("Artois – UPJV – ULCO, ArtFX,... et Calais"));
}
