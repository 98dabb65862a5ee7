using AvisIngest.Cli.Output;
using AvisIngest.Search;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis search QUERY`: opinions whose sections match, with snippets and counts; --json for scripts.</summary>
public sealed class SearchCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("search", "[REQUÊTE...]", "cherche dans le texte des avis importés (accents, casse et pluriels indifférents)",
        [
            .. SearchFilterArguments.Specs,
            new("--sort", "pertinence|date", "ordre des avis : les plus pertinents (par défaut) ou les plus récents d'abord"),
            new("--page", "N", "page de résultats (10 avis par page)"),
            new("--limit", "N", $"avis par page (1 à {SearchRequest.MaxPageSize})"),
            new("--json", null, "résultats en JSON, pour les scripts"),
            IndexLocation.Spec,
        ],
        [
            "avis search hydrogène",
            "avis search \"site emblématique\" --campus \"CMQe ID\" --campus \"CMQe CEIT\" --sort date",
            "avis search énerg* --outcome défavorable --from 2024-01 --to 2025-06",
            "avis search hydrogen~   (mots proches : hydrogène, hydrogènes…)",
            "avis search --organisation Bpifrance   (les avis qui la nomment, sans mot cherché)",
        ]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        var request = SearchFilterArguments.Apply(parsed, new SearchRequest(string.Join(' ', parsed.Positional))
        {
            Order = SearchOrders.Parse(parsed.Value("--sort")),
            Page = parsed.IntValue("--page", 1, SearchRequest.MaxPage) ?? 1,
            PageSize = parsed.IntValue("--limit", 1, SearchRequest.MaxPageSize) ?? 10,
        });
        // Filters alone list the opinions they keep ("which opinions name Bpifrance?").
        if (parsed.Positional.Count == 0 && !QueryFields.HasFilters(request))
            throw new UsageException("indiquez une requête ou un filtre : avis search \"hydrogène\", avis search --organisation \"France Chimie\" (avis search --help pour les options)");
        // Reading the query needs no index: done on the second core while the index opens, a cold
        // search's longest wait (docs/benchmarks.md); a wrong query is reported, as before, once the index is open.
        var preparing = Task.Run(() => PreparedSearch.Of(request));
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed), error);
        var results = new OpinionSearcher(reader).Search(preparing.GetAwaiter().GetResult());
        if (parsed.Has("--json"))
            output.WriteLine(SearchResultsJson.Serialize(results));
        else
            SearchResultsWriter.Write(output, request, results);
        return ExitCode.Ok;
    }
}
