using System.Text.RegularExpressions;
using AvisIngest.Normalising;

namespace AvisIngest.Search;

/// <summary>
/// Field queries written in the query text, read as the filters they name: campus:"CMQe ID",
/// année:2026, section:axes, décision:défavorable, organisation:UPJV (names in French or English,
/// with or without accents; a value with spaces in quotes). Another word before a colon is refused
/// with the list of fields; a colon elsewhere ("10:30", "Objet : …") is an ordinary character.
/// </summary>
public static partial class QueryFields
{
    /// <summary>The request with its query's field queries moved into its filters.</summary>
    public static SearchRequest Extract(SearchRequest request)
    {
        var extracted = request;
        var rest = FieldQuery().Replace(request.Query, match =>
        {
            var value = match.Groups["value"].Value.Trim('"');
            extracted = TextFolding.Fold(match.Groups["name"].Value) switch
            {
                "campus" => extracted with { Campus = [.. extracted.Campus, value] },
                "annee" or "year" => extracted with { Year = [.. extracted.Year, YearOf(value)] },
                "section" => extracted with { Section = [.. extracted.Section, value] },
                "decision" or "outcome" or "avis" => extracted with { Outcome = [.. extracted.Outcome, value] },
                "organisation" or "organization" or "org" => extracted with { Organisation = [.. extracted.Organisation, value] },
                _ => throw new QuerySyntaxException($"champ inconnu « {match.Groups["name"].Value}: » : les champs sont campus:, année:, section:, décision:, organisation: " +
                    "(pour chercher le mot lui-même, mettez une espace après le deux-points)"),
            };
            return " ";
        });
        // Any other colon is text, not Lucene's field syntax.
        return extracted with { Query = BareColon().Replace(rest, @"\:").Trim() };
    }

    /// <summary>Whether the request filters on anything.</summary>
    public static bool HasFilters(SearchRequest request) =>
        request.Campus.Count + request.Organisation.Count + request.Year.Count + request.Section.Count + request.Outcome.Count > 0
        || request.From is not null || request.To is not null;

    private static int YearOf(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year : throw new QuerySyntaxException($"année invalide : « {text} »");

    [GeneratedRegex(@"(?<![\p{L}\p{N}\\])(?<name>\p{L}+):(?<value>""[^""]*""|[^\s""()]+)")]
    private static partial Regex FieldQuery();

    [GeneratedRegex(@"(?<!\\):")]
    private static partial Regex BareColon();
}
