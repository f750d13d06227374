using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using LiteDB;

namespace InsiderBot.Store.Superinvestors;

/// <summary>
/// 13F holdings per manager and quarter in the store's LiteDB file (collection <c>holdings13f</c>, one document per
/// manager-quarter). A later filing for the same quarter (an amendment) replaces an earlier one.
/// </summary>
public sealed class HoldingsStore
{
    private const string QuartersCollection = "holdings13f";
    private const string DemoManagersCollection = "demomanagers13f";
    private readonly StoreDatabase database;
    private readonly ILiteCollection<BsonDocument> quarters;
    private readonly ILiteCollection<BsonDocument> demoManagers;

    public HoldingsStore(StoreDatabase database)
    {
        this.database = database;
        quarters = database.Database.GetCollection(QuartersCollection);
        quarters.EnsureIndex("m", "$.m");
        demoManagers = database.Database.GetCollection(DemoManagersCollection);
    }

    /// <summary>Takes the bundled demo's 13F reports and their filers out (with the rest of the sample; call inside a transaction).</summary>
    internal static void RemoveDemo(StoreDatabase database)
    {
        var quarters = database.Database.GetCollection(QuartersCollection);
        var demo = database.Database.GetCollection(DemoManagersCollection);
        foreach (var manager in demo.FindAll().Select(d => d["_id"]).ToList())
        {
            foreach (var quarter in quarters.Find(IndexQuery.Equal("m", manager.AsInt64)).Select(d => d["_id"]).ToList()) quarters.Delete(quarter);
            demo.Delete(manager);
        }
    }

    /// <summary>
    /// The filers of the bundled demo's 13F reports (collection <c>demomanagers13f</c>): held in the store beside their
    /// reports, never in the configuration, and only in a store seeded with the demo.
    /// </summary>
    public IReadOnlyList<TrackedManager> DemoManagers() =>
        [.. demoManagers.FindAll().Select(d => new TrackedManager { Cik = d["_id"].AsInt64, Name = d["n"].AsString }).OrderBy(m => m.Cik)];

    public void AddDemoManager(TrackedManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        demoManagers.Upsert(new BsonDocument { ["_id"] = manager.Cik, ["n"] = manager.Name });
    }

    /// <summary>Stores the report's holdings; the manager and quarter come from the report or, for a bare table, the caller.</summary>
    public HoldingsSaveResult Save(ThirteenFReport report, long? managerCik = null, DateOnly? period = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if ((report.ManagerCik ?? managerCik) is not { } cik) return HoldingsSaveResult.MissingManager;
        if ((report.Period ?? period) is not { } quarter) return HoldingsSaveResult.MissingPeriod;
        var id = $"{cik}:{quarter.DayNumber}";
        return database.InTransaction(() =>
        {
            var existing = quarters.FindById(id);
            if (existing is not null && report.Accession is { } accession && existing["acc"].IsString && existing["acc"].AsString == accession)
                return HoldingsSaveResult.AlreadyStored;
            if (existing is not null && existing["f"].IsInt32 && report.FiledOn is { } filed && filed.DayNumber < existing["f"].AsInt32)
                return HoldingsSaveResult.OlderThanStored;
            var document = ToDocument(id, cik, quarter, report);
            // A table without an accession (a bare one imported from a folder) is known again by its content.
            if (existing is not null && report.Accession is null && existing["f"] == document["f"] && existing["h"] == document["h"])
                return HoldingsSaveResult.AlreadyStored;
            quarters.Upsert(document);
            return existing is null ? HoldingsSaveResult.Stored : HoldingsSaveResult.Replaced;
        });
    }

    /// <summary>The accession of the filing stored for the manager's quarter; null when none is (or it carried none).</summary>
    public string? StoredAccession(long managerCik, DateOnly period) =>
        quarters.FindById($"{managerCik}:{period.DayNumber}") is { } d && d["acc"].IsString ? d["acc"].AsString : null;

    /// <summary>The quarter end of the manager's latest stored quarter; null when none is stored.</summary>
    public DateOnly? LatestPeriod(long managerCik) =>
        quarters.Find(IndexQuery.Equal("m", managerCik)).Select(d => (DateOnly?)DateOnly.FromDayNumber(d["p"].AsInt32)).Max();

    /// <summary>The manager's latest quarters, newest first.</summary>
    public IReadOnlyList<ManagerQuarter> LatestQuarters(long managerCik, int count) =>
        [.. quarters.Find(IndexQuery.Equal("m", managerCik))
            .Select(FromDocument)
            .OrderByDescending(q => q.Period)
            .Take(count)];

    private static BsonDocument ToDocument(string id, long cik, DateOnly period, ThirteenFReport report) => new()
    {
        ["_id"] = id,
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

    private static ManagerQuarter FromDocument(BsonDocument d) => new(
        d["m"].AsInt64,
        DateOnly.FromDayNumber(d["p"].AsInt32),
        d["f"].IsInt32 ? DateOnly.FromDayNumber(d["f"].AsInt32) : null,
        d["acc"].IsString ? d["acc"].AsString : null,
        [.. d["h"].AsArray.Select(v => v.AsDocument).Select(h => new ThirteenFHolding(
            h["c"].AsString, h["n"].AsString, h["t"].AsString, h["pc"].IsString ? h["pc"].AsString : null,
            h["v"].AsDecimal, h["a"].AsDecimal, h["at"].AsString, h["r"].AsInt32))]);
}
