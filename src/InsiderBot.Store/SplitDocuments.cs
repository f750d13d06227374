using InsiderBot.Insights.Splits;
using LiteDB;

namespace InsiderBot.Store;

/// <summary>Maps a filing's split facts and a company's inferred splits to and from LiteDB documents by hand.</summary>
internal static class SplitDocuments
{
    public static BsonDocument ToDocument(SplitFacts f) => new()
    {
        ["_id"] = f.Accession,
        ["iss"] = f.IssuerCik,
        ["sym"] = f.TradingSymbol,
        ["pos"] = new BsonArray(f.Positions.Select(p => new BsonDocument
        {
            ["own"] = p.InsiderCik,
            ["ln"] = p.Line,
            ["f"] = DayNumber.Of(p.First),
            ["l"] = DayNumber.Of(p.Last),
            ["b"] = p.Before,
            ["a"] = p.After,
            ["fs"] = p.FirstStrike is { } fs ? fs : BsonValue.Null,
            ["ls"] = p.LastStrike is { } ls ? ls : BsonValue.Null,
        })),
        ["px"] = new BsonArray(f.Prices.Select(p => new BsonDocument { ["d"] = DayNumber.Of(p.Date), ["p"] = p.Price })),
        ["st"] = new BsonArray(f.Statements.Select(s => new BsonDocument
        {
            ["n"] = s.Ratio.New,
            ["o"] = s.Ratio.Old,
            ["on"] = s.EffectiveOn is { } on ? DayNumber.Of(on) : BsonValue.Null,
            ["fd"] = DayNumber.Of(s.FiledOn),
            ["t"] = s.Text,
        })),
    };

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
}
