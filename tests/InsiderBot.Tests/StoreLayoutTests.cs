using InsiderBot.Edgar.DataSets;
using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Tests;

/// <summary>
/// A store written by layout 1 is upgraded in place on its first open (through layouts 2 and 3 to layout 4) and answers
/// exactly as layout 1 answered; so does a store built in layout 2 from the same history and upgraded on its first
/// open, and a store built afresh in layout 4 (the differential between the layouts: <c>/insiders</c>,
/// <c>/insider</c>, <c>/clusters</c>, <c>/ratio</c> and the exports, byte for byte).
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
        AssertLayoutFour(store);
        AssertSameAnswers(transcript);
    }

    [Fact]
    public async Task LayoutTwoStore_BuiltFromTheSameHistory_IsUpgradedOnFirstOpen_AndAnswersEveryQuestionAsLayoutOneDid()
    {
        var store = temp.File("store.db");
        using (var layoutTwo = new TestStore(now: LayoutOneStore.Now, path: store, layoutTwo: true))
        {
            var importer = new DataSetImporter(layoutTwo.Store, layoutTwo.Time, NullLogger<DataSetImporter>.Instance);
            foreach (var year in LayoutOneStore.History) Assert.True(importer.Import(year).Import.Transactions > 0, year);
        }

        Assert.Equal(2, LayoutOf(store));
        Assert.Equal(["_id", "ik", "ok"], Indexes(store, "trades"));
        Assert.Equal(["_id", "iss", "rep"], Indexes(store, "filings"));

        var (exit, transcript, _) = await BotRun.RunAsync(["--store", store], LayoutOneStore.Questions, LayoutOneStore.Now);

        Assert.Equal(0, exit);
        AssertLayoutFour(store);
        AssertSameAnswers(transcript);
    }

    [Fact]
    public async Task LayoutFourStore_BuiltFromTheSameHistory_AnswersEveryQuestionAsLayoutOneDid()
    {
        var store = temp.File("store.db");
        foreach (var year in LayoutOneStore.History)
        {
            var (imported, _, error) = await BotRun.RunAsync(["import", year, "--store", store], now: LayoutOneStore.Now);
            Assert.True(imported == 0, error);
        }

        var (exit, transcript, _) = await BotRun.RunAsync(["--store", store], LayoutOneStore.Questions, LayoutOneStore.Now);

        Assert.Equal(0, exit);
        AssertLayoutFour(store);
        AssertSameAnswers(transcript);
    }

    private static void AssertLayoutFour(string store)
    {
        Assert.Equal(4, LayoutOf(store));
        Assert.Empty(Indexes(store, "trades")); // no trade documents: the collection is gone
        Assert.Equal(["_id", "o"], Indexes(store, "trade_months"));
        Assert.Empty(Indexes(store, "filings")); // nor filing documents
        Assert.Equal(["_id", "a"], Indexes(store, "filing_months"));
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

    private static string[] Indexes(string path, string collection)
    {
        using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = true });
        return StoreIndexes.Of(db, collection);
    }
}
