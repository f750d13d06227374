using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a (insider, company) entry of the market-day ledger becomes a LiteDB document and back:
/// <c>_id</c> = "insider:issuer", <c>b</c> = one binary field holding each day with a counted row, oldest first, as
/// the days since the one before (the first: since day 0), its market-trade rows and its sale rows. The ledger's first
/// form kept the market days and their rows as two BSON arrays of numbers, about 16 bytes a day where this is about 4.
/// </summary>
internal static class MarketDayDocuments
{
    private const string Field = "b";

    public static BsonDocument ToDocument(string key, MarketDayEntry entry)
    {
        var b = new BlobWriter();
        var previous = 0;
        foreach (var day in entry.Market.Keys.Concat(entry.Sales.Keys).Distinct().Order())
        {
            b.Unsigned((ulong)(day - previous));
            b.Unsigned((ulong)entry.Market.GetValueOrDefault(day));
            b.Unsigned((ulong)entry.Sales.GetValueOrDefault(day));
            previous = day;
        }

        return new BsonDocument { ["_id"] = key, [Field] = b.ToArray() };
    }

    /// <summary>A stored entry, to change and write back.</summary>
    public static MarketDayEntry FromDocument(BsonDocument doc)
    {
        var entry = new MarketDayEntry { Stored = true };
        var days = Days(doc);
        while (days.Next())
        {
            if (days.MarketRows > 0) entry.Market[days.Day] = days.MarketRows;
            if (days.SaleRows > 0) entry.Sales[days.Day] = days.SaleRows;
        }

        return entry;
    }

    /// <summary>The entry's market-trade days (<see cref="DayNumber"/>) from <paramref name="first"/> to <paramref name="last"/>, oldest first.</summary>
    public static List<int> MarketDays(BsonDocument doc, int first, int last)
    {
        var found = new List<int>();
        var days = Days(doc);
        while (days.Next() && days.Day <= last)
        {
            if (days.MarketRows > 0 && days.Day >= first) found.Add(days.Day);
        }

        return found;
    }

    /// <summary>The entry's last sale day (<see cref="DayNumber"/>) on or before <paramref name="last"/>, or null.</summary>
    public static int? LastSaleDay(BsonDocument doc, int last)
    {
        int? found = null;
        var days = Days(doc);
        while (days.Next() && days.Day <= last)
        {
            if (days.SaleRows > 0) found = days.Day;
        }

        return found;
    }

    private static MarketDayCursor Days(BsonDocument doc) => new(doc[Field].AsBinary);
}
