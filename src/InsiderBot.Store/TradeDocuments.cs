using InsiderBot.Filings;
using InsiderBot.Insights;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// The one place a trade becomes a LiteDB document and back (layout 2). The document holds only what an index or an
/// in-place update needs as BSON: <c>_id</c> (<c>{accession}:{N|D}{position}</c>, so the accession is its prefix),
/// <c>ik</c> = (issuer, day) and <c>ok</c> = (insider, day) keys (the issuer, the insider and the day are read back
/// from them), the nature <c>n</c> and flags <c>fl</c> (re-read in place), <c>sup</c> when a 4/A replaced it. The rest
/// is one binary field <c>b</c> in a fixed order. Layout 1 wrote 30 named fields and two more indexes, about 650 bytes
/// a trade; this is about 230 (docs/BENCHMARKS.md, issue 18).
/// </summary>
internal static class TradeDocuments
{
    private const byte BlobFormat = 1;

    [ThreadStatic]
    private static BlobWriter? writer;

    public static BsonDocument ToDocument(InsiderTrade t, bool superseded = false)
    {
        var c = t.Classification;
        var b = writer ??= new BlobWriter();
        b.Clear();
        b.Byte(BlobFormat);
        b.Text(t.Code);
        b.Byte((byte)t.Table);
        b.Number(t.Price);
        b.Number(t.Shares);
        b.Number(t.OwnedAfter);
        b.Signed(t.Position);
        b.Unsigned(t.AcquiredDisposed ?? '\0');
        b.Unsigned(t.DirectOrIndirect);
        b.Number(c.PositionChange);
        b.Number(c.Value);
        b.Signed((int)c.Plan.Status);
        b.Day(c.Plan.AdoptedOn is { } adopted ? DayNumber.Of(adopted) : null);
        b.Text(c.Plan.Basis);
        b.Signed((int)c.Roles);
        b.Day(t.FiledOn is { } filed ? DayNumber.Of(filed) : null);
        // BSON dates kept milliseconds; so does this, so both layouts read back the same instant.
        if (t.AcceptedAt is { } accepted)
        {
            b.Byte(1);
            b.Signed(accepted.ToUnixTimeMilliseconds());
        }
        else
        {
            b.Byte(0);
        }

        b.Text(t.DocumentType);
        b.Text(t.SecurityTitle);
        b.Text(t.IssuerName);
        b.Text(t.Ticker);
        b.Text(t.OfficerTitle);
        b.Unsigned((ulong)t.OwnerNames.Count);
        foreach (var name in t.OwnerNames) b.Text(name);

        var doc = new BsonDocument
        {
            ["_id"] = t.Id,
            ["ik"] = DayNumber.Key(t.IssuerCik, t.Date),
            ["ok"] = DayNumber.Key(t.InsiderCik, t.Date),
            ["n"] = (int)c.Nature,
            ["b"] = b.ToArray(),
        };
        if (c.Flags != DataFlag.None) doc["fl"] = (int)c.Flags;
        if (superseded) doc["sup"] = true;
        return doc;
    }

    // FromParts' slots: the code, the plan's basis, the document type, the security, the company's name and ticker, the
    // officer title, the filing's accession, then the first owners' names.
    private const int AccessionSlot = 7;
    private const int FirstOwnerSlot = 8;
    private const int OwnerSlots = 4;
    private const int RepeatedSlots = FirstOwnerSlot + OwnerSlots;

    /// <summary>What a run of <see cref="FromParts"/> calls shares: the strings consecutive trades repeat.</summary>
    public static RepeatedTexts NewRepeatedTexts() => new(RepeatedSlots);

    public static InsiderTrade FromDocument(BsonDocument d) =>
        FromParts(Id(d), Issuer(d), Insider(d), Day(d), Nature(d), Flags(d), d["b"].AsBinary);

    /// <summary>A trade from what its document holds: its id, keys, nature and flags, and the binary rest.</summary>
    /// <param name="repeated">Shares the strings a run of trades repeats (<see cref="NewRepeatedTexts"/>); a trade decoded alone has its own.</param>
    public static InsiderTrade FromParts(string id, long issuer, long insider, int day, TradeNature nature, DataFlag flags, ReadOnlySpan<byte> rest, RepeatedTexts? repeated = null)
    {
        var r = new BlobReader(rest);
        r.Byte();
        var code = r.Text(repeated, 0);
        var table = (OwnershipTable)r.Byte();
        var price = r.Number();
        var shares = r.Number();
        var after = r.Number();
        var position = (int)r.Signed();
        var acquired = r.Unsigned() is var ad and > 0 ? (char?)(char)ad : null;
        var direct = (char)r.Unsigned();
        var change = r.Number();
        var value = r.Number();
        var plan = (PlanStatus)r.Signed();
        var adopted = r.Day();
        var basis = r.Text(repeated, 1);
        var roles = (InsiderRole)r.Signed();
        var filed = r.Day();
        DateTimeOffset? accepted = r.Byte() == 1 ? DateTimeOffset.FromUnixTimeMilliseconds(r.Signed()) : null;
        var documentType = r.Text(repeated, 2);
        var security = r.Text(repeated, 3);
        var issuerName = r.Text(repeated, 4);
        var ticker = r.Text(repeated, 5);
        var title = r.Text(repeated, 6);
        var owners = new string[(int)r.Unsigned()];
        for (var i = 0; i < owners.Length; i++) owners[i] = i < OwnerSlots ? r.Text(repeated, FirstOwnerSlot + i) : r.Text();

        return new InsiderTrade
        {
            Id = id,
            Accession = repeated is null ? AccessionOf(id) : repeated.Prefix(AccessionSlot, id, AccessionLength(id)),
            IssuerCik = issuer,
            IssuerName = issuerName,
            Ticker = ticker,
            InsiderCik = insider,
            InsiderName = owners.Length > 0 ? owners[0] : "",
            OwnerNames = owners,
            OfficerTitle = title,
            Date = DayNumber.ToDate(day),
            FiledOn = filed is { } f ? DayNumber.ToDate(f) : null,
            AcceptedAt = accepted,
            DocumentType = documentType,
            Code = code,
            Table = table,
            Position = position,
            SecurityTitle = security,
            AcquiredDisposed = acquired,
            DirectOrIndirect = direct,
            Shares = shares,
            Price = price,
            OwnedAfter = after,
            Classification = new TransactionClassification(
                nature,
                new PlanEvidence(plan, adopted is { } a ? DayNumber.ToDate(a) : null, basis),
                roles,
                change,
                value,
                flags),
        };
    }

    /// <summary>The code at the front of a trade's binary rest, in the slot <see cref="FromParts"/> reads it into.</summary>
    public static string CodeOf(ReadOnlySpan<byte> rest, RepeatedTexts repeated)
    {
        var r = new BlobReader(rest);
        r.Byte();
        return r.Text(repeated, 0);
    }

    /// <summary>The code, table and price, read off the front of the trade's binary field.</summary>
    public static StoredTradeHead Head(BsonDocument d)
    {
        var r = new BlobReader(d["b"].AsBinary);
        r.Byte();
        return new StoredTradeHead(r.Text(), (OwnershipTable)r.Byte(), r.Number());
    }

    public static long Issuer(BsonDocument d) => DayNumber.IdOf(d["ik"].AsInt64);

    public static long Insider(BsonDocument d) => DayNumber.IdOf(d["ok"].AsInt64);

    /// <summary>The trade's day as a <see cref="DayNumber"/>.</summary>
    public static int Day(BsonDocument d) => DayNumber.DayOf(d["ik"].AsInt64);

    public static string Id(BsonDocument d) => d["_id"].AsString;

    public static string Accession(BsonDocument d) => AccessionOf(Id(d));

    /// <summary>A trade id's accession: everything before its last colon (a bare file's <c>sha256:</c> id has one of its own).</summary>
    public static string AccessionOf(string tradeId) => tradeId[..AccessionLength(tradeId)];

    private static int AccessionLength(string tradeId) => tradeId.LastIndexOf(':');

    /// <summary>The id suffix after the accession (<c>N1</c>, <c>D2</c>), as a filing's <c>ti</c> lists them.</summary>
    public static string SuffixOf(string tradeId) => tradeId[(AccessionLength(tradeId) + 1)..];

    public static bool IsSuperseded(BsonDocument d) => d["sup"].IsBoolean;

    public static void Supersede(BsonDocument d) => d["sup"] = true;

    public static void Reinstate(BsonDocument d) => d.Remove("sup");

    public static TradeNature Nature(BsonDocument d) => (TradeNature)d["n"].AsInt32;

    public static void SetNature(BsonDocument d, TradeNature nature) => d["n"] = (int)nature;

    public static DataFlag Flags(BsonDocument d) => d["fl"].IsInt32 ? (DataFlag)d["fl"].AsInt32 : DataFlag.None;

    public static void SetFlags(BsonDocument d, DataFlag flags)
    {
        if (flags == DataFlag.None) d.Remove("fl");
        else d["fl"] = (int)flags;
    }
}
