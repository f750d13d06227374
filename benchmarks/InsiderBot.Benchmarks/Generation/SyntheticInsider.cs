namespace InsiderBot.Benchmarks.Generation;

/// <summary>One generated reporting owner: role, habit (routine sellers trade in the same month every year) and holdings.</summary>
public sealed class SyntheticInsider(long cik, string name, SyntheticRole role, int routineMonth, decimal shares)
{
    public long Cik { get; } = cik;

    public string Name { get; } = name;

    public SyntheticRole Role { get; } = role;

    /// <summary>1–12 for a routine trader (plan sales in that month each year), 0 for an opportunistic one.</summary>
    public int RoutineMonth { get; } = routineMonth;

    public decimal Shares { get; set; } = shares;

    public decimal Options { get; set; } = Math.Round(shares / 4);

    public decimal ClassB { get; set; } = role == SyntheticRole.TenPercentOwner ? Math.Round(shares * 2) : 0;
}
