namespace InsiderBot.Benchmarks.Generation;

/// <summary>One generated quarter's folder of data-set TSVs and what it holds.</summary>
public sealed record DataSetQuarter(string Path, long Filings, long Transactions)
{
    public string Name => System.IO.Path.GetFileName(Path);

    public long Bytes => Directory.EnumerateFiles(Path).Sum(f => new FileInfo(f).Length);
}
