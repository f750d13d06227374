using InsiderBot.Testing;
using LiteDB;
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
    public void SignalsIndexedByIssuerAlone_AsStoresWereWrittenBefore_LoseThatIndexOnOpen()
    {
        using (var before = Open())
        {
            before.Signals.EnsureIndex("iss", "$.iss");
            Assert.Equal(["_id", "ik", "iss", "kd"], Indexes(before, "signals"));
        }

        using var reopened = Open();

        Assert.Equal(["_id", "ik", "kd"], Indexes(reopened, "signals"));
    }

    private StoreDatabase Open() => new(Options.Create(new StoreOptions { Path = temp.File("store.db") }));

    private static string[] Indexes(StoreDatabase store, string collection) =>
        store.Database.GetCollection("$indexes").Find(Query.EQ("collection", collection)).Select(d => d["name"].AsString).Order(StringComparer.Ordinal).ToArray();
}
