using System.Text.Json;
using AvisIngest.Cli.Output;
using AvisIngest.Presentation;
using AvisIngest.Indexing;
using AvisIngest.Records;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis stats [--json]`: imported opinions by year, outcome and campus.</summary>
public sealed class StatsCommand : ICommand
{
    public string Name => "stats";

    public string Summary => "stats [--json]   nombre d'avis importés par année, décision et campus";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var parsed = Arguments.Parse(args, flags: ["--json"], valued: [IndexLocation.Option]);
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed));
        var records = OpinionIndex.AllRecords(reader).ToList();
        var byYear = Count(records, r => r.Consultation.Date?.Year.ToString());
        var byOutcome = Count(records, r => RecordCodes.Of(r.Opinion.Outcome));
        var byCampus = Count(records, r => r.Campus.Acronym);
        if (parsed.Has("--json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new { total = records.Count, year = byYear, outcome = byOutcome, campus = byCampus }, RecordJson.Options));
            return ExitCode.Ok;
        }
        output.WriteLine($"{records.Count} avis dans l'index");
        Write(output, "Par année", byYear, k => k);
        Write(output, "Par décision", byOutcome, k => Enum.TryParse<Outcome>(k.Replace("_", ""), true, out var o) ? FrenchLabels.Of(o) : k);
        Write(output, "Par campus", byCampus, k => k);
        return ExitCode.Ok;
    }

    // Null values are counted as "non précisé": an opinion without a year still counts.
    private static SortedDictionary<string, int> Count(IEnumerable<OpinionRecord> records, Func<OpinionRecord, string?> key) =>
        new(records.GroupBy(r => key(r) ?? "non précisé").ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static void Write(TextWriter output, string title, IDictionary<string, int> counts, Func<string, string> label)
    {
        output.WriteLine();
        output.WriteLine($"{title} :");
        foreach (var (key, count) in counts)
            output.WriteLine($"  {label(key),-28} {count,6}");
    }
}
