namespace AvisIngest.Records;

// The enum codes of the record contract. JSON writes them in snake_case lower
// ("favorable_with_reservations"), see RecordJson.

/// <summary>What a section of an opinion is about.</summary>
public enum SectionKind
{
    Header,
    Context,
    Presentation,
    Perimeter,
    Axes,
    Site,
    Governance,
    Results,
    Perspectives,
    Opinion,
    Other,
}

/// <summary>The labelling procedure the opinion is about.</summary>
public enum Procedure
{
    Renewal,
    Initial,
    Other,
}

/// <summary>The category of campus label.</summary>
public enum LabelCategory
{
    Excellence,
    Standard,
}

/// <summary>How the committee was consulted.</summary>
public enum ConsultationMode
{
    Written,
    Meeting,
}

/// <summary>The committee's decision.</summary>
public enum Outcome
{
    Favorable,
    FavorableWithReservations,
    Unfavorable,
    Postponed,

    /// <summary>"Prend acte": takes note without approving or rejecting.</summary>
    Noted,

    /// <summary>
    /// "Avis réservé": reservations without a favourable opinion, a step of its own on a CESER's
    /// scale (favorable, avec réserves, réservé, défavorable). Added to the contract's codes.
    /// </summary>
    Reserved,
}

/// <summary>How the decision was voted.</summary>
public enum Vote
{
    Majority,
    Unanimity,
}

/// <summary>What kind of partner organisation a name refers to.</summary>
public enum OrganizationCategory
{
    University,
    School,
    Company,
    Institution,
    Network,
    Other,
}

/// <summary>How a section's kind was decided: by a heading rule (or its place, for the header) or by the trained model.</summary>
public enum ClassificationMethod
{
    Rule,
    Model,
}

/// <summary>The file format an opinion was read from.</summary>
public enum SourceFormat
{
    Txt,
    Pdf,
}

/// <summary>The contract's code of an enum value, as JSON, the index and CSV write it: "favorable_with_reservations".</summary>
public static class RecordCodes
{
    public static string Of<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static string? Of<T>(T? value) where T : struct, Enum => value is { } v ? Of(v) : null;

    /// <summary>The enum value whose code is exactly <paramref name="code"/>; false for anything else (numbers included).</summary>
    public static bool TryParse<T>(string? code, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (Of(candidate) == code)
            {
                value = candidate;
                return true;
            }
        }
        value = default;
        return false;
    }
}
