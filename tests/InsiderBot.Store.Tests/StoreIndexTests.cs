using InsiderBot.Store.Tests.Signals;
using InsiderBot.Testing;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// A store keeps the indexes its reads use and no other: every key of an index is walked on each insert and delete.
/// A store written before an index was dropped from the design loses it the next time it is opened.
/// </summary>
public sealed class StoreIndexTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Signals_AreIndexedByCompanyAndDay_AndByKindAndDay_Only()
    {
        using var store = Open();

        Assert.Equal(["_id", "ik", "kd"], Indexes(store, "signals"));
    }

    [Fact]
    public void SignalsIndexedByIssuerAlone_AsStoresWereWrittenBefore_LoseThatIndexOnOpen_AndKeepEverySignal()
    {
        var path = temp.File("store.db");
        var filings = new GeneratedHistory(3, new DateOnly(2026, 10, 30), years: 4).Filings();
        List<string> signals;
        List<string> company;
        using (var before = new TestStore(path: path))
        {
            before.Database.Signals.EnsureIndex("iss", "$.iss");
            before.Store.IngestFilings(filings.Take(filings.Count / 2).ToList());
            Assert.Equal(["_id", "ik", "iss", "kd"], Indexes(before.Database, "signals"));
            signals = SignalLedgerTests.Snapshot(before.Store);
            company = CompanySignals(before.Store);
        }

        using var reopened = new TestStore(path: path);

        Assert.Equal(["_id", "ik", "kd"], Indexes(reopened.Database, "signals"));
        Assert.NotEmpty(company);
        Assert.Equal(signals, SignalLedgerTests.Snapshot(reopened.Store));
        Assert.Equal(company, CompanySignals(reopened.Store));
        // Signals written after the drop are found by company as before, and a full recompute finds nothing to change.
        reopened.Store.IngestFilings(filings.Skip(filings.Count / 2).ToList());
        Assert.Empty(reopened.Store.RecomputeSignals());
    }

    // A company's signals as an answer reads them: by its (company, day) range.
    private static List<string> CompanySignals(InsiderStore store) =>
        store.SignalsForIssuer(GeneratedHistory.SplittingIssuer, DateOnly.MinValue, DateOnly.MaxValue).Select(s => s.Id).ToList();

    private StoreDatabase Open() => new(Options.Create(new StoreOptions { Path = temp.File("store.db") }));

    private static string[] Indexes(StoreDatabase store, string collection) =>
        StoreIndexes.Of(store.Database, collection);
}
