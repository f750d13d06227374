namespace InsiderBot.Insights.Signals;

/// <summary>
/// What a signal states, whether just computed (<see cref="Signal"/>, with its trades) or read back from the store
/// (with the trades' ids and the store's bookkeeping): declared once here so both carry every property.
/// </summary>
public abstract record SignalStatement : IRankedSignal
{
    public required string Id { get; init; }
    public required SignalKind Kind { get; init; }
    public required long IssuerCik { get; init; }
    public string Ticker { get; init; } = "";
    public string IssuerName { get; init; } = "";
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    /// <summary>The insiders (filer CIKs; joint filers once) behind the evidence, in order of first trade.</summary>
    public required IReadOnlyList<long> Insiders { get; init; }
    public IReadOnlyList<string> InsiderNames { get; init; } = [];
    public required string Reason { get; init; }
    /// <summary>What would have explained it away and was checked.</summary>
    public required string Checked { get; init; }
    /// <summary>Cluster buying with a discretionary sale by an insider of the company in the window.</summary>
    public bool IsMixed { get; init; }
    public decimal? Value { get; init; }
    /// <summary>Opportunistic when any insider behind it is; routine when all are.</summary>
    public InsiderStatus Status { get; init; }
}
