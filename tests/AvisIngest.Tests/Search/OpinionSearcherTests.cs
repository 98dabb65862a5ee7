using AvisIngest.Search;

namespace AvisIngest.Tests.Search;

public class OpinionSearcherTests(SearchIndexFixture index) : IClassFixture<SearchIndexFixture>
{
    private SearchResults Search(string query, Func<SearchRequest, SearchRequest>? with = null) =>
        new OpinionSearcher(index.Reader).Search((with ?? (r => r))(new SearchRequest(query)));

    private IEnumerable<string> Ids(string query, Func<SearchRequest, SearchRequest>? with = null) => Search(query, with).Hits.Select(h => h.Id).Order();

    [Theory]
    [InlineData("hydrogene")]
    [InlineData("hydrogène")]
    [InlineData("HYDROGÈNE")]
    public void Hydrogen_is_found_with_or_without_accents(string query) =>
        Assert.Equal(["2024CE05", "2026CE01"], Ids(query));

    [Fact]
    public void Plural_and_singular_find_each_other()
    {
        Assert.Contains("2026CE01", Ids("batterie"));
        Assert.Contains("2024CE05", Ids("énergie renouvelable"));
    }

    [Fact]
    public void Elided_words_are_found_with_or_without_their_article()
    {
        Assert.Equal(["2026CE02"], Ids("écoproduction"));
        Assert.Equal(["2026CE02"], Ids("l'écoproduction"));
        Assert.Equal(["2026CE02"], Ids("l’écoproduction"));
    }

    [Fact]
    public void Hyphenated_names_are_found_whole_and_by_their_parts()
    {
        Assert.Equal(["2026CE02"], Ids("Saint-Quentin"));
        Assert.Equal(["2026CE02"], Ids("Quentin"));
        Assert.Equal(["2024CE05", "2026CE02"], Ids("Saint"));
        Assert.Equal(["2026CE02"], Ids("\"Saint Quentin\""));
    }

    [Fact]
    public void Acronyms_are_found_whatever_their_case()
    {
        Assert.Equal(Ids("UPJV"), Ids("upjv"));
        Assert.Contains("2026CE01", Ids("upjv"));
        Assert.Equal(["2026CE01", "2026CE02"], Ids("cmqe"));
    }

    [Fact]
    public void Boolean_operators_phrases_and_wildcards_work()
    {
        Assert.Equal(["2026CE01"], Ids("hydrogène AND batteries"));
        Assert.Equal(["2024CE05"], Ids("hydrogène NOT batteries"));
        Assert.Equal(["2024CE05", "2025CE02", "2026CE01", "2026CE02"], Ids("hydrogène OR chantiers OR écoproduction"));
        Assert.Equal(["2026CE01"], Ids("\"HUB de l'Énergie\""));
        Assert.Equal(["2024CE05", "2026CE01"], Ids("hydrog*"));
        Assert.Contains("2026CE01", Ids("énerg*"));
    }

    [Fact]
    public void Filters_narrow_the_results()
    {
        Assert.Equal(["2024CE05"], Ids("hydrogène", r => r with { Campus = "cmq tp" }));
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Year = 2026 }));
        Assert.Equal(["2024CE05"], Ids("hydrogène", r => r with { Outcome = "unfavorable" }));
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Section = "site" }));
        Assert.Equal(["2025CE02"], Ids("campus", r => r with { Outcome = "favorable_with_reservations" }));
    }

    [Fact]
    public void Results_group_sections_by_opinion_with_snippets_and_counts()
    {
        var results = Search("hydrogène");
        Assert.Equal(2, results.Total);
        var ceit = results.Hits.Single(h => h.Id == "2026CE01");
        Assert.Equal(("CMQe CEIT", "2026-01-19", "favorable"), (ceit.Campus, ceit.Date, ceit.Outcome));
        var site = Assert.Single(ceit.Sections);
        Assert.Equal("site", site.Kind);
        Assert.Contains("(batteries, **hydrogène**, catalyse", site.Snippet);
        Assert.Equal(new Dictionary<string, int> { ["CMQ TP"] = 1, ["CMQe CEIT"] = 1 }, results.Facets.Campus);
        Assert.Equal(new Dictionary<string, int> { ["2024"] = 1, ["2026"] = 1 }, results.Facets.Year);
        Assert.Equal(new Dictionary<string, int> { ["favorable"] = 1, ["unfavorable"] = 1 }, results.Facets.Outcome);
        Assert.Equal(new Dictionary<string, int> { ["perimeter"] = 1, ["site"] = 1 }, results.Facets.Section);
    }

    [Fact]
    public void The_snippet_marks_the_word_not_its_article() =>
        Assert.Contains("Axe 3 - L'**écoproduction** et le Care Design", Search("écoproduction").Hits[0].Sections[0].Snippet);

    [Fact]
    public void Results_are_paged_by_opinion()
    {
        var all = Search("campus").Hits.Select(h => h.Id).ToList();
        var second = Search("campus", r => r with { Page = 2, PageSize = 2 });
        Assert.Equal(4, second.Total);
        Assert.Equal(all.Skip(2).Take(2), second.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("\"hydrogène")]
    [InlineData("*gène")]
    [InlineData("hydrogène AND")]
    [InlineData("   ")]
    public void A_malformed_query_is_explained_in_french(string query)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => Search(query));
        Assert.Matches("^requête (mal formée|vide)", e.Message);
    }
}
