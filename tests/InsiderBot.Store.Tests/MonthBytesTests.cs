using System.IO.Compression;
using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// A company month's binary field is deflated when that makes it smaller, kept plain otherwise, and a plain one (as
/// months were written before they were deflated) reads back as the deflated one does.
/// </summary>
public sealed class MonthBytesTests
{
    [Fact]
    public void Pack_DeflatesRepeatedEntries_AndReadsThemBack()
    {
        var entries = Enumerable.Range(0, 40).SelectMany(i => System.Text.Encoding.UTF8.GetBytes($"APPLE INC|AAPL|COOK TIMOTHY D|Chief Executive Officer|{i}")).ToArray();

        var packed = MonthBytes.Pack(entries);

        Assert.Equal(MonthBytes.Deflated, packed[0]);
        Assert.True(packed.Length < entries.Length / 4, $"{packed.Length} of {entries.Length} bytes");
        Assert.Equal(entries, ReadBack(packed));
    }

    [Fact]
    public void Pack_KeepsEntriesPlain_WhenDeflateWouldNotShrinkThem()
    {
        var entries = new byte[300];
        new Random(3).NextBytes(entries);

        var packed = MonthBytes.Pack(entries);

        Assert.Equal(MonthBytes.Plain, packed[0]);
        Assert.Equal(entries.Length + 1, packed.Length);
        Assert.Equal(entries, ReadBack(packed));
    }

    [Fact]
    public void Read_RefusesAFormatItDoesNotKnow_NamingTheMonth()
    {
        var error = Assert.Throws<InvalidDataException>(() => MonthBytes.Read([9, 1, 2], "trade month 7202412", _ => { }));

        Assert.Contains("trade month 7202412", error.Message);
    }

    [Fact]
    public void Months_WrittenPlain_ReadBackAsTheDeflatedOnes()
    {
        using var t = new TestStore();
        t.Importer.Import([Path.Combine(RepoPaths.SampleData, "form4")]);
        var trades = t.Database.TradeMonths.FindAll().Where(m => m["t"].AsBinary[0] == MonthBytes.Deflated).ToList();
        var filings = t.Database.FilingMonths.FindAll().Where(m => m["f"].AsBinary[0] == MonthBytes.Deflated).ToList();
        Assert.True(trades.Count > 20 && filings.Count > 20, $"{trades.Count} trade and {filings.Count} filing months deflated");

        foreach (var month in trades)
            Assert.Equal(TradeRows(month), TradeRows(Plain(month, "t")));
        foreach (var month in filings)
            Assert.Equal(FilingRows(month), FilingRows(Plain(month, "f")));
    }

    // The month as it was written before months were deflated: the format byte, then the entries as they are.
    private static BsonDocument Plain(BsonDocument month, string field) =>
        new(month) { [field] = new[] { MonthBytes.Plain }.Concat(ReadBack(month[field].AsBinary)).ToArray() };

    private static List<string> TradeRows(BsonDocument month) =>
        TradeMonthDocuments.Read(month).Trades.Select(r => JsonSerializer.Serialize(r)).ToList();

    private static List<string> FilingRows(BsonDocument month) =>
        FilingMonthDocuments.Read(month).Filings.Select(f => JsonSerializer.Serialize(f)).ToList();

    private static byte[] ReadBack(byte[] field)
    {
        byte[] read = [];
        MonthBytes.Read(field, "a month", entries => read = entries.ToArray());
        return read;
    }
}
