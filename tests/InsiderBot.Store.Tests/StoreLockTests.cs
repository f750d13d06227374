using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// One writer per store: LiteDB's direct mode takes no lock on Linux, so the store takes an OS lock for as long as
/// it is open. A second open of the same file fails at once with <see cref="StoreInUseException"/>.
/// </summary>
public sealed class StoreLockTests
{
    [Fact]
    public void A_second_open_of_an_open_store_is_refused_and_succeeds_once_the_first_is_closed()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        var first = Open(path);
        first.SetMeta("written-by", "first");

        var refused = Assert.Throws<StoreInUseException>(() => Open(path));
        Assert.Equal(path, refused.StorePath);
        Assert.Contains("in use by another InsiderBot process", refused.Message);

        using (Open(folder.File("other.db"))) { } // another store is not held by this one

        first.Dispose();
        using var second = Open(path);
        Assert.Equal("first", second.GetMeta("written-by"));
    }

    [Fact]
    public void A_store_that_fails_to_open_releases_its_lock()
    {
        using var folder = new TempDirectory();
        var path = folder.File("store.db");
        File.WriteAllText(path, "not a LiteDB file, but long enough to be read as one: " + new string('x', 9000));

        Assert.ThrowsAny<Exception>(() => Open(path));

        File.Delete(path);
        using var reopened = Open(path);
        Assert.True(reopened.Meta.Count() >= 0);
    }

    private static StoreDatabase Open(string path) => new(Options.Create(new StoreOptions { Path = path, SeedSampleData = false }));
}
