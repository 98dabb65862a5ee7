using AvisIngest.Records;
using CsvHelper;
using CsvHelper.Configuration;

namespace AvisIngest.Export;

/// <summary>Writes one table as CSV, streaming: records are read, turned into rows and written one at a time.</summary>
public static class CsvExporter
{
    /// <summary>Writes the table in the dialect's encoding; returns the number of rows written (the header not counted).</summary>
    public static int Write(Stream output, ExportTable table, IEnumerable<OpinionRecord> records, CsvDialect dialect)
    {
        using var text = new StreamWriter(output, dialect.Encoding, bufferSize: 1 << 16, leaveOpen: true);
        using var csv = new CsvWriter(text, dialect.Configuration(), leaveOpen: true);
        return table switch
        {
            ExportTable.Opinions => WriteRows<OpinionRow, OpinionRowMap>(csv, records.Select(TableRows.Opinion)),
            ExportTable.Axes => WriteRows<AxisRow, AxisRowMap>(csv, records.SelectMany(TableRows.Axes)),
            ExportTable.Organizations => WriteRows<OrganizationRow, OrganizationRowMap>(csv, records.SelectMany(TableRows.Organizations)),
            ExportTable.Sites => WriteRows<SiteRow, SiteRowMap>(csv, records.SelectMany(TableRows.Sites)),
            ExportTable.Sections => WriteRows<SectionRow, SectionRowMap>(csv, records.SelectMany(TableRows.Sections)),
            ExportTable.Perspectives => WriteRows<PerspectiveRow, PerspectiveRowMap>(csv, records.SelectMany(TableRows.Perspectives)),
            ExportTable.Reservations => WriteRows<ReservationRow, ReservationRowMap>(csv, records.SelectMany(TableRows.Reservations)),
            _ => WriteRows<RecommendationRow, RecommendationRowMap>(csv, records.SelectMany(TableRows.Recommendations)),
        };
    }

    private static int WriteRows<TRow, TMap>(CsvWriter csv, IEnumerable<TRow> rows) where TMap : ClassMap<TRow>
    {
        csv.Context.RegisterClassMap<TMap>();
        csv.WriteHeader<TRow>();
        csv.NextRecord();
        var count = 0;
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
            csv.NextRecord();
            count++;
        }
        csv.Flush();
        return count;
    }
}
