using System.Globalization;
using System.Text;
using AvisIngest.Export;
using AvisIngest.Records;
using CsvHelper;
using CsvHelper.Configuration;

namespace AvisIngest.Tests.Export;

public class CsvExporterTests
{
    private static readonly OpinionRecord Ceit = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Ceit + ".txt")).Record!;
    private static readonly OpinionRecord Id = TestFiles.Pipeline.Extract(TestFiles.Corpus(TestFiles.Id + ".txt")).Record!;

    private static byte[] Export(ExportTable table, CsvDialect dialect, params OpinionRecord[] records)
    {
        using var stream = new MemoryStream();
        CsvExporter.Write(stream, table, records, dialect);
        return stream.ToArray();
    }

    private static List<Dictionary<string, string>> Read(byte[] csv, string delimiter = ",")
    {
        using var reader = new CsvReader(new StreamReader(new MemoryStream(csv), Encoding.UTF8), new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter });
        reader.Read();
        reader.ReadHeader();
        var header = reader.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(header.ToDictionary(h => h, h => reader.GetField(h)!));
        return rows;
    }

    [Fact]
    public void The_opinions_table_has_every_scalar_column_in_a_stable_order()
    {
        var header = Encoding.UTF8.GetString(Export(ExportTable.Opinions, CsvDialect.Rfc4180)).TrimEnd();
        Assert.Equal(
            "id,number,title,body_name,body_acronym,region,procedure,label,campus_acronym,campus_theme,former_names,support_institution," +
            "member_count,member_count_approximate,training_count,training_count_approximate,learner_count,learner_count_approximate," +
            "first_labelled_year,excellence_since_year,emblematic_site,countries,label_period_from,label_period_to,labelled_campuses," +
            "excellence_campuses,strategic_committee_date,consultation_mode,consultation_date,consultation_closed_on,perspectives_period," +
            "outcome,vote,opinion_text,reservation_count,axis_count,site_count,country_count,organization_count,perspective_count," +
            "section_count,source_path,source_format,source_sha256,source_pages,source_encoding,warning_count,source_ocr_page_count,source_ocr_confidence," +
            "votes_for,votes_against,votes_abstentions,recommendation_count",
            header);
    }

    [Fact]
    public void The_opinions_table_gives_the_seeds_values()
    {
        var rows = Read(Export(ExportTable.Opinions, CsvDialect.Rfc4180, Ceit, Id));
        var ceit = rows[0];
        Assert.Equal("2026CE01", ceit["id"]);
        Assert.Equal("CMQe CEIT", ceit["campus_acronym"]);
        Assert.Equal("Chimie, Énergie, Innovation Territoriale", ceit["campus_theme"]);
        Assert.Equal(("63", "false"), (ceit["member_count"], ceit["member_count_approximate"]));
        Assert.Equal(("10000", "true"), (ceit["learner_count"], ceit["learner_count_approximate"]));
        Assert.Equal(("2025", "2027"), (ceit["label_period_from"], ceit["label_period_to"]));
        Assert.Equal(("written", "2026-01-19", "2026-02-02"), (ceit["consultation_mode"], ceit["consultation_date"], ceit["consultation_closed_on"]));
        Assert.Equal("2025-11-27", ceit["strategic_committee_date"]);
        Assert.Equal(("favorable", "majority"), (ceit["outcome"], ceit["vote"]));
        Assert.Equal(("3", "0", "10"), (ceit["axis_count"], ceit["site_count"], ceit["section_count"]));
        Assert.Equal(("txt", "utf-8", ""), (ceit["source_format"], ceit["source_encoding"], ceit["source_pages"]));
        Assert.Equal("", ceit["excellence_since_year"]);
        Assert.Equal(("0", ""), (ceit["source_ocr_page_count"], ceit["source_ocr_confidence"]));
        var id = rows[1];
        Assert.Equal("Image Numérique et Industrie Créative (INIC)", id["former_names"]);
        Assert.Equal("Belgique | Pays-Bas | Espagne | Allemagne | pays nordiques", id["countries"]);
        Assert.Equal(("80", "true"), (id["member_count"], id["member_count_approximate"]));
        Assert.Equal(("7", "22", "0"), (id["site_count"], id["perspective_count"], id["warning_count"]));
    }

    [Fact]
    public void The_long_tables_have_one_row_per_item_keyed_by_the_opinion()
    {
        var axes = Read(Export(ExportTable.Axes, CsvDialect.Rfc4180, Ceit, Id));
        Assert.Equal(7, axes.Count);
        Assert.Equal(["id", "axis_number", "title"], axes[0].Keys);
        Assert.Equal(("2026CE02", "4", "La ville résiliente"), (axes[6]["id"], axes[6]["axis_number"], axes[6]["title"]));

        var sites = Read(Export(ExportTable.Sites, CsvDialect.Rfc4180, Ceit, Id));
        Assert.Equal(["Roubaix", "Amiens", "Arras", "Compiègne", "Saint-Quentin", "Valenciennes", "Calais"], sites.Select(s => s["town"]));
        Assert.All(sites, s => Assert.Equal("2026CE02", s["id"]));

        var sections = Read(Export(ExportTable.Sections, CsvDialect.Rfc4180, Id));
        Assert.Equal(["header", "context", "presentation", "perimeter", "axes", "governance", "perspectives", "opinion"], sections.Select(s => s["kind"]));
        Assert.Equal(("Avis du CoRE", "8"), (sections[7]["heading"], sections[7]["position"]));
        Assert.Equal(("rule", ""), (sections[7]["classified_by"], sections[7]["confidence"]));

        var perspectives = Read(Export(ExportTable.Perspectives, CsvDialect.Rfc4180, Ceit, Id));
        Assert.Equal(22, perspectives.Count);
        Assert.Equal(("2025-2030", "22"), (perspectives[21]["period"], perspectives[21]["position"]));

        var organizations = Read(Export(ExportTable.Organizations, CsvDialect.Rfc4180, Ceit));
        Assert.Equal(12, organizations.Count);
        var upjv = organizations.Single(o => o["acronym"] == "UPJV");
        Assert.Equal(("Université de Picardie Jules Verne", "university", "4"), (upjv["name"], upjv["category"], upjv["position"]));
        Assert.Equal(["id", "position", "name", "category", "acronym"], organizations[0].Keys);

        Assert.Empty(Read(Export(ExportTable.Reservations, CsvDialect.Rfc4180, Ceit, Id)));
        var withReservations = TestFiles.RecordOf("Avis du CoRE N° 2024CE08\nAvis du CoRE\nLe CoRE émet un avis favorable assorti des réserves suivantes :\n- fournir le bilan,\n- ouvrir une antenne.");
        var reservations = Read(Export(ExportTable.Reservations, CsvDialect.Rfc4180, withReservations));
        Assert.Equal(["fournir le bilan", "ouvrir une antenne"], reservations.Select(r => r["reservation"]));
    }

    [Fact]
    public void The_default_dialect_is_rfc_4180_utf8_without_bom()
    {
        var bytes = Export(ExportTable.Axes, CsvDialect.Rfc4180, Id);
        Assert.Equal((byte)'i', bytes[0]);
        Assert.StartsWith("id,axis_number,title\r\n2026CE02,1,L'audiovisuel responsable\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void The_excel_dialect_has_a_bom_semicolons_and_crlf()
    {
        var bytes = Export(ExportTable.Axes, CsvDialect.Excel, Id);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id;axis_number;title\r\n2026CE02;1;L'audiovisuel responsable\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.Equal(4, Read(bytes, ";").Count);
    }

    [Fact]
    public void Values_with_separators_quotes_and_newlines_round_trip()
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2024CE09\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        record.Title = "Concernant \"le\" campus; Lille, Lens\nDouai";
        record.Campus.Theme = "Chimie ; énergie, \"verte\"";
        foreach (var dialect in new[] { CsvDialect.Rfc4180, CsvDialect.Excel })
        {
            var row = Read(Export(ExportTable.Opinions, dialect, record), dialect.Delimiter).Single();
            Assert.Equal(record.Title, row["title"]);
            Assert.Equal(record.Campus.Theme, row["campus_theme"]);
        }
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+33 1 23")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Values_that_a_spreadsheet_would_run_as_formulas_are_neutralised(string hostile)
    {
        var record = TestFiles.RecordOf("Avis du CoRE N° 2024CE10\nAvis du CoRE\nLe CoRE émet un avis favorable.");
        record.Title = hostile;
        var row = Read(Export(ExportTable.Opinions, CsvDialect.Excel, record), ";").Single();
        Assert.Equal("'" + hostile, row["title"]);
    }
}
