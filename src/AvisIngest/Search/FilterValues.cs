using AvisIngest.Normalising;
using AvisIngest.Presentation;
using AvisIngest.Records;

namespace AvisIngest.Search;

/// <summary>
/// Reads the values people type for the outcome and section filters: the record's codes or the
/// French words the screens show ("défavorable", "avec réserves", "site emblématique"), in any case,
/// with or without accents. An unknown value is refused with the list of valid ones, never taken
/// for a filter that matches nothing.
/// </summary>
public static class FilterValues
{
    private static readonly IReadOnlyDictionary<string, string> Outcomes = Words<Records.Outcome>(FrenchLabels.Of, new()
    {
        ["avec reserves"] = Records.Outcome.FavorableWithReservations,
        ["reserves"] = Records.Outcome.FavorableWithReservations,
        ["pris acte"] = Records.Outcome.Noted,
        ["prend acte"] = Records.Outcome.Noted,
        ["reporte"] = Records.Outcome.Postponed,
    });

    private static readonly IReadOnlyDictionary<string, string> Sections = Words<SectionKind>(FrenchLabels.Of, new()
    {
        ["site"] = SectionKind.Site,
        ["entete"] = SectionKind.Header,
        ["decision"] = SectionKind.Opinion,
    });

    /// <summary>The outcome code for a code or French word.</summary>
    public static string OutcomeCode(string typed) => Resolve(typed, Outcomes, "décision", FrenchLabels.OfOutcome, Enum.GetValues<Records.Outcome>().Select(o => $"{FrenchLabels.Of(o)} ({RecordCodes.Of(o)})"));

    /// <summary>The section kind code for a code or French word.</summary>
    public static string SectionCode(string typed) => Resolve(typed, Sections, "section", FrenchLabels.OfKind, Enum.GetValues<SectionKind>().Select(k => $"{FrenchLabels.Of(k)} ({RecordCodes.Of(k)})"));

    /// <summary>The French words and codes accepted for outcomes, for help texts.</summary>
    public static string OutcomeChoices => string.Join(", ", Enum.GetValues<Records.Outcome>().Select(o => FrenchLabels.Of(o)));

    /// <summary>The French words accepted for sections, for help texts.</summary>
    public static string SectionChoices => string.Join(", ", Enum.GetValues<SectionKind>().Select(k => FrenchLabels.Of(k)));

    private static string Resolve(string typed, IReadOnlyDictionary<string, string> words, string what, Func<string, string> labelOf, IEnumerable<string> valid)
    {
        var key = Key(typed);
        if (words.TryGetValue(key, out var code))
            return code;
        var nearest = NearestWord.Find(key, words.Keys);
        throw new QuerySyntaxException($"{what} inconnue « {typed} »" +
            (nearest is null ? "" : $" (vouliez-vous dire « {labelOf(words[nearest])} » ?)") +
            $" ; valeurs possibles : {string.Join(", ", valid)}");
    }

    // Case, accents, underscores and hyphens do not count: "Favorable_with_reservations", "en-tête".
    private static string Key(string typed) =>
        string.Join(' ', TextFolding.Fold(typed).Replace('_', ' ').Replace('-', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries)).Replace("en tete", "entete");

    private static Dictionary<string, string> Words<T>(Func<T, string> french, Dictionary<string, T> synonyms) where T : struct, Enum
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in Enum.GetValues<T>())
        {
            words[Key(RecordCodes.Of(value))] = RecordCodes.Of(value);
            words[Key(french(value))] = RecordCodes.Of(value);
        }
        foreach (var (word, value) in synonyms)
            words[Key(word)] = RecordCodes.Of(value);
        return words;
    }
}
