namespace InsiderBot.Benchmarks.Generation;

/// <summary>A generated history as quarterly data sets (oldest first), the folder of filings that continue it, and how long generating took.</summary>
public sealed record HistoryDataSets(string Folder, IReadOnlyList<DataSetQuarter> Quarters, double GenerationSeconds, bool Reused)
{
    /// <summary>New filings of the same companies after the history ends, as a data set that is not imported with the history.</summary>
    public string Continuation => System.IO.Path.Combine(Folder, "continuation");

    public long Filings => Quarters.Sum(q => q.Filings);

    public long Transactions => Quarters.Sum(q => q.Transactions);

    public long Bytes => Quarters.Sum(q => q.Bytes);
}
