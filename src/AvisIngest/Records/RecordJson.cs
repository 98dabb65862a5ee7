using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AvisIngest.Records;

/// <summary>The one JSON form of a record: camelCase names, snake_case enum codes, ISO dates, nulls written.</summary>
public static class RecordJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(OpinionRecord record) => JsonSerializer.Serialize(record, Options);

    public static OpinionRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<OpinionRecord>(json, Options)
        ?? throw new JsonException("empty record");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Keep accents and apostrophes readable: the output is for French readers and jq alike.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
