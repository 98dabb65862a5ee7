using AvisIngest.Normalising;
using AvisIngest.Records;

namespace AvisIngest.Extraction.Header;

/// <summary>Renewal, initial labelling or another subject, from the title.</summary>
public sealed class ProcedureExtractor : IFieldExtractor
{
    public void Extract(ExtractionContext context, OpinionRecord record)
    {
        var title = TextFolding.Fold(record.Title);
        if (title.Length == 0)
            return;
        if (title.Contains("renouvellement"))
            record.Subject.Procedure = Procedure.Renewal;
        else if (title.Contains("obtention") || title.Contains("premiere labellisation") || title.Contains("labellisation initiale")
                 || title.Contains("demande de label") || title.Contains("attribution du label") || title.Contains("creation"))
            record.Subject.Procedure = Procedure.Initial;
        else
            record.Subject.Procedure = Procedure.Other;
    }
}
