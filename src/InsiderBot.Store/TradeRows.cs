using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// Every read and write of stored trades goes through here, so the layout that holds them is one class's concern.
/// Rows come back as trade documents (<see cref="TradeDocuments"/>), ascending by day; days are
/// <see cref="DayNumber"/>s, both ends inclusive. A row read here, changed in place and given back to
/// <see cref="Update"/> is stored changed.
/// </summary>
internal abstract class TradeRows
{
    public abstract void Insert(IReadOnlyCollection<BsonDocument> trades);

    /// <summary>One company's rows between two days.</summary>
    public abstract IEnumerable<BsonDocument> OfIssuer(long issuer, int fromDay, int toDay);

    /// <summary>
    /// One company's trades between two days that no 4/A replaced, in the order of its rows; with <paramref name="code"/>,
    /// only those whose transaction code it keeps.
    /// </summary>
    public virtual List<InsiderTrade> CurrentTradesOfIssuer(long issuer, int fromDay, int toDay, Func<string, bool>? code = null) =>
        OfIssuer(issuer, fromDay, toDay)
            .Where(d => !TradeDocuments.IsSuperseded(d) && (code is null || code(TradeDocuments.Head(d).Code)))
            .Select(TradeDocuments.FromDocument)
            .ToList();

    /// <summary>One company's rows, its whole history.</summary>
    public IEnumerable<BsonDocument> OfIssuer(long issuer) => OfIssuer(issuer, 0, DayNumber.Last);

    /// <summary>One insider's rows at every company between two days.</summary>
    public abstract IEnumerable<BsonDocument> OfInsider(long insider, int fromDay, int toDay);

    /// <summary>One insider's rows at one company between two days.</summary>
    public abstract IEnumerable<BsonDocument> OfInsiderAt(long insider, long issuer, int fromDay, int toDay);

    /// <summary>A stored filing's rows, in the order its <c>ti</c> lists them.</summary>
    public abstract IEnumerable<BsonDocument> OfFiling(BsonDocument filing);

    /// <summary>Writes back a row read here and changed in place (nature, flags, replaced mark).</summary>
    public abstract void Update(BsonDocument trade);

    public abstract void Delete(BsonDocument trade);

    /// <summary>The first and last day of one company's rows (superseded ones included); null when it has none.</summary>
    public abstract (int First, int Last)? DaysOf(long issuer);

    /// <summary>How many rows are stored.</summary>
    public abstract long Count();

    /// <summary>Every stored row (committed), in no useful order: for checks over the whole store.</summary>
    public abstract IEnumerable<BsonDocument> All();

    /// <summary>Writes what the transaction changed and holds back; called just before it commits.</summary>
    public virtual void Flush()
    {
    }

    /// <summary>Forgets what the transaction changed; called when it rolls back.</summary>
    public virtual void Discard()
    {
    }
}
