using AvisIngest.Cli.Output;
using AvisIngest.Search;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis search QUERY`: opinions whose sections match, with snippets and counts; --json for scripts.</summary>
public sealed class SearchCommand : ICommand
{
    public string Name => "search";

    public string Summary => "search REQUÊTE [--campus C] [--organisation O] [--year A] [--section S] [--outcome R] [--page N] [--json]   cherche dans les avis importés";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, flags: ["--json"], valued: [IndexLocation.Option, "--campus", "--organisation", "--year", "--section", "--outcome", "--page", "--limit"]);
        if (parsed.Positional.Count == 0)
            throw new UsageException("indiquez une requête : avis search \"hydrogène\"");
        var request = new SearchRequest(string.Join(' ', parsed.Positional))
        {
            Campus = parsed.Value("--campus"),
            Organisation = parsed.Value("--organisation"),
            Year = parsed.IntValue("--year", 1900, 2100),
            Section = parsed.Value("--section"),
            Outcome = parsed.Value("--outcome"),
            Page = parsed.IntValue("--page", 1, SearchRequest.MaxPage) ?? 1,
            PageSize = parsed.IntValue("--limit", 1, SearchRequest.MaxPageSize) ?? 10,
        };
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed));
        SearchResults results;
        try
        {
            results = new OpinionSearcher(reader).Search(request);
        }
        catch (QuerySyntaxException e)
        {
            throw new UsageException(e.Message);
        }

        if (parsed.Has("--json"))
            output.WriteLine(SearchResultsJson.Serialize(results));
        else
            SearchResultsWriter.Write(output, request, results);
        return ExitCode.Ok;
    }
}
