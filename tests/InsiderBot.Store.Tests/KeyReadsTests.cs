using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// A read by primary key through the thread's one parsed expression answers as LiteDB's <c>FindById</c> does, key after
/// key, across collections and key types, and on threads reading at the same time.
/// </summary>
public sealed class KeyReadsTests
{
    [Fact]
    public void Each_key_reads_its_own_document_or_none_as_FindById_does()
    {
        using var t = new TestStore();
        var pending = t.Database.PendingSignals;
        var meta = t.Database.Meta;
        t.Database.InTransaction(() =>
        {
            for (var i = 1L; i <= 50; i++) pending.Insert(new BsonDocument { ["_id"] = i * 3, ["day"] = (int)i });
            meta.Insert(new BsonDocument { ["_id"] = "alpha", ["v"] = "a" });
            meta.Insert(new BsonDocument { ["_id"] = "beta", ["v"] = "b" });
            return true;
        });

        for (var key = 0L; key <= 160; key++)
        {
            Assert.Equal(pending.FindById(key)?["day"], pending.ById(key)?["day"]);
            Assert.Equal(meta.FindById("beta")["v"], meta.ById("beta")!["v"]); // another collection and key type between
        }

        Assert.Equal(17, pending.ById(51L)!["day"].AsInt32);
        Assert.Null(pending.ById(52L));
        Assert.Null(meta.ById("gamma"));
    }

    [Fact]
    public async Task Threads_reading_at_once_each_get_the_document_of_their_own_key()
    {
        using var t = new TestStore();
        var pending = t.Database.PendingSignals;
        t.Database.InTransaction(() =>
        {
            for (var i = 1L; i <= 400; i++) pending.Insert(new BsonDocument { ["_id"] = i, ["day"] = (int)i });
            return true;
        });

        using var start = new Barrier(4);
        var readers = Enumerable.Range(0, 4).Select(r => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            var wrong = 0;
            for (var round = 0; round < 20; round++)
            {
                for (var key = 1L + r; key <= 400; key += 4)
                {
                    if (pending.ById(key)?["day"].AsInt32 != (int)key) wrong++;
                }
            }

            return wrong;
        }, TaskCreationOptions.LongRunning)).ToList();

        Assert.All(await Task.WhenAll(readers), wrong => Assert.Equal(0, wrong));
    }
}
