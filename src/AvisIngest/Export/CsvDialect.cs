using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace AvisIngest.Export;

/// <summary>
/// How a CSV file is written. <see cref="Rfc4180"/>: comma, UTF-8 without BOM, CRLF, header row.
/// <see cref="Excel"/>: semicolon and a BOM, which French Excel and LibreOffice need to split the
/// columns and read the accents. Both: ISO dates, "." decimals, quotes only where needed, and
/// values starting with = + - @ (a tab or a CR) escaped with a leading ' so that a spreadsheet
/// never runs them as formulas.
/// </summary>
public sealed record CsvDialect(string Delimiter, bool ByteOrderMark)
{
    public static CsvDialect Rfc4180 { get; } = new(",", false);

    public static CsvDialect Excel { get; } = new(";", true);

    public Encoding Encoding => new UTF8Encoding(encoderShouldEmitUTF8Identifier: ByteOrderMark);

    public CsvConfiguration Configuration() => new(CultureInfo.InvariantCulture)
    {
        Delimiter = Delimiter,
        NewLine = "\r\n",
        HasHeaderRecord = true,
        InjectionOptions = InjectionOptions.Escape,
    };
}
