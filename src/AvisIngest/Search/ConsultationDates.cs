using System.Globalization;
using System.Text.RegularExpressions;

namespace AvisIngest.Search;

/// <summary>
/// The consultation date range of a search (--from, --to): a year, a month or a day, written
/// ISO-style ("2024", "2024-01", "2024-01-15") or the French way ("01/2024", "15/01/2024"). A start
/// is the first day of its period, an end the last.
/// </summary>
public static partial class ConsultationDates
{
    /// <summary>The range as inclusive yyyy-MM-dd bounds (null: open), or null when neither end is given.</summary>
    public static (string? From, string? To)? Range(string? from, string? to)
    {
        if (string.IsNullOrWhiteSpace(from) && string.IsNullOrWhiteSpace(to))
            return null;
        var start = string.IsNullOrWhiteSpace(from) ? (DateOnly?)null : Period(from).Start;
        var end = string.IsNullOrWhiteSpace(to) ? (DateOnly?)null : Period(to).End;
        if (start > end)
            throw new QuerySyntaxException($"période vide : le début ({from}) est après la fin ({to})");
        return (Iso(start), Iso(end));
    }

    /// <summary>The first and last day of the period written.</summary>
    public static (DateOnly Start, DateOnly End) Period(string written)
    {
        var text = written.Trim();
        var iso = IsoForm().Match(text);
        var french = FrenchForm().Match(text);
        var (year, month, day) = iso.Success ? (iso.Groups["y"].Value, iso.Groups["m"].Value, iso.Groups["d"].Value)
            : french.Success ? (french.Groups["y"].Value, french.Groups["m"].Value, french.Groups["d"].Value)
            : throw Invalid(written);
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y is < 1900 or > 2100)
            throw Invalid(written);
        if (month.Length == 0)
            return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        if (m is < 1 or > 12)
            throw Invalid(written);
        if (day.Length == 0)
            return (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (d < 1 || d > DateTime.DaysInMonth(y, m))
            throw Invalid(written);
        return (new DateOnly(y, m, d), new DateOnly(y, m, d));
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static QuerySyntaxException Invalid(string written) =>
        new($"date invalide « {written} » : attendu une année, un mois ou un jour (2024, 2024-01, 2024-01-15, 01/2024 ou 15/01/2024)");

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?<m>\d{1,2})(?:-(?<d>\d{1,2}))?)?$")]
    private static partial Regex IsoForm();

    [GeneratedRegex(@"^(?:(?<d>\d{1,2})/)?(?<m>\d{1,2})/(?<y>\d{4})$")]
    private static partial Regex FrenchForm();
}
