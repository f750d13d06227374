namespace InsiderBot.Filings;

/// <summary>What is left of <see cref="ImportOptions.MaxZipBytes"/> for one zip given on the command line and the zips inside it.</summary>
internal sealed class ZipBudget(long limit)
{
    public long Left { get; private set; } = limit;

    public void Spend(long bytes) => Left -= bytes;
}
