using System.Globalization;
using System.Text;

namespace InsiderBot.Chat.Export;

/// <summary>
/// An export as CSV (RFC 4180): a header row, CRLF line ends, a field quoted when it holds a comma, a quote or a line
/// break, quotes doubled. Injection-safe: a text cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or
/// a carriage return gets a leading apostrophe, so a spreadsheet shows it instead of evaluating it (names and titles
/// come from filings anyone may submit). Lists are joined with "; ". UTF-8 without a byte-order mark.
/// </summary>
public static class TransactionCsv
{
    private static readonly char[] Formula = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(ExportDocument document)
    {
        var text = new StringBuilder();
        Line(text, ExportField.All.Select(f => f.Name));
        foreach (var row in document.Transactions) Line(text, ExportField.All.Select(f => Cell(f.Value(row))));
        return new UTF8Encoding(false).GetBytes(text.ToString());
    }

    /// <summary>One value as a CSV field: quoted when it must be, defused when a spreadsheet would evaluate it.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && Array.IndexOf(Formula, value[0]) >= 0) value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields) => text.Append(string.Join(',', fields)).Append("\r\n");

    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => Field(s),
        IReadOnlyList<string> list => Field(string.Join("; ", list)),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => m.ToString(CultureInfo.InvariantCulture), // our own number, never a formula
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Field(value.ToString() ?? ""),
    };
}
