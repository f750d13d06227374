namespace InsiderBot.Store;

/// <summary>
/// Reads a market-day entry's binary field (<see cref="MarketDayDocuments"/>) a day at a time, oldest first: each day
/// as the days since the one before, then its market-trade rows and its sale rows.
/// </summary>
internal ref struct MarketDayCursor(ReadOnlySpan<byte> bytes)
{
    private BlobReader reader = new(bytes);

    /// <summary>The current day (<see cref="DayNumber"/>).</summary>
    public int Day { get; private set; }

    public int MarketRows { get; private set; }

    public int SaleRows { get; private set; }

    /// <summary>Moves to the next day; false when the entry has no more.</summary>
    public bool Next()
    {
        if (reader.AtEnd) return false;
        Day += (int)reader.Unsigned();
        MarketRows = (int)reader.Unsigned();
        SaleRows = (int)reader.Unsigned();
        return true;
    }
}
