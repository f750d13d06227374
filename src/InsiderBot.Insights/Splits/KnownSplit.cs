namespace InsiderBot.Insights.Splits;

/// <summary>A split given in configuration: <c>{ "Ticker": "NVDA", "Date": "2024-06-10", "Ratio": "10-for-1" }</c>.</summary>
public sealed class KnownSplit
{
    public string Ticker { get; set; } = "";

    /// <summary>The first day the shares trade on the new basis.</summary>
    public DateOnly Date { get; set; }

    /// <summary>"5-for-1", "3-for-2", "1-for-10".</summary>
    public string Ratio { get; set; } = "";
}
