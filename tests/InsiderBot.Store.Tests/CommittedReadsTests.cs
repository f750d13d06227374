using InsiderBot.Insights.Signals;
using InsiderBot.Store.Tests.Signals;
using InsiderBot.Testing;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// What an answer remembers of the store (the ticker's issuer, a company's splits and window signals, the covered spans,
/// whether the sample is held) is read again after every write that ends, and never holds what a write transaction has
/// not committed.
/// </summary>
public sealed class CommittedReadsTests
{
    private const string Key = "remembered";

    [Fact]
    public void A_remembered_read_is_read_again_after_a_write_commits_and_not_before()
    {
        using var folder = new TempDirectory();
        using var store = new StoreDatabase(Options.Create(new StoreOptions { Path = folder.File("store.db"), SeedSampleData = false }));
        var reads = new CommittedReads<string, string?>(store);
        var count = 0;
        string? Read(string key)
        {
            count++;
            return store.GetMeta(key);
        }

        store.SetMeta(Key, "first");
        Assert.Equal("first", reads.Get(Key, Read));
        Assert.Equal("first", reads.Get(Key, Read));
        Assert.Equal(1, count); // the second came from memory

        store.InTransaction(() =>
        {
            store.Meta.Upsert(MetaDocuments.Value(Key, "second"));
            return 0;
        });
        Assert.Equal("second", reads.Get(Key, Read));
        Assert.Equal(2, count);

        store.SetMeta(Key, "third");
        Assert.Equal("third", reads.Get(Key, Read));
    }

    [Fact]
    public async Task A_read_inside_a_write_transaction_is_not_remembered_for_other_readers()
    {
        using var folder = new TempDirectory();
        using var store = new StoreDatabase(Options.Create(new StoreOptions { Path = folder.File("store.db"), SeedSampleData = false }));
        var reads = new CommittedReads<string, string?>(store);
        store.SetMeta(Key, "committed");
        string? seenInside = null, seenBeside = null;
        using var ask = new SemaphoreSlim(0);
        using var answered = new SemaphoreSlim(0);
        var beside = Task.Run(async () => // started outside the transaction, as another answer's read would be
        {
            await ask.WaitAsync();
            seenBeside = reads.Get(Key, store.GetMeta);
            answered.Release();
        });

        // The writer reads its own uncommitted value; the reader beside it asks while the transaction is open; then
        // the transaction fails and rolls back.
        Assert.Throws<InvalidOperationException>(() => store.InTransaction<int>(() =>
        {
            store.Meta.Upsert(MetaDocuments.Value(Key, "uncommitted"));
            seenInside = reads.Get(Key, store.GetMeta);
            ask.Release();
            answered.Wait();
            throw new InvalidOperationException("the batch failed");
        }));
        await beside;

        Assert.Equal("uncommitted", seenInside); // the writer does see its own write (so the check below can fail)
        Assert.Equal("committed", seenBeside);
        Assert.Equal("committed", await Task.Run(() => reads.Get(Key, store.GetMeta)));
    }

    [Fact]
    public void A_companys_window_signals_are_read_again_after_each_ingest_that_changes_them()
    {
        using var t = new TestStore();
        var f = new FilingBuilder();
        var day = new DateOnly(2026, 10, 5);
        var (from, to) = (day.AddDays(-10), day.AddDays(30));
        t.Store.IngestFilings([f.Purchase(7, 1, day), f.Purchase(7, 2, day.AddDays(2))]);
        Assert.Empty(t.Store.SignalsForIssuer(7, from, to)); // two buyers are no cluster yet

        t.Store.IngestFilings([f.Purchase(7, 3, day.AddDays(4))]);
        var cluster = Assert.Single(t.Store.SignalsForIssuer(7, from, to));
        Assert.Equal((SignalKind.ClusterBuying, 3), (cluster.Kind, cluster.Insiders.Count));

        t.Store.IngestFilings([f.Purchase(7, 4, day.AddDays(6))]);
        Assert.Equal(4, Assert.Single(t.Store.SignalsForIssuer(7, from, to)).Insiders.Count);
    }
}
