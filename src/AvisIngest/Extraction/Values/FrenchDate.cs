using System.Globalization;
using System.Text.RegularExpressions;

namespace AvisIngest.Extraction.Values;

/// <summary>A date found in a text, with where it stands.</summary>
public readonly record struct DateMatch(DateOnly Date, int Index, int Length);

/// <summary>
/// French dates in the usual forms: "19 janvier 2026", "1er mars 2024", "le jeudi 27 novembre 2025",
/// "2 févr. 2026", "19/01/2026", "19.01.2026", "2026-01-19". Impossible dates are not dates.
/// </summary>
public static partial class FrenchDate
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["fév"] = 2,
        ["mars"] = 3, ["avril"] = 4, ["avr"] = 4, ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7,
        ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["sept"] = 9, ["octobre"] = 10, ["oct"] = 10,
        ["novembre"] = 11, ["nov"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12, ["dec"] = 12,
    };

    /// <summary>Whether a word is a month's name or its usual abbreviation ("juillet", "févr.").</summary>
    public static bool IsMonth(string word) => Months.ContainsKey(word.TrimEnd('.'));

    public static IEnumerable<DateMatch> FindAll(string text)
    {
        foreach (Match match in AnyDate().Matches(text))
        {
            if (ToDate(match) is { } date)
                yield return new DateMatch(date, match.Index, match.Length);
        }
    }

    /// <summary>The first date at or after <paramref name="from"/>, or null.</summary>
    public static DateOnly? FindFirst(string text, int from = 0) =>
        FindAll(text).Where(d => d.Index >= from).Select(d => (DateOnly?)d.Date).FirstOrDefault();

    /// <summary>
    /// A span of days, "du 2 au 16 mars 2026", "du 28 février au 13 mars 2026": the first day takes
    /// the month and year of the last when it gives none. Null when the text has none.
    /// </summary>
    public static (DateOnly From, DateOnly To)? FindRange(string text)
    {
        foreach (Match match in DateRange().Matches(text))
        {
            var end = AnyDate().Match(match.Groups["end"].Value);
            if (ToDate(end) is not { } to || !int.TryParse(match.Groups["day"].Value, CultureInfo.InvariantCulture, out var day))
                continue;
            var month = match.Groups["month"].Success ? Months[match.Groups["month"].Value.TrimEnd('.')] : to.Month;
            var year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) : to.Year;
            // "du 20 décembre au 5 janvier 2026": the first day is in the year before.
            if (!match.Groups["year"].Success && month > to.Month)
                year--;
            if (day >= 1 && day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var from && from <= to)
                return (from, to);
        }
        return null;
    }

    /// <summary>Parses a text that is exactly one date.</summary>
    public static DateOnly? Parse(string text) =>
        FindAll(text.Trim()) is var all && all.FirstOrDefault() is { Length: > 0 } d && d.Length == text.Trim().Length
            ? d.Date
            : null;

    private static DateOnly? ToDate(Match match)
    {
        int day, month, year;
        if (match.Groups["wday"].Success)
        {
            day = int.Parse(match.Groups["wday"].Value, CultureInfo.InvariantCulture);
            month = Months[match.Groups["wmonth"].Value];
            year = int.Parse(match.Groups["wyear"].Value, CultureInfo.InvariantCulture);
        }
        else if (match.Groups["nday"].Success)
        {
            day = int.Parse(match.Groups["nday"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["nmonth"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["nyear"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            day = int.Parse(match.Groups["iday"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(match.Groups["imonth"].Value, CultureInfo.InvariantCulture);
            year = int.Parse(match.Groups["iyear"].Value, CultureInfo.InvariantCulture);
        }
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }

    private const string MonthNames = "janvier|janv|février|fevrier|févr|fevr|fév|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec";

    [GeneratedRegex(@"\bdu\s+(?<day>\d{1,2})(?:er)?(?:\s+(?<month>" + MonthNames + @")\.?)?(?:\s+(?<year>(?:19|20)\d{2}))?\s+au\s+(?<end>\d{1,2}(?:er)?\s+(?:" + MonthNames + @")\.?\s+(?:19|20)\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateRange();

    [GeneratedRegex(
        @"\b(?<wday>\d{1,2})(?:er)?\s+(?<wmonth>janvier|janv|février|fevrier|févr|fevr|fév|mars|avril|avr|mai|juin|juillet|juil|août|aout|septembre|sept|octobre|oct|novembre|nov|décembre|decembre|déc|dec)\.?\s+(?<wyear>(?:19|20)\d{2})\b"
        + @"|\b(?<nday>\d{1,2})[/.](?<nmonth>\d{1,2})[/.](?<nyear>(?:19|20)\d{2})\b"
        + @"|\b(?<iyear>(?:19|20)\d{2})-(?<imonth>\d{2})-(?<iday>\d{2})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();
}
