using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// <c>backup PATH</c> copies a live store: every transaction committed before the backup began is in the copy, and
/// no transaction is in it by halves, while writers keep committing during the copy.
/// </summary>
public sealed class StoreBackupTests
{
    [Fact]
    public async Task Backups_taken_while_writers_commit_hold_whole_transactions_and_everything_committed_before()
    {
        using var folder = new TempDirectory();
        using var store = new StoreDatabase(Options.Create(new StoreOptions { Path = folder.File("store.db"), SeedSampleData = false }));
        var pairs = store.Database.GetCollection("pairs");
        var halves = store.Database.GetCollection("halves");
        var committed = 0;
        using var stop = new CancellationTokenSource();
        using var progress = new SemaphoreSlim(0); // released after every 200 commits

        // Each transaction writes a document into two collections; single writes outside transactions run beside it.
        var writer = Task.Run(() =>
        {
            var payload = new string('p', 2_000); // enough pages for the log to pass a checkpoint's size now and then
            for (var n = 1; !stop.IsCancellationRequested; n++)
            {
                store.InTransaction(() =>
                {
                    pairs.Insert(new BsonDocument { ["_id"] = n, ["p"] = payload });
                    halves.Insert(new BsonDocument { ["_id"] = n, ["p"] = payload });
                    return 0;
                });
                Volatile.Write(ref committed, n);
                if (n % 200 == 0) progress.Release();
                store.SetMeta("last", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });

        var copies = new List<(string Path, int CommittedBefore)>();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(await progress.WaitAsync(TimeSpan.FromMinutes(1)), "the writer stalled");
            var before = Volatile.Read(ref committed);
            var path = folder.File($"backup-{i}.db");
            Assert.True(StoreBackup.Write(store, path) > 0);
            copies.Add((path, before));
        }

        await stop.CancelAsync();
        await writer;

        foreach (var (path, before) in copies)
        {
            using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            var a = copy.GetCollection("pairs").FindAll().Select(d => d["_id"].AsInt32).OrderBy(n => n).ToList();
            var b = copy.GetCollection("halves").FindAll().Select(d => d["_id"].AsInt32).OrderBy(n => n).ToList();
            Assert.Equal(a, b);                                   // no transaction by halves
            Assert.Equal(Enumerable.Range(1, a.Count), a);        // no hole
            Assert.True(a.Count >= before, $"{path}: {a.Count} transactions, {before} committed before the backup");
        }

        Assert.Equal(StoreBackup.CheckpointPages, store.Database.CheckpointSize); // automatic checkpoints are back on
        Assert.Throws<IOException>(() => StoreBackup.Write(store, copies[0].Path)); // a backup never overwrites
    }

    [Fact]
    public void A_store_left_without_automatic_checkpoints_by_a_killed_backup_gets_them_back_when_opened()
    {
        using var folder = new TempDirectory();
        var options = Options.Create(new StoreOptions { Path = folder.File("store.db"), SeedSampleData = false });
        using (var store = new StoreDatabase(options)) store.Database.CheckpointSize = 0;

        using var reopened = new StoreDatabase(options);
        Assert.Equal(StoreBackup.CheckpointPages, reopened.Database.CheckpointSize);
    }
}
