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
        Assert.Equal(["2024CE05"], Ids("hydrogène", r => r with { Campus = ["cmq tp"] }));
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Year = [2026] }));
        Assert.Equal(["2024CE05"], Ids("hydrogène", r => r with { Outcome = ["unfavorable"] }));
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Section = ["site"] }));
        Assert.Equal(["2025CE02"], Ids("campus", r => r with { Outcome = ["favorable_with_reservations"] }));
    }

    [Theory]
    [InlineData("défavorable", "2024CE05")]
    [InlineData("DEFAVORABLE", "2024CE05")]
    [InlineData("avec réserves", "2025CE02")]
    [InlineData("Favorable avec reserves", "2025CE02")]
    [InlineData("favorable_with_reservations", "2025CE02")]
    public void Outcomes_are_taken_as_codes_or_as_the_french_words_of_the_screens(string outcome, string expected) =>
        Assert.Equal([expected], Ids("campus OR hydrogène", r => r with { Outcome = [outcome] }));

    [Fact]
    public void Sections_are_taken_as_codes_or_french_words()
    {
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Section = ["site emblématique"] }));
        Assert.Equal(["2026CE01"], Ids("hydrogène", r => r with { Section = ["Site emblematique"] }));
        Assert.Equal(["2024CE05"], Ids("hydrogène", r => r with { Section = ["périmètre"] }));
    }

    [Theory]
    [InlineData("outcome", "favourable", "décision inconnue « favourable » (vouliez-vous dire « favorable » ?) ; valeurs possibles : favorable (favorable), favorable avec réserves")]
    [InlineData("section", "perspective", "section inconnue « perspective » (vouliez-vous dire « perspectives » ?)")]
    [InlineData("campus", "CMQ TPX", "campus inconnu « CMQ TPX » (vouliez-vous dire « CMQ TP » ?) ; campus de l'index : CMQ TP, CMQe CEIT, CMQe ID")]
    [InlineData("organisation", "Universite de Picardie Jules Vernes", "aucun avis de l'index ne cite l'organisation « Universite de Picardie Jules Vernes » (vouliez-vous dire « Université de Picardie Jules Verne » ?)")]
    public void An_unknown_filter_value_is_refused_with_the_nearest_and_never_answers_nothing(string filter, string value, string message)
    {
        var e = Assert.Throws<QuerySyntaxException>(() => Search("campus", r => filter switch
        {
            "outcome" => r with { Outcome = [value] },
            "section" => r with { Section = [value] },
            "campus" => r with { Campus = [value] },
            _ => r with { Organisation = [value] },
        }));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void Organisations_are_counted_only_when_asked_most_named_first()
    {
        Assert.Null(Search("campus").Facets.Organisation);
        Assert.Equal(
            [KeyValuePair.Create("COSTRA-CMQ", 2), KeyValuePair.Create("Rectorat", 2), KeyValuePair.Create("Région Hauts-de-France", 2)],
            Search("campus", r => r with { OrganisationCounts = 3 }).Facets.Organisation);
        var identity = Search("campus", r => r with { Campus = ["CMQe ID"], OrganisationCounts = 100 }).Facets.Organisation!;
        Assert.Equal(1, identity["Thales"]);
        Assert.False(identity.ContainsKey("France Chimie"));
    }

    [Fact]
    public void Each_organisation_counted_filters_to_that_many_opinions_and_the_count_ignores_its_own_filter()
    {
        var counts = Search("campus", r => r with { OrganisationCounts = 100 }).Facets.Organisation!;
        Assert.True(counts.Count > 40);
        foreach (var (name, count) in counts)
            Assert.Equal(count, Search("campus", r => r with { Organisation = [name] }).Total);

        // Chosen, an organisation still lets another be added: its own filter is left out of the counts.
        var chosen = Search("campus", r => r with { Organisation = ["Thales"], OrganisationCounts = 100 });
        Assert.Equal(1, chosen.Total);
        Assert.Equal(counts, chosen.Facets.Organisation);
    }

    [Fact]
    public void An_organisation_is_found_as_typed_and_under_its_known_name()
    {
        // "CAPEB": the regional branch named with it and the national body it stands for.
        Assert.Equal(["2024CE05", "2025CE02"], Ids("", r => r with { Organisation = ["CAPEB"] }));
        Assert.Equal(["2024CE05"], Ids("", r => r with { Organisation = ["CAPEB Hauts-de-France"] }));
        Assert.Equal(["2025CE02"], Ids("", r => r with { Organisation = ["Confédération de l'artisanat et des petites entreprises du bâtiment"] }));
    }

    [Fact]
    public void Several_values_of_one_filter_mean_any_of_them_and_filters_together_all_of_them()
    {
        Assert.Equal(["2024CE05", "2025CE02"], Ids("campus OR hydrogène", r => r with { Year = [2024, 2025] }));
        Assert.Equal(["2024CE05", "2025CE02", "2026CE02"], Ids("campus OR hydrogène", r => r with { Campus = ["CMQ TP", "cmqe  id"] }));
        Assert.Equal(["2025CE02", "2026CE02"], Ids("campus OR hydrogène", r => r with { Campus = ["CMQ TP", "CMQe ID"], Outcome = ["favorable", "avec réserves"] }));
    }

    [Theory]
    [InlineData("2024-03", "2025-02", "2024CE05,2025CE02")]
    [InlineData("2024-03-13", null, "2025CE02,2026CE01,2026CE02")]
    [InlineData(null, "12/03/2024", "2024CE05")]
    [InlineData("2026", "2026", "2026CE01,2026CE02")]
    public void A_date_range_keeps_the_opinions_consulted_within_it(string? from, string? to, string expected) =>
        Assert.Equal(expected.Split(','), Ids("campus OR hydrogène", r => r with { From = from, To = to }));

    [Theory]
    [InlineData("2024-13", null, "date invalide « 2024-13 »")]
    [InlineData("2025", "2024", "période vide : le début (2025) est après la fin (2024)")]
    [InlineData("mars 2024", null, "date invalide « mars 2024 »")]
    public void A_wrong_date_range_is_explained(string? from, string? to, string message) =>
        Assert.StartsWith(message, Assert.Throws<QuerySyntaxException>(() => Search("campus", r => r with { From = from, To = to })).Message);

    [Fact]
    public void Sorted_by_date_the_most_recent_come_first_and_pages_follow_that_order()
    {
        var byDate = Search("campus OR hydrogène", r => r with { Order = SearchOrder.Date }).Hits.Select(h => h.Date).ToList();
        Assert.Equal(4, byDate.Count);
        Assert.Equal(byDate.OrderDescending(StringComparer.Ordinal), byDate);
        var second = Search("campus OR hydrogène", r => r with { Order = SearchOrder.Date, Page = 2, PageSize = 2 });
        Assert.Equal(byDate.Skip(2), second.Hits.Select(h => h.Date));
    }

    [Fact]
    public void Each_hit_carries_its_subject_line() =>
        Assert.Equal("Concernant l'obtention du label du Campus des Métiers et des Qualifications Travaux Publics (CMQ TP) Hauts-de-France",
            Search("hydrogène", r => r with { Campus = ["CMQ TP"] }).Hits[0].Title);

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
    [InlineData("hydrogène!", "!")]
    [InlineData("[hydrogène]", "[ ]")]
    [InlineData("hydrogène^^", "^")]
    public void A_pasted_query_that_does_not_parse_is_read_as_plain_words_with_a_note(string query, string signs)
    {
        var results = Search(query);
        Assert.Equal(["2024CE05", "2026CE01"], results.Hits.Select(h => h.Id).Order());
        Assert.Equal($"requête lue comme de simples mots : ses signes ({signs}) ne forment pas une requête", results.Note);
        Assert.Null(Search("hydrogène").Note);
    }

    [Fact]
    public void A_word_with_no_match_gets_the_nearest_word_of_the_index_as_documents_write_it()
    {
        var results = Search("hydrogne");
        Assert.Equal(0, results.Total);
        Assert.Equal("hydrogène", results.Suggestion);
        Assert.Equal("batteries hydrogène", Search("batteries hydrogne").Suggestion);
        Assert.Equal("UPJV", Search("UPJW").Suggestion);
        Assert.Null(Search("xyzzyq").Suggestion);
        Assert.Null(Search("hydrogène").Suggestion);
    }

    [Fact]
    public void Fuzzy_queries_find_and_mark_the_words_they_matched()
    {
        var hit = Search("hydrogen~").Hits.Single(h => h.Id == "2026CE01");
        Assert.Contains("**hydrogène**", hit.Sections[0].Snippet);
        Assert.Equal(["2024CE05", "2026CE01"], Ids("hydrogne~"));
    }

    [Fact]
    public void An_acronym_in_capitals_is_not_taken_for_the_stem_of_a_common_word()
    {
        // "numériques" (2026CE02) stems to "num"; typed in lower case it is found, in capitals it is an acronym no opinion has.
        Assert.Contains("2026CE02", Ids("num"));
        var acronym = Search("NUM");
        Assert.Equal(0, acronym.Total);
        Assert.Equal("num", acronym.Suggestion);
        Assert.Equal(["2026CE01", "2026CE02"], Ids("UPJV"));
        Assert.Contains("(**UPJV**)", Search("UPJV").Hits[0].Sections[0].Snippet);
        Assert.Equal(["2024CE05", "2026CE01"], Ids("HYDROGÈNE"));
    }

    [Fact]
    public void Field_queries_in_the_text_are_filters()
    {
        Assert.Equal(["2024CE05"], Ids("hydrogène campus:\"CMQ TP\""));
        Assert.Equal(["2026CE01"], Ids("hydrogène année:2026"));
        Assert.Equal(["2024CE05"], Ids("hydrogène décision:défavorable"));
        Assert.Equal(["2026CE01"], Ids("hydrogène section:site"));
        // Filters alone: every opinion within them, without sections.
        var tp = Search("campus:\"cmq tp\"");
        Assert.Equal(["2024CE05", "2025CE02"], tp.Hits.Select(h => h.Id).Order());
        Assert.All(tp.Hits, h => Assert.Empty(h.Sections));
        // A colon elsewhere is text; an unknown field is refused.
        Assert.Equal(0, Search("10:30").Total);
        Assert.StartsWith("champ inconnu « objet: »", Assert.Throws<QuerySyntaxException>(() => Search("objet:campus")).Message);
    }

    [Fact]
    public void A_request_prepared_without_the_index_finds_what_the_request_finds()
    {
        // The CLI reads the query while the index opens: no reader is needed for it.
        var prepared = PreparedSearch.Of(new SearchRequest("hydrogène campus:\"CMQ TP\""));
        Assert.Equal(["CMQ TP"], prepared.Request.Campus);
        Assert.Equal("hydrogène", prepared.Request.Query);
        Assert.Equal(["2024CE05"], new OpinionSearcher(index.Reader).Search(prepared).Hits.Select(h => h.Id));
        // Filters alone: the opinion documents within them.
        Assert.Equal(["2024CE05", "2025CE02"], new OpinionSearcher(index.Reader).Search(PreparedSearch.Of(new SearchRequest("campus:\"cmq tp\""))).Hits.Select(h => h.Id).Order());
        Assert.StartsWith("requête vide", Assert.Throws<QuerySyntaxException>(() => PreparedSearch.Of(new SearchRequest(" "))).Message);
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
