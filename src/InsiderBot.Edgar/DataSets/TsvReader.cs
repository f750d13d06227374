using System.Text;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Reads the SEC data-set TSVs record by record: tab-separated, a field that starts with a quote is quoted and
/// doubles its inner quotes (<c>"the ""Reporting Business Units"""</c>) and may span lines.
/// A field or record past the caps below is not a data-set table: it is refused before it fills memory.
/// </summary>
internal sealed class TsvReader(TextReader reader)
{
    /// <summary>The longest field read (the longest real ones, footnote texts, are a few thousand characters).</summary>
    public const int MaxFieldCharacters = 1 << 20;

    /// <summary>The most fields a record may have (the widest real table has about 30 columns).</summary>
    public const int MaxFields = 1000;

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
                if (c != '\r') Append((char)c);
                c = reader.Read();
            }

            if (fields.Count == MaxFields) throw new InvalidDataException($"a record has more than {MaxFields} fields: not a data-set table");
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
                Append((char)c);
                continue;
            }

            var next = reader.Read();
            if (next == '"')
            {
                Append('"');
                continue;
            }

            return next;
        }
    }

    private void Append(char c)
    {
        if (field.Length == MaxFieldCharacters)
            throw new InvalidDataException($"a field is longer than {MaxFieldCharacters} characters: not a data-set table");
        field.Append(c);
    }
}
