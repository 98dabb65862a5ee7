using AvisIngest.Search;

using AvisIngest.Presentation;

namespace AvisIngest.Cli.Output;

/// <summary>Search results for a French reader: each opinion, its matched sections' sentences, then the counts.</summary>
public static class SearchResultsWriter
{
    public static void Write(TextWriter output, SearchRequest request, SearchResults results)
    {
        if (results.Note is { } note)
            output.WriteLine($"Note : {note}.");
        // Filters alone: what they keep, not an empty query.
        var what = request.Query.Length > 0 ? $"à « {request.Query} »" : "aux filtres";
        output.WriteLine(results.Total switch
        {
            0 => $"Aucun avis ne correspond {what}.",
            1 => $"1 avis correspond {what}.",
            _ => $"{results.Total} avis correspondent {what}.",
        });
        var pages = (results.Total + request.PageSize - 1) / request.PageSize;
        if (results.Total > 0 && request.Page > pages)
        {
            output.WriteLine($"Page {request.Page} : au-delà de la dernière page ({pages}) ; " +
                (pages == 1 ? "relancez sans --page." : $"choisissez --page entre 1 et {pages}."));
            return;
        }
        var rank = (request.Page - 1) * request.PageSize;
        foreach (var hit in results.Hits)
        {
            output.WriteLine();
            output.WriteLine($"{++rank}. {hit.Id}  {hit.Campus ?? "(sans campus)"}  {hit.Date ?? "date inconnue"}  {FrenchLabels.OfOutcome(hit.Outcome)}");
            if (hit.Title.Length > 0)
                output.WriteLine($"   {hit.Title}");
            foreach (var section in hit.Sections)
                output.WriteLine($"   [{FrenchLabels.OfKind(section.Kind)}] {section.Snippet}");
        }
        if (results.Total == 0)
        {
            if (results.Suggestion is { } suggestion)
                output.WriteLine($"Vouliez-vous dire « {suggestion} » ?");
            return;
        }
        if (pages > 1)
        {
            output.WriteLine();
            output.WriteLine($"Page {request.Page} sur {pages} (avis {(request.Page - 1) * request.PageSize + 1} à {rank} sur {results.Total})" +
                (request.Page < pages ? $" ; la suite : --page {request.Page + 1}" : ""));
        }
        output.WriteLine();
        output.WriteLine("Répartition :");
        output.WriteLine($"  campus    : {Counts(results.Facets.Campus, k => k)}");
        output.WriteLine($"  année     : {Counts(results.Facets.Year, k => k)}");
        output.WriteLine($"  avis      : {Counts(results.Facets.Outcome, FrenchLabels.OfOutcome)}");
        output.WriteLine($"  section   : {Counts(results.Facets.Section, FrenchLabels.OfKind)}");
    }

    private static string Counts(IReadOnlyDictionary<string, int> counts, Func<string, string> label) =>
        counts.Count == 0 ? "—" : string.Join(", ", counts.Select(c => $"{label(c.Key)} {c.Value}"));
}
