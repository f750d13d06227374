using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// A company's month of trades as layout 3 stores it: <c>_id</c> = issuer × 1,000,000 + yyyymm (a company's months are
/// one range of the primary key), <c>o</c> = the (insider × 1,000,000 + yyyymm) key of each insider in it (a multikey
/// index, for one insider's trades), <c>c</c> = how many trades, and <c>t</c> = the trades back to back in one binary
/// field, deflated (<see cref="MonthBytes"/>). Each trade keeps what its own document held in layout 2 (id, insider, day, nature, flags, the replaced mark
/// and the binary rest, <see cref="TradeDocuments"/>) and reads back as that document.
/// </summary>
internal static class TradeMonthDocuments
{
    /// <summary>The multikey index over the insiders' month keys.</summary>
    public const string InsiderIndex = "$.o[*]";

    [ThreadStatic]
    private static BlobWriter? writer;

    [ThreadStatic]
    private static BlobWriter? entryWriter;

    public static long KeyOf(BsonDocument month) => month["_id"].AsInt64;

    /// <summary>
    /// The month's trades, or only those <paramref name="wanted"/> keeps by insider and day (the others are skipped
    /// undecoded; such a partial month is for reading only).
    /// </summary>
    public static TradeMonth Read(BsonDocument month, Func<long, int, bool>? wanted = null)
    {
        var key = KeyOf(month);
        var issuerStart = DayNumber.KeyStart(key / TradeMonth.MonthsPerKey);
        var trades = new List<BsonDocument>(wanted is null ? month["c"].AsInt32 : 4);
        Walk(month, wanted ?? ((_, _) => true), (in Entry e) =>
        {
            var trade = new BsonDocument
            {
                ["_id"] = e.Id,
                ["ik"] = issuerStart + e.Day,
                ["ok"] = DayNumber.KeyStart(e.Insider) + e.Day,
                ["n"] = (int)e.Nature,
                ["b"] = e.Rest.ToArray(),
            };
            if (e.Flags != DataFlag.None) trade["fl"] = (int)e.Flags;
            if (e.Superseded) trade["sup"] = true;
            trades.Add(trade);
        });
        return new TradeMonth(key, trades);
    }

    /// <summary>
    /// The month's trades between two days that no 4/A replaced, decoded straight from the binary field (no trade
    /// document in between: what an answer reads); with <paramref name="code"/>, only the trades whose code it keeps
    /// are decoded past their code.
    /// </summary>
    public static List<InsiderTrade> CurrentTrades(BsonDocument month, int fromDay, int toDay, Func<string, bool>? code = null)
    {
        var issuer = KeyOf(month) / TradeMonth.MonthsPerKey;
        var trades = new List<InsiderTrade>();
        var repeated = TradeDocuments.NewRepeatedTexts();
        Walk(month, (_, day) => day >= fromDay && day <= toDay, (in Entry e) =>
        {
            if (e.Superseded || (code is not null && !code(TradeDocuments.CodeOf(e.Rest, repeated)))) return;
            trades.Add(TradeDocuments.FromParts(e.Id, issuer, e.Insider, e.Day, e.Nature, e.Flags, e.Rest, repeated));
        });
        return trades;
    }

    /// <summary>One trade of a month as <see cref="ToDocument"/> wrote it.</summary>
    private readonly ref struct Entry(string id, long insider, int day, TradeNature nature, DataFlag flags, bool superseded, ReadOnlySpan<byte> rest)
    {
        public string Id { get; } = id;

        public long Insider { get; } = insider;

        public int Day { get; } = day;

        public TradeNature Nature { get; } = nature;

        public DataFlag Flags { get; } = flags;

        public bool Superseded { get; } = superseded;

        public ReadOnlySpan<byte> Rest { get; } = rest;
    }

    private delegate void EntryVisitor(in Entry entry);

    // The one reader of the binary field: each trade's insider and day, then its length, so an unwanted one is skipped undecoded.
    private static void Walk(BsonDocument month, Func<long, int, bool> wanted, EntryVisitor visit) =>
        MonthBytes.Read(month["t"].AsBinary, $"trade month {KeyOf(month)}", entries =>
        {
            var r = new BlobReader(entries);
            while (!r.AtEnd)
            {
                var insider = r.Signed();
                var day = (int)r.Unsigned();
                var length = (int)r.Unsigned(); // of the rest of this trade
                if (!wanted(insider, day))
                {
                    r.Bytes(length);
                    continue;
                }

                var id = r.Text();
                var nature = (TradeNature)r.Unsigned();
                var flags = (DataFlag)r.Unsigned();
                var superseded = r.Byte() == 1;
                visit(new Entry(id, insider, day, nature, flags, superseded, r.Bytes((int)r.Unsigned())));
            }
        });

    public static BsonDocument ToDocument(TradeMonth month)
    {
        var b = writer ??= new BlobWriter();
        b.Clear();
        var insiders = new SortedSet<long>();
        var entry = entryWriter ??= new BlobWriter();
        foreach (var trade in month.Trades)
        {
            var day = TradeDocuments.Day(trade);
            entry.Clear();
            entry.Text(TradeDocuments.Id(trade));
            entry.Unsigned((ulong)TradeDocuments.Nature(trade));
            entry.Unsigned((ulong)TradeDocuments.Flags(trade));
            entry.Byte(TradeDocuments.IsSuperseded(trade) ? (byte)1 : (byte)0);
            var rest = trade["b"].AsBinary;
            entry.Unsigned((ulong)rest.Length);
            entry.Raw(rest);
            // Insider and day first, then the length of the rest: a reader skips the trades it does not want undecoded.
            b.Signed(TradeDocuments.Insider(trade));
            b.Unsigned((ulong)day);
            b.Unsigned((ulong)entry.Written.Length);
            b.Raw(entry.Written);
            insiders.Add(TradeMonth.KeyOf(TradeDocuments.Insider(trade), day));
        }

        return new BsonDocument
        {
            ["_id"] = month.Key,
            ["o"] = new BsonArray(insiders.Select(k => new BsonValue(k))),
            ["c"] = month.Trades.Count,
            ["t"] = MonthBytes.Pack(b.Written),
        };
    }

    /// <summary>How many trades a month holds, off the <c>{ _id, c }</c> projection <see cref="CountProjection"/> reads.</summary>
    public static int CountOf(BsonDocument month) => month["c"].AsInt32;

    public static BsonExpression CountProjection => BsonExpression.Create("{ _id: $._id, c: $.c }");

    /// <summary>The months holding an insider's keys between two (insider, month) keys.</summary>
    public static BsonExpression InsiderBetween(long from, long to) => BsonExpression.Create(InsiderIndex + " ANY BETWEEN @0 AND @1", from, to);
}
