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
        foreach (var manager in demo.FindAll().Select(DemoManagerDocuments.Cik).ToList())
        {
            foreach (var quarter in quarters.Find(IndexQuery.Equal("m", manager)).Select(HoldingDocuments.Key).ToList()) quarters.Delete(quarter);
            demo.Delete(manager);
        }
    }

    /// <summary>
    /// The filers of the bundled demo's 13F reports (collection <c>demomanagers13f</c>): held in the store beside their
    /// reports, never in the configuration, and only in a store seeded with the demo.
    /// </summary>
    public IReadOnlyList<TrackedManager> DemoManagers() =>
        [.. demoManagers.FindAll().Select(DemoManagerDocuments.FromDocument).OrderBy(m => m.Cik)];

    public void AddDemoManager(TrackedManager manager)
    {
        ArgumentNullException.ThrowIfNull(manager);
        demoManagers.Upsert(DemoManagerDocuments.ToDocument(manager));
    }

    /// <summary>Stores the report's holdings; the manager and quarter come from the report or, for a bare table, the caller.</summary>
    public HoldingsSaveResult Save(ThirteenFReport report, long? managerCik = null, DateOnly? period = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if ((report.ManagerCik ?? managerCik) is not { } cik) return HoldingsSaveResult.MissingManager;
        if ((report.Period ?? period) is not { } quarter) return HoldingsSaveResult.MissingPeriod;
        return database.InTransaction(() =>
        {
            var existing = quarters.ById(HoldingDocuments.Id(cik, quarter));
            if (existing is not null && report.Accession is { } accession && HoldingDocuments.Accession(existing) == accession)
                return HoldingsSaveResult.AlreadyStored;
            if (existing is not null && HoldingDocuments.FiledDay(existing) is { } stored && report.FiledOn is { } filed && filed.DayNumber < stored)
                return HoldingsSaveResult.OlderThanStored;
            var document = HoldingDocuments.ToDocument(cik, quarter, report);
            // A table without an accession (a bare one imported from a folder) is known again by its content.
            if (existing is not null && report.Accession is null && HoldingDocuments.SameContent(existing, document))
                return HoldingsSaveResult.AlreadyStored;
            quarters.Upsert(document);
            return existing is null ? HoldingsSaveResult.Stored : HoldingsSaveResult.Replaced;
        });
    }

    /// <summary>The accession of the filing stored for the manager's quarter; null when none is (or it carried none).</summary>
    public string? StoredAccession(long managerCik, DateOnly period) =>
        quarters.ById(HoldingDocuments.Id(managerCik, period)) is { } d ? HoldingDocuments.Accession(d) : null;

    /// <summary>The quarter end of the manager's latest stored quarter; null when none is stored.</summary>
    public DateOnly? LatestPeriod(long managerCik) =>
        quarters.Find(IndexQuery.Equal("m", managerCik)).Select(d => (DateOnly?)HoldingDocuments.Period(d)).Max();

    /// <summary>The manager's latest quarters, newest first.</summary>
    public IReadOnlyList<ManagerQuarter> LatestQuarters(long managerCik, int count) =>
        [.. quarters.Find(IndexQuery.Equal("m", managerCik))
            .Select(HoldingDocuments.FromDocument)
            .OrderByDescending(q => q.Period)
            .Take(count)];
}
