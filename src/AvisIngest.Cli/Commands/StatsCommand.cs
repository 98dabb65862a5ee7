using System.Text.Json;
using AvisIngest.Cli.Output;
using AvisIngest.Presentation;
using AvisIngest.Indexing;
using AvisIngest.Records;
using AvisIngest.Search;

namespace AvisIngest.Cli.Commands;

/// <summary>`avis stats [--json]`: imported opinions by year, outcome and campus, and the organisations most named.</summary>
public sealed class StatsCommand : ICommand
{
    public CommandSyntax Syntax { get; } = new("stats", "", "nombre d'avis importés par année, décision et campus ; organisations les plus citées",
        [new("--json", null, "les comptes en JSON"), IndexLocation.Spec],
        ["avis stats", "avis stats --json"]);

    public int Run(Arguments parsed, TextWriter output, TextWriter error)
    {
        if (parsed.Positional.Count > 0)
            throw new UsageException($"argument inattendu « {parsed.Positional[0]} » : avis stats [--json]");
        using var reader = IndexLocation.OpenForReading(IndexLocation.From(parsed), error);
        // Counted as the records stream by: an index of any size fits.
        var total = 0;
        var byYear = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byOutcome = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byCampus = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var byOrganisation = new Dictionary<(string Label, string Name), int>();
        foreach (var record in OpinionIndex.AllRecords(reader))
        {
            total++;
            Count(byYear, record.Consultation.Date?.Year.ToString());
            Count(byOutcome, RecordCodes.Of(record.Opinion.Outcome));
            Count(byCampus, RecordFields.CampusOf(record));
            foreach (var organisation in record.Organizations.DistinctBy(o => Extraction.Organizations.OrganizationCatalogue.KeyOf(o.Name)))
            {
                var key = (Label(organisation), organisation.Name);
                byOrganisation[key] = byOrganisation.GetValueOrDefault(key) + 1;
            }
        }
        // The most named first, then by name; opinions that name them, each opinion counted once,
        // an organisation written differently by different opinions counted once.
        var topOrganisations = OrganisationTally.Merge(byOrganisation.Select(o => (o.Key.Label, o.Key.Name, o.Value))).Take(MostNamed).ToList();
        if (parsed.Has("--json"))
        {
            output.WriteLine(JsonSerializer.Serialize(new { total, year = byYear, outcome = byOutcome, campus = byCampus, organisations = topOrganisations.Select(o => new { name = o.Key, opinions = o.Value }) }, RecordJson.Options));
            return ExitCode.Ok;
        }
        output.WriteLine($"{total} avis dans l'index");
        Write(output, "Par année", byYear, k => k);
        Write(output, "Par décision", byOutcome, k => RecordCodes.TryParse<Outcome>(k, out _) ? FrenchLabels.OfOutcome(k) : k);
        Write(output, "Par campus", byCampus, k => k);
        Write(output, $"Organisations les plus citées (nombre d'avis, {MostNamed} au plus)", topOrganisations.ToDictionary(), k => k);
        return ExitCode.Ok;
    }

    /// <summary>How many organisations the list shows.</summary>
    public const int MostNamed = 20;

    /// <summary>The widest a label column gets; a longer label pushes its own count to the right.</summary>
    public const int MaxLabelWidth = 64;

    private static string Label(Organization organisation) =>
        organisation.Acronym is { } acronym ? $"{organisation.Name} ({acronym})" : organisation.Name;

    // A missing value is counted as "non précisé": an opinion without a year still counts.
    private static void Count(SortedDictionary<string, int> counts, string? key) =>
        counts[key ?? "non précisé"] = counts.GetValueOrDefault(key ?? "non précisé") + 1;

    private static void Write(TextWriter output, string title, IDictionary<string, int> counts, Func<string, string> label)
    {
        output.WriteLine();
        output.WriteLine($"{title} :");
        // Counts line up past the labels, but one long name (an organisation's full name and its
        // acronym run to a hundred characters) does not push every count off a terminal's width.
        var width = Math.Clamp(counts.Keys.Select(k => label(k).Length).DefaultIfEmpty(0).Max(), 28, MaxLabelWidth);
        foreach (var (key, count) in counts)
            output.WriteLine($"  {label(key).PadRight(width)} {count,6}");
    }
}
