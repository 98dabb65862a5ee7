using AvisIngest.Normalising;

namespace AvisIngest.Search;

/// <summary>Reads the order people type: "pertinence" (or "relevance"), "date".</summary>
public static class SearchOrders
{
    public static SearchOrder Parse(string? typed) => typed is null ? SearchOrder.Relevance : TextFolding.Fold(typed.Trim()) switch
    {
        "pertinence" or "relevance" or "score" => SearchOrder.Relevance,
        "date" or "recent" or "recents" => SearchOrder.Date,
        _ => throw new QuerySyntaxException($"tri inconnu « {typed} » : choisissez date (les plus récents d'abord) ou pertinence"),
    };
}
