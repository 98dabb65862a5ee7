using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>Renewal or initial labelling of a campus, from the title; any other subject is "other".</summary>
public sealed class ProcedureExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var title = TextFolding.Fold(record.Title);
        if (title.Length == 0)
            return;
        if (!context.IsAboutCampus(record))
            record.Subject.Procedure = Procedure.Other;
        else if (title.Contains("renouvellement") || title.Contains("relabellisation"))
            record.Subject.Procedure = Procedure.Renewal;
        // "la labellisation du Campus …", not renewed, is its first.
        else if (title.Contains("obtention") || title.Contains("labellisation")
                 || title.Contains("demande de label") || title.Contains("attribution du label") || title.Contains("creation"))
            record.Subject.Procedure = Procedure.Initial;
        else
            record.Subject.Procedure = Procedure.Other;
    }
}
