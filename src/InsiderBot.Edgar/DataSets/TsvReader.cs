using System.Text;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Reads the SEC data-set TSVs record by record: tab-separated, a field that starts with a quote is quoted and
/// doubles its inner quotes (<c>"the ""Reporting Business Units"""</c>) and may span lines.
/// </summary>
internal sealed class TsvReader(TextReader reader)
{
    private readonly StringBuilder field = new();

    /// <summary>Fills <paramref name="fields"/> with the next record; false at the end of the file.</summary>
    public bool TryRead(List<string> fields)
    {
        fields.Clear();
        var c = reader.Read();
        if (c < 0) return false;
        while (true)
        {
            field.Clear();
            if (c == '"') c = ReadQuoted();
            while (c >= 0 && c != '\t' && c != '\n')
            {
                if (c != '\r') field.Append((char)c);
                c = reader.Read();
            }

            fields.Add(field.ToString());
            if (c == '\t')
            {
                c = reader.Read();
                continue;
            }

            return true;
        }
    }

    /// <summary>Reads a quoted field's content; returns the character after the closing quote.</summary>
    private int ReadQuoted()
    {
        while (true)
        {
            var c = reader.Read();
            if (c < 0) return c;
            if (c != '"')
            {
                field.Append((char)c);
                continue;
            }

            var next = reader.Read();
            if (next == '"')
            {
                field.Append('"');
                continue;
            }

            return next;
        }
    }
}
