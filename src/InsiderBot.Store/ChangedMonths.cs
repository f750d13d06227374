using System.Diagnostics.CodeAnalysis;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The company months a write transaction changes (<see cref="TradeMonthRows"/>, <see cref="FilingMonthRows"/>): each is
/// read once when first changed, held in memory and read from here by the transaction's own thread, written once just
/// before the transaction commits (<see cref="Flush"/>) and dropped when it ends. Other readers see only committed
/// months, as LiteDB shows a transaction's writes to its own thread alone.
/// </summary>
/// <param name="collection">The months' collection.</param>
/// <param name="read">A stored month, decoded whole to be changed.</param>
/// <param name="empty">A month not stored yet.</param>
/// <param name="write">The document a changed month is stored as.</param>
internal sealed class ChangedMonths<TMonth>(
    Func<ILiteCollection<BsonDocument>> collection, Func<BsonDocument, TMonth> read, Func<long, TMonth> empty, Func<TMonth, BsonDocument> write)
    where TMonth : CompanyMonth
{
    private readonly Dictionary<long, TMonth> changed = [];
    private readonly SortedSet<long> keys = [];
    private readonly HashSet<long> stored = []; // the held months that were stored when first read
    private readonly Dictionary<long, BsonDocument?> looked = []; // months looked at, not (yet) changed: the stored document or null

    public int Count => changed.Count;

    /// <summary>Every held month, in no particular order.</summary>
    public IEnumerable<TMonth> All => changed.Values;

    public bool TryGet(long key, [MaybeNullWhen(false)] out TMonth month) => changed.TryGetValue(key, out month);

    /// <summary>
    /// The stored document of a month not held, read once until the transaction ends: a look before a change (a
    /// filing's duplicate check, then its insert) reads the month once, not twice. Only the writing thread calls this.
    /// </summary>
    public BsonDocument? Stored(long key)
    {
        if (!looked.TryGetValue(key, out var document)) looked[key] = document = collection().ById(key);
        return document;
    }

    /// <summary>The month as this transaction has it, to change: read once, then held until the transaction ends.</summary>
    public TMonth Changing(long key)
    {
        if (!changed.TryGetValue(key, out var month))
        {
            if ((looked.Remove(key, out var seen) ? seen : collection().ById(key)) is { } document)
            {
                month = read(document);
                stored.Add(key);
            }
            else
            {
                month = empty(key);
            }

            changed[key] = month;
            keys.Add(key);
        }

        return month;
    }

    /// <summary>The held months whose keys are from <paramref name="first"/> to <paramref name="last"/>, ascending.</summary>
    public List<TMonth> Between(long first, long last) => [.. keys.GetViewBetween(first, last).Select(key => changed[key])];

    /// <summary>Writes every held month (deletes one left empty), then drops them.</summary>
    public void Flush()
    {
        var months = collection();
        foreach (var (key, month) in changed)
        {
            if (month.IsEmpty) KnownDocuments.Delete(months, key, stored.Contains(key));
            else KnownDocuments.Write(months, write(month), stored.Contains(key));
        }

        Clear();
    }

    public void Clear()
    {
        changed.Clear();
        keys.Clear();
        stored.Clear();
        looked.Clear();
    }

    /// <summary>
    /// Stored months (in <paramref name="order"/>, ascending by key by default) with this transaction's changes: a held
    /// month in place of its stored self, the <paramref name="pending"/> ones (in the same order) where they fall.
    /// </summary>
    /// <param name="keyOf">A stored month's key.</param>
    /// <param name="readStored">A stored month not held, as the reader wants it.</param>
    public IEnumerable<TMonth> Merged(
        IEnumerable<BsonDocument> stored, List<TMonth> pending, Func<BsonDocument, long> keyOf, Func<BsonDocument, TMonth> readStored, Func<long, (long, long)>? order = null)
    {
        order ??= key => (key, 0);
        var next = 0;
        foreach (var document in stored)
        {
            var key = keyOf(document);
            while (next < pending.Count && order(pending[next].Key).CompareTo(order(key)) <= 0) yield return pending[next++];
            if (changed.ContainsKey(key)) continue; // yielded (or left out) from what this transaction holds
            yield return readStored(document);
        }

        while (next < pending.Count) yield return pending[next++];
    }
}
