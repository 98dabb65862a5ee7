using AvisIngest.Search;

namespace AvisIngest.Cli;

/// <summary>The filters search and export share: campus, organisation, year, date range, section, outcome.</summary>
public static class SearchFilterArguments
{
    public static IReadOnlyList<OptionSpec> Specs { get; } =
    [
        new("--campus", "C", "campus, par son sigle en toute casse (« CMQe ID », « cmqe id »)", Repeatable: true),
        new("--organisation", "O", "avis qui citent cette organisation, par son nom ou son sigle (« France Chimie », « UPJV »)", Repeatable: true),
        new("--year", "A", "année de consultation (2026)", Repeatable: true),
        new("--from", "DATE", "consultés à partir de cette date : 2024, 2024-01, 2024-01-15 ou 15/01/2024"),
        new("--to", "DATE", "consultés jusqu'à cette date (incluse), mêmes formes"),
        new("--section", "S", $"sections de ce type : {FilterValues.SectionChoices}", Repeatable: true),
        new("--outcome", "R", $"décision : {FilterValues.OutcomeChoices}", Repeatable: true),
    ];

    /// <summary>The request with the filters given; "a,b" counts as two values except for organisations, whose names may hold a comma.</summary>
    public static SearchRequest Apply(Arguments arguments, SearchRequest request) => request with
    {
        Campus = Split(arguments.Values("--campus")),
        Organisation = arguments.Values("--organisation"),
        Year = Split(arguments.Values("--year")).Select(YearOf).Distinct().ToList(),
        From = arguments.Value("--from"),
        To = arguments.Value("--to"),
        Section = Split(arguments.Values("--section")),
        Outcome = Split(arguments.Values("--outcome")),
    };

    private static int YearOf(string text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100
            ? year : throw new UsageException($"--year attend une année entre 1900 et 2100 (reçu « {text} »)");

    private static IReadOnlyList<string> Split(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct().ToList();
}
