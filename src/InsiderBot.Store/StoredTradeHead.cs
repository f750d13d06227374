using InsiderBot.Filings;

namespace InsiderBot.Store;

/// <summary>The facts the store's own bookkeeping filters trades on, read without decoding the whole trade.</summary>
internal readonly record struct StoredTradeHead(string Code, OwnershipTable Table, decimal? Price)
{
    /// <summary>A non-derivative row with a price above zero: the rows a typical price or a split test reads.</summary>
    public bool IsPricedStock => Table == OwnershipTable.NonDerivative && Price is > 0;
}
