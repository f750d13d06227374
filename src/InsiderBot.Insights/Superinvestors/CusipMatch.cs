namespace InsiderBot.Insights.Superinvestors;

/// <summary>A hand-made link from a ticker to the CUSIP its shares carry in 13F tables.</summary>
public sealed class CusipMatch
{
    public string Ticker { get; set; } = "";

    public string Cusip { get; set; } = "";
}
