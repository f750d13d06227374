namespace InsiderBot.Edgar.DataSets;

/// <summary>The rows of one accession gathered from every table, before they become a filing.</summary>
internal sealed class DataSetFilingParts(string accession)
{
    public string Accession { get; } = accession;
    public DataSetRow? Submission { get; set; }
    public List<DataSetRow> Owners { get; } = [];
    public List<DataSetRow> NonDerivativeTransactions { get; } = [];
    public List<DataSetRow> DerivativeTransactions { get; } = [];
    public List<DataSetRow> NonDerivativeHoldings { get; } = [];
    public List<DataSetRow> DerivativeHoldings { get; } = [];
    public List<DataSetRow> Footnotes { get; } = [];

    public void Add(string table, DataSetRow row)
    {
        switch (table)
        {
            case DataSetTable.Submission: Submission = row; break;
            case DataSetTable.ReportingOwner: Owners.Add(row); break;
            case DataSetTable.NonDerivativeTransactions: NonDerivativeTransactions.Add(row); break;
            case DataSetTable.DerivativeTransactions: DerivativeTransactions.Add(row); break;
            case DataSetTable.NonDerivativeHoldings: NonDerivativeHoldings.Add(row); break;
            case DataSetTable.DerivativeHoldings: DerivativeHoldings.Add(row); break;
            case DataSetTable.Footnotes: Footnotes.Add(row); break;
        }
    }
}
