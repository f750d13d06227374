using System.Collections.Concurrent;

namespace InsiderBot.Store;

/// <summary>
/// Reads remembered until the next write to the store ends: the small reads every answer repeats (the ticker's issuer, a
/// company's splits and its window's signals, the covered spans, whether the sample is held) and that only a write
/// transaction or a meta write changes. What is read through it must be written only inside
/// <see cref="StoreDatabase.InTransaction{T}"/> or by <see cref="StoreDatabase.SetMeta"/>. The count of ended writes is
/// read before the store, so a write that commits during a read leaves a stale entry, never a wrong one. Reads inside a
/// write transaction see its uncommitted writes, so they are never remembered. The file is opened in direct (exclusive)
/// mode: no other process writes behind it.
/// </summary>
internal sealed class CommittedReads<TKey, TValue>(StoreDatabase store, int capacity = 4096)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, (long Writes, TValue Value)> entries = new();

    /// <summary>What <paramref name="read"/> gives for the key, read again only after a write ended.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> read)
    {
        if (store.Writing) return read(key);
        var writes = store.WritesEnded;
        if (entries.TryGetValue(key, out var known) && known.Writes == writes) return known.Value;
        var value = read(key);
        if (entries.Count >= capacity) entries.Clear();
        entries[key] = (writes, value);
        return value;
    }
}
