using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using LiteDB;

namespace InsiderBot.Store.Superinvestors;

/// <summary>
/// The one place a manager's quarter of 13F holdings becomes a LiteDB document and back: <c>_id</c> =
/// "manager:quarter day", <c>m</c> = the manager (indexed), <c>p</c> the quarter, <c>f</c> the filing day,
/// <c>acc</c> the accession, <c>h</c> the holdings.
/// </summary>
internal static class HoldingDocuments
{
    public static string Id(long managerCik, DateOnly period) => $"{managerCik}:{period.DayNumber}";

    public static BsonDocument ToDocument(long cik, DateOnly period, ThirteenFReport report) => new()
    {
        ["_id"] = Id(cik, period),
        ["m"] = cik,
        ["p"] = period.DayNumber,
        ["f"] = report.FiledOn is { } f ? f.DayNumber : BsonValue.Null,
        ["acc"] = report.Accession is { } a ? a : BsonValue.Null,
        ["h"] = new BsonArray(report.Holdings.Select(h => new BsonDocument
        {
            ["c"] = h.Cusip,
            ["n"] = h.IssuerName,
            ["t"] = h.TitleOfClass,
            ["pc"] = h.PutCall is { } pc ? pc : BsonValue.Null,
            ["v"] = h.Value,
            ["a"] = h.Amount,
            ["at"] = h.AmountType,
            ["r"] = h.Rows,
        })),
    };

    public static ManagerQuarter FromDocument(BsonDocument d) => new(
        d["m"].AsInt64,
        Period(d),
        FiledDay(d) is { } filed ? DateOnly.FromDayNumber(filed) : null,
        Accession(d),
        [.. d["h"].AsArray.Select(v => v.AsDocument).Select(h => new ThirteenFHolding(
            h["c"].AsString, h["n"].AsString, h["t"].AsString, h["pc"].IsString ? h["pc"].AsString : null,
            h["v"].AsDecimal, h["a"].AsDecimal, h["at"].AsString, h["r"].AsInt32))]);

    /// <summary>The document's id, for deleting it.</summary>
    public static BsonValue Key(BsonDocument d) => d["_id"];

    public static DateOnly Period(BsonDocument d) => DateOnly.FromDayNumber(d["p"].AsInt32);

    /// <summary>The accession of the stored filing; null for a bare table.</summary>
    public static string? Accession(BsonDocument d) => d["acc"].IsString ? d["acc"].AsString : null;

    /// <summary>The filing's day number; null when it was not known.</summary>
    public static int? FiledDay(BsonDocument d) => d["f"].IsInt32 ? d["f"].AsInt32 : null;

    /// <summary>True when two documents hold the same filing day and the same holdings: a bare table imported again.</summary>
    public static bool SameContent(BsonDocument a, BsonDocument b) => a["f"] == b["f"] && a["h"] == b["h"];
}
