using InsiderBot.Store;
using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Tests;

/// <summary>
/// A store written by layout 1 is upgraded in place on its first open and answers exactly as layout 1 answered; a
/// store built afresh in layout 2 from the same history answers the same (the differential between the layouts).
/// </summary>
public sealed class StoreLayoutTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task LayoutOneStore_IsUpgradedOnFirstOpen_AndAnswersEveryQuestionAsLayoutOneDid()
    {
        var store = LayoutOneStore.Extract(temp);
        Assert.Equal(1, LayoutOf(store));

        var (exit, transcript, _) = await BotRun.RunAsync(["--store", store], LayoutOneStore.Questions, LayoutOneStore.Now);

        Assert.Equal(0, exit);
        Assert.Equal(2, LayoutOf(store));
        Assert.Equal(["_id", "ik", "ok"], TradeIndexes(store));
        AssertSameAnswers(transcript);
    }

    [Fact]
    public async Task LayoutTwoStore_BuiltFromTheSameHistory_AnswersEveryQuestionAsLayoutOneDid()
    {
        var store = temp.File("store.db");
        foreach (var year in LayoutOneStore.History)
        {
            var (imported, _, error) = await BotRun.RunAsync(["import", year, "--store", store], now: LayoutOneStore.Now);
            Assert.True(imported == 0, error);
        }

        var (exit, transcript, _) = await BotRun.RunAsync(["--store", store], LayoutOneStore.Questions, LayoutOneStore.Now);

        Assert.Equal(0, exit);
        Assert.Equal(2, LayoutOf(store));
        AssertSameAnswers(transcript);
    }

    private void AssertSameAnswers(string transcript)
    {
        var expected = LayoutOneStore.Answers(temp.Path).Split('\n');
        var actual = transcript.Split('\n');
        Assert.True(expected.Length > 2_000, "the recorded transcript is the whole conversation");
        for (var i = 0; i < Math.Min(expected.Length, actual.Length); i++)
            Assert.True(expected[i] == actual[i], $"line {i + 1}:\n  layout 1: {expected[i]}\n  now:      {actual[i]}");
        Assert.Equal(expected.Length, actual.Length);

        foreach (var (name, json) in LayoutOneStore.Exports)
            Assert.Equal(json, File.ReadAllText(Path.Combine(temp.Path, "exports", name)));
    }

    private static int LayoutOf(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return db.GetCollection("meta").FindById("layout") is { } doc ? int.Parse(doc["v"].AsString, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    private static string[] TradeIndexes(string path)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return db.GetCollection("$indexes").Find(Query.EQ("collection", "trades")).Select(d => d["name"].AsString).Order(StringComparer.Ordinal).ToArray();
    }
}
