namespace InsiderBot.Insights.Superinvestors;

/// <summary>A 13F filer the bot follows: its EDGAR CIK and the name people know it by.</summary>
public sealed class TrackedManager
{
    public long Cik { get; set; }

    public string Name { get; set; } = "";
}
