namespace InsiderBot.Insights;

/// <summary>Words for <see cref="DataFlag"/>.</summary>
public static class DataFlags
{
    public static string Describe(DataFlag flags)
    {
        var parts = new List<string>();
        if (flags.HasFlag(DataFlag.DateAfterFiling)) parts.Add("trade date after the filing date");
        if (flags.HasFlag(DataFlag.DateBefore1990)) parts.Add("trade date before 1990");
        if (flags.HasFlag(DataFlag.MissingDate)) parts.Add("no trade date");
        if (flags.HasFlag(DataFlag.PriceLooksLikeTotal)) parts.Add("price looks like a total value");
        if (flags.HasFlag(DataFlag.AbsurdShares)) parts.Add("impossible share count");
        return string.Join(", ", parts);
    }
}
