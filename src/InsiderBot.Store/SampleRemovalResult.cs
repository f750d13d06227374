namespace InsiderBot.Store;

/// <summary>What <see cref="InsiderStore.RemoveSample"/> took out; <paramref name="Held"/> is false when the store held no sample.</summary>
public sealed record SampleRemovalResult(long Filings, long Trades, bool Held);
