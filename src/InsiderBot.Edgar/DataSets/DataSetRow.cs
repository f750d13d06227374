namespace InsiderBot.Edgar.DataSets;

/// <summary>One row of a data-set table, read by column name (the header decides the order).</summary>
internal sealed class DataSetRow(IReadOnlyDictionary<string, int> columns, string[] values)
{
    public string this[string column] => columns.TryGetValue(column, out var i) && i < values.Length ? values[i] : "";

    public string Accession => this["ACCESSION_NUMBER"].Trim();

    /// <summary>The row's surrogate key (<c>NONDERIV_TRANS_SK</c> …): the filing's row order.</summary>
    public long Key(string column) => long.TryParse(this[column], out var k) ? k : long.MaxValue;

    /// <summary>The footnote references of every <c>*_FN</c> column, in column order.</summary>
    public IEnumerable<(string Column, string Id)> FootnoteReferences()
    {
        foreach (var (column, index) in columns.OrderBy(c => c.Value))
        {
            if (!column.EndsWith("_FN", StringComparison.Ordinal) || index >= values.Length) continue;
            foreach (var id in DataSetValues.FootnoteIds(values[index])) yield return (column, id);
        }
    }
}
