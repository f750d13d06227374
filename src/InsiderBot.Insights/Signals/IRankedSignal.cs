namespace InsiderBot.Insights.Signals;

/// <summary>What a signal is ranked by (<see cref="SignalRanking"/>): the computed <see cref="Signal"/> and the stored one alike.</summary>
public interface IRankedSignal
{
    string Id { get; }
    SignalKind Kind { get; }
    DateOnly To { get; }
    bool IsMixed { get; }
    InsiderStatus Status { get; }
}
