using AvisIngest.Records;

namespace AvisIngest.Presentation;

/// <summary>A record as a French reader wants to see it at a terminal: one labelled line per value stated (<see cref="RecordFields"/>).</summary>
public static class RecordSummaryWriter
{
    // Short lists read best on one line; lists of sentences (axes, reservations, organisations) one per line.
    private static readonly HashSet<string> OneLine = ["Sites", "Coopérations", "Anciens noms"];

    public static void Write(TextWriter output, OpinionRecord record)
    {
        output.WriteLine($"{RecordFields.NameOf(record.Id)}  ({record.Source.Path})");
        foreach (var field in RecordFields.Of(record))
        {
            if (OneLine.Contains(field.Label))
            {
                Line(output, field.Label, string.Join(field.Label == "Anciens noms" ? " ; " : ", ", field.Values));
                continue;
            }
            for (var i = 0; i < field.Values.Count; i++)
                Line(output, i == 0 ? field.Label : "", field.Values[i]);
        }
        Line(output, "Sections", string.Join(", ", record.Sections.Select(s => FrenchLabels.Of(s.Kind))));
    }

    private static void Line(TextWriter output, string label, string value) => output.WriteLine($"  {label,-22} {value}");
}
