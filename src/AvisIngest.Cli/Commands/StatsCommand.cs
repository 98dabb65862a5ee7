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
        // Counted as the records stream by: an index of any size fits.
        var total = 0;
        var byYear = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byOutcome = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byCampus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in OpinionIndex.AllRecords(reader))
        {
            total++;
            Count(byYear, record.Consultation.Date?.Year.ToString());
            Count(byOutcome, RecordCodes.Of(record.Opinion.Outcome));
            Count(byCampus, record.Campus.Acronym);
        }
        if (parsed.Has("--json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new { total, year = byYear, outcome = byOutcome, campus = byCampus }, RecordJson.Options));
            return ExitCode.Ok;
        }
        output.WriteLine($"{total} avis dans l'index");
        Write(output, "Par année", byYear, k => k);
        Write(output, "Par décision", byOutcome, k => RecordCodes.TryParse<Outcome>(k, out _) ? FrenchLabels.OfOutcome(k) : k);
        Write(output, "Par campus", byCampus, k => k);
        return ExitCode.Ok;
    }

    // A missing value is counted as "non précisé": an opinion without a year still counts.
    private static void Count(SortedDictionary<string, int> counts, string? key) =>
        counts[key ?? "non précisé"] = counts.GetValueOrDefault(key ?? "non précisé") + 1;

    private static void Write(TextWriter output, string title, IDictionary<string, int> counts, Func<string, string> label)
    {
        output.WriteLine();
        output.WriteLine($"{title} :");
        foreach (var (key, count) in counts)
            output.WriteLine($"  {label(key),-28} {count,6}");
    }
}
