namespace InsiderBot.Store;

/// <summary>
/// Hears about signals as they are recorded. <see cref="Record"/> runs inside the LiteDB transaction that stores the
/// filings and their signals (so what it writes lands with them or not at all); <see cref="Committed"/> runs after.
/// </summary>
public interface ISignalChangeHandler
{
    void Record(IReadOnlyList<SignalChange> changes);

    void Committed();
}
