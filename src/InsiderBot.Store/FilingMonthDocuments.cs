using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// A company's filings of a month as layout 4 stores them: <c>_id</c> = issuer × 1,000,000 + yyyymm of the period of
/// report (<see cref="FilingMonth.KeyOf"/>), <c>a</c> = the accession numbers (a multikey index: the duplicate check
/// and a trade's filing), <c>c</c> = how many, and <c>f</c> = the filings back to back in one binary field, deflated
/// (<see cref="MonthBytes"/>), in the order of <c>a</c>, each after its report key and length. Each filing keeps what its own document held
/// (<see cref="FilingDocuments"/>: owner, report key, source, trade list, replaced marks and the binary header) and
/// reads back as that document; a field of another shape (a filing stored before the header was binary) is kept as
/// BSON beside them.
/// </summary>
internal static class FilingMonthDocuments
{
    /// <summary>The multikey index over the accession numbers.</summary>
    public const string AccessionIndex = "$.a[*]";

    // Which of a filing's fields follow its flags, in this order.
    [Flags]
    private enum Held : byte
    {
        None = 0,
        Owner = 1,
        Report = 2,
        Source = 4,
        Trades = 8,
        Header = 16,
        Superseded = 32,
        SupersededBy = 64,
        Rest = 128,
    }

    private static readonly HashSet<string> Encoded = ["_id", "iss", "own", "rep", "src", "ti", "b", "sup", "supBy"];

    [ThreadStatic]
    private static BlobWriter? writer;

    [ThreadStatic]
    private static BlobWriter? entryWriter;

    public static long KeyOf(BsonDocument month) => month["_id"].AsInt64;

    /// <summary>The month a filing document is kept in.</summary>
    public static long MonthOf(BsonDocument filing) =>
        FilingMonth.KeyOf(FilingDocuments.Issuer(filing), filing["rep"].IsInt64 ? FilingDocuments.ReportKey(filing) : 0);

    /// <summary>The months holding this accession number (one at most).</summary>
    public static BsonExpression Holding(string accession) => BsonExpression.Create(AccessionIndex + " ANY = @0", accession);

    /// <summary>How many filings a month holds, off the <c>{ _id, c }</c> projection <see cref="CountProjection"/> reads.</summary>
    public static int CountOf(BsonDocument month) => month["c"].AsInt32;

    public static BsonExpression CountProjection => BsonExpression.Create("{ _id: $._id, c: $.c }");

    /// <summary>Every filing of the month.</summary>
    public static FilingMonth Read(BsonDocument month)
    {
        var filings = new List<BsonDocument>(CountOf(month));
        Walk(month, (_, _) => true, filings.Add);
        return new FilingMonth(KeyOf(month), filings);
    }

    /// <summary>True when the month lists the accession (read from <c>a</c>, nothing decoded).</summary>
    public static bool Holds(BsonDocument month, string accession) => month["a"].AsArray.Any(a => a.AsString == accession);

    /// <summary>The month's filing with this accession number; null when it holds none.</summary>
    public static BsonDocument? Find(BsonDocument month, string accession)
    {
        BsonDocument? found = null;
        Walk(month, (a, _) => a == accession, f => found = f);
        return found;
    }

    /// <summary>The month's filings with this report key (the others are skipped undecoded).</summary>
    public static List<BsonDocument> OfReport(BsonDocument month, long reportKey)
    {
        var filings = new List<BsonDocument>();
        Walk(month, (_, report) => report == reportKey, filings.Add);
        return filings;
    }

    // The one reader of the binary field: the filings wanted keeps by accession and report key, as documents.
    private static void Walk(BsonDocument month, Func<string, long, bool> wanted, Action<BsonDocument> visit)
    {
        var issuer = KeyOf(month) / TradeMonth.MonthsPerKey;
        var accessions = month["a"].AsArray;
        MonthBytes.Read(month["f"].AsBinary, $"filing month {KeyOf(month)}", entries =>
        {
            var r = new BlobReader(entries);
            foreach (var accession in accessions.Select(a => a.AsString))
            {
                var report = r.Signed(); // 0 when it has none
                var length = (int)r.Unsigned(); // of the rest of this filing, so an unwanted one is skipped undecoded
                if (!wanted(accession, report))
                {
                    r.Bytes(length);
                    continue;
                }

                var filing = new BlobReader(r.Bytes(length));
                var held = (Held)filing.Byte();
                var document = held.HasFlag(Held.Rest) ? BsonSerializer.Deserialize(filing.Bytes((int)filing.Unsigned()).ToArray()) : new BsonDocument();
                document["_id"] = accession;
                document["iss"] = issuer;
                if (held.HasFlag(Held.Owner)) document["own"] = filing.Signed();
                if (held.HasFlag(Held.Report)) document["rep"] = report;
                if (held.HasFlag(Held.Source)) document["src"] = filing.Text();
                if (held.HasFlag(Held.Trades)) document["ti"] = filing.Text();
                if (held.HasFlag(Held.Header)) document["b"] = filing.Bytes((int)filing.Unsigned()).ToArray();
                if (held.HasFlag(Held.Superseded)) document["sup"] = true;
                if (held.HasFlag(Held.SupersededBy)) document["supBy"] = filing.Text();
                visit(document);
            }
        });
    }

    public static BsonDocument ToDocument(FilingMonth month)
    {
        var b = writer ??= new BlobWriter();
        b.Clear();
        var entry = entryWriter ??= new BlobWriter();
        foreach (var filing in month.Filings)
        {
            entry.Clear();
            Write(filing, entry);
            // The report key, then the length of the rest: a reader skips the filings it does not want undecoded.
            b.Signed(filing["rep"].IsInt64 ? filing["rep"].AsInt64 : 0);
            b.Unsigned((ulong)entry.Written.Length);
            b.Raw(entry.Written);
        }

        return new BsonDocument
        {
            ["_id"] = month.Key,
            ["a"] = new BsonArray(month.Filings.Select(f => new BsonValue(FilingDocuments.Accession(f)))),
            ["c"] = month.Filings.Count,
            ["f"] = MonthBytes.Pack(b.Written),
        };
    }

    private static void Write(BsonDocument filing, BlobWriter entry)
    {
        var held = Held.None;
        if (filing["own"].IsInt64) held |= Held.Owner;
        if (filing["rep"].IsInt64) held |= Held.Report;
        if (filing["src"].IsString) held |= Held.Source;
        if (filing["ti"].IsString) held |= Held.Trades;
        if (filing["b"].IsBinary) held |= Held.Header;
        if (filing["sup"].IsBoolean) held |= Held.Superseded;
        if (filing["supBy"].IsString) held |= Held.SupersededBy;
        var rest = new BsonDocument();
        foreach (var (name, value) in filing)
        {
            if (!Encoded.Contains(name) || !IsHeld(held, name)) rest[name] = value;
        }

        if (rest.Count > 0) held |= Held.Rest;
        entry.Byte((byte)held);
        if (held.HasFlag(Held.Rest))
        {
            var bson = BsonSerializer.Serialize(rest);
            entry.Unsigned((ulong)bson.Length);
            entry.Raw(bson);
        }

        if (held.HasFlag(Held.Owner)) entry.Signed(filing["own"].AsInt64);
        if (held.HasFlag(Held.Source)) entry.Text(filing["src"].AsString);
        if (held.HasFlag(Held.Trades)) entry.Text(filing["ti"].AsString);
        if (held.HasFlag(Held.Header))
        {
            var header = filing["b"].AsBinary;
            entry.Unsigned((ulong)header.Length);
            entry.Raw(header);
        }

        if (held.HasFlag(Held.SupersededBy)) entry.Text(filing["supBy"].AsString);
    }

    // Is the named field one of those written in the held fields (rather than kept in the BSON rest)?
    private static bool IsHeld(Held held, string name) => name switch
    {
        "_id" or "iss" => true,
        "own" => held.HasFlag(Held.Owner),
        "rep" => held.HasFlag(Held.Report),
        "src" => held.HasFlag(Held.Source),
        "ti" => held.HasFlag(Held.Trades),
        "b" => held.HasFlag(Held.Header),
        "sup" => held.HasFlag(Held.Superseded),
        "supBy" => held.HasFlag(Held.SupersededBy),
        _ => false,
    };
}
