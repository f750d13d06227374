using System.Text;

namespace InsiderBot.Testing;

/// <summary>A strict RFC 4180 reader for tests: CRLF records, quoted fields with doubled quotes; anything else throws.</summary>
public sealed record CsvTable(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public string Cell(int row, string column) => Rows[row][Column(column)];

    public int Column(string name)
    {
        var at = Header.ToList().IndexOf(name);
        return at >= 0 ? at : throw new KeyNotFoundException($"No column {name}");
    }

    public IEnumerable<string> Values(string column) => Rows.Select(r => r[Column(column)]);

    public static CsvTable Parse(string text)
    {
        var records = new List<IReadOnlyList<string>>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("An unterminated quoted field.");
                    if (text[i] == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; }
                    else if (text[i] == '"') { i++; break; }
                    else field.Append(text[i++]);
                }
            }

            while (i < text.Length && text[i] is not (',' or '\r'))
            {
                if (text[i] is '"' or '\n') throw new FormatException($"A quote or a bare line feed in an unquoted field at {i}.");
                field.Append(text[i++]);
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i < text.Length && text[i] == ',') { i++; continue; }
            if (i + 1 >= text.Length || text[i + 1] != '\n') throw new FormatException($"A record must end with CRLF at {i}.");
            i += 2;
            records.Add(fields);
            fields = [];
        }

        if (records.Count == 0) throw new FormatException("No header.");
        var width = records[0].Count;
        if (records.Any(r => r.Count != width)) throw new FormatException("Records of different widths.");
        return new CsvTable(records[0], records.Skip(1).ToList());
    }
}
