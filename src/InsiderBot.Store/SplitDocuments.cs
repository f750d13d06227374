using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Maps a filing's split facts and a company's inferred splits to and from LiteDB documents by hand.</summary>
internal static class SplitDocuments
{
    /// <summary>One filing's facts as an entry of its company's month (<see cref="SplitFactMonths"/>): its accession and one binary field.</summary>
    public static BsonDocument ToEntry(SplitFacts f)
    {
        var b = new BlobWriter();
        b.Text(f.TradingSymbol);
        b.Unsigned((ulong)f.Positions.Count);
        foreach (var p in f.Positions)
        {
            b.Signed(p.InsiderCik);
            b.Text(p.Line);
            b.Day(DayNumber.Of(p.First));
            b.Day(DayNumber.Of(p.Last));
            b.Number(p.Before);
            b.Number(p.After);
            b.Number(p.FirstStrike);
            b.Number(p.LastStrike);
        }

        b.Unsigned((ulong)f.Prices.Count);
        foreach (var p in f.Prices)
        {
            b.Day(DayNumber.Of(p.Date));
            b.Number(p.Price);
        }

        b.Unsigned((ulong)f.Statements.Count);
        foreach (var s in f.Statements)
        {
            b.Signed(s.Ratio.New);
            b.Signed(s.Ratio.Old);
            b.Day(s.EffectiveOn is { } on ? DayNumber.Of(on) : null);
            b.Day(DayNumber.Of(s.FiledOn));
            b.Text(s.Text);
        }

        return new BsonDocument { ["a"] = f.Accession, ["b"] = b.ToArray() };
    }

    public static SplitFacts FactsFromEntry(long issuer, BsonDocument entry)
    {
        var accession = entry["a"].AsString;
        var r = new BlobReader(entry["b"].AsBinary);
        var symbol = r.Text();
        var positions = new PositionObservation[(int)r.Unsigned()];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = new PositionObservation(r.Signed(), r.Text(), accession, Date(r.Day()), Date(r.Day()), r.Number()!.Value, r.Number()!.Value, r.Number(), r.Number());
        }

        var prices = new MarketPrice[(int)r.Unsigned()];
        for (var i = 0; i < prices.Length; i++) prices[i] = new MarketPrice(Date(r.Day()), r.Number()!.Value);
        var statements = new SplitStatement[(int)r.Unsigned()];
        for (var i = 0; i < statements.Length; i++)
        {
            var ratio = new SplitRatio((int)r.Signed(), (int)r.Signed());
            var on = r.Day();
            statements[i] = new SplitStatement(ratio, on is { } o ? DayNumber.ToDate(o) : null, Date(r.Day()), accession, r.Text());
        }

        return new SplitFacts(accession, issuer, symbol, positions, prices, statements);
    }

    private static DateOnly Date(int? day) => DayNumber.ToDate(day!.Value);

    /// <summary>A layout-1 split facts document (one per filing, before <see cref="SplitFactMonths"/>); only the layout upgrade reads it.</summary>
    public static SplitFacts FactsFromDocument(BsonDocument d)
    {
        var accession = d["_id"].AsString;
        return new SplitFacts(
            accession,
            d["iss"].AsInt64,
            d["sym"].AsString,
            d["pos"].AsArray.Select(v => v.AsDocument).Select(p => new PositionObservation(
                p["own"].AsInt64, p["ln"].AsString, accession, DayNumber.ToDate(p["f"].AsInt32), DayNumber.ToDate(p["l"].AsInt32),
                p["b"].AsDecimal, p["a"].AsDecimal, p["fs"].IsNull ? null : p["fs"].AsDecimal, p["ls"].IsNull ? null : p["ls"].AsDecimal)).ToList(),
            d["px"].AsArray.Select(v => new MarketPrice(DayNumber.ToDate(v["d"].AsInt32), v["p"].AsDecimal)).ToList(),
            d["st"].AsArray.Select(v => v.AsDocument).Select(s => new SplitStatement(
                new SplitRatio(s["n"].AsInt32, s["o"].AsInt32), s["on"].IsNull ? null : DayNumber.ToDate(s["on"].AsInt32),
                DayNumber.ToDate(s["fd"].AsInt32), accession, s["t"].AsString)).ToList());
    }

    public static BsonDocument ToDocument(long issuer, IReadOnlyList<StockSplit> splits) => new()
    {
        ["_id"] = issuer,
        ["s"] = new BsonArray(splits.Select(s => new BsonDocument
        {
            ["n"] = s.Ratio.New,
            ["o"] = s.Ratio.Old,
            ["af"] = DayNumber.Of(s.After),
            ["by"] = DayNumber.Of(s.By),
            ["c"] = s.Confidence,
            ["src"] = (int)s.Source,
            ["ev"] = new BsonArray(s.Evidence.Select(e => new BsonValue(e))),
        })),
    };

    public static IReadOnlyList<StockSplit> SplitsFromDocument(BsonDocument d) =>
        d["s"].AsArray.Select(v => v.AsDocument).Select(s => new StockSplit
        {
            IssuerCik = d["_id"].AsInt64,
            Ratio = new SplitRatio(s["n"].AsInt32, s["o"].AsInt32),
            After = DayNumber.ToDate(s["af"].AsInt32),
            By = DayNumber.ToDate(s["by"].AsInt32),
            Confidence = s["c"].AsDecimal,
            Source = (SplitSource)s["src"].AsInt32,
            Evidence = s["ev"].AsArray.Select(e => e.AsString).ToList(),
        }).ToList();

    /// <summary>The issuer a document of inferred splits belongs to.</summary>
    public static long Issuer(BsonDocument splits) => splits["_id"].AsInt64;

    /// <summary>An empty month of split facts (<see cref="SplitFactMonths"/>): <c>_id</c> = its key, <c>f</c> = the filings' entries.</summary>
    public static BsonDocument NewMonth(long key) => new() { ["_id"] = key, ["f"] = new BsonArray() };

    public static IEnumerable<BsonDocument> Entries(BsonDocument month) => month["f"].AsArray.Select(e => e.AsDocument);

    public static void AddEntry(BsonDocument month, BsonDocument entry) => month["f"].AsArray.Add(entry);

    /// <summary>Takes the accession's entry out of the month; false when it held none.</summary>
    public static bool RemoveEntry(BsonDocument month, string accession)
    {
        var entries = month["f"].AsArray;
        return entries.FirstOrDefault(e => e["a"].AsString == accession) is { } entry && entries.Remove(entry);
    }
}
