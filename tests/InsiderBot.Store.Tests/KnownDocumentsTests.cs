using InsiderBot.Store.Tests.Signals;
using InsiderBot.Testing;
using LiteDB;

namespace InsiderBot.Store.Tests;

/// <summary>
/// A document written as its writer read it earlier in the transaction: inserted when it was absent, updated when it was
/// stored, and the transaction rolled back, never a write lost or doubled, when that reading was wrong. The months and
/// ledgers an import writes go through it, so a new company month, a new pending mark or a new ledger entry is written
/// without LiteDB first looking for it.
/// </summary>
public sealed class KnownDocumentsTests
{
    [Fact]
    public void A_document_read_as_absent_is_inserted_and_one_read_as_stored_is_updated()
    {
        using var t = new TestStore();
        var pending = t.Database.PendingSignals;

        t.Database.InTransaction(() =>
        {
            KnownDocuments.Write(pending, new BsonDocument { ["_id"] = 7L, ["day"] = 100 }, stored: false);
            return true;
        });
        t.Database.InTransaction(() =>
        {
            KnownDocuments.Write(pending, new BsonDocument { ["_id"] = 7L, ["day"] = 90 }, stored: true);
            return true;
        });

        Assert.Equal(90, pending.FindById(7L)["day"].AsInt32);
        Assert.Equal(1, pending.Count());
    }

    [Fact]
    public void A_document_read_as_stored_that_is_not_rolls_the_transaction_back()
    {
        using var t = new TestStore();
        var pending = t.Database.PendingSignals;

        var failure = Assert.Throws<InvalidOperationException>(() => t.Database.InTransaction(() =>
        {
            pending.Insert(new BsonDocument { ["_id"] = 1L, ["day"] = 100 });
            KnownDocuments.Write(pending, new BsonDocument { ["_id"] = 2L, ["day"] = 100 }, stored: true);
            return true;
        }));

        Assert.Contains("pending 2 was read as stored", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, pending.Count());
    }

    [Fact]
    public void A_document_read_as_absent_that_is_stored_is_not_written_twice()
    {
        using var t = new TestStore();
        var pending = t.Database.PendingSignals;
        pending.Insert(new BsonDocument { ["_id"] = 3L, ["day"] = 100 });

        Assert.Throws<LiteException>(() => t.Database.InTransaction(() =>
        {
            KnownDocuments.Write(pending, new BsonDocument { ["_id"] = 3L, ["day"] = 50 }, stored: false);
            return true;
        }));

        Assert.Equal(100, pending.FindById(3L)["day"].AsInt32);
    }

    [Fact]
    public void A_month_read_as_absent_and_left_empty_is_never_written_and_a_stored_month_emptied_is_deleted()
    {
        using var t = new TestStore();
        var filings = new GeneratedHistory(5, new DateOnly(2026, 10, 30), years: 1).Filings();
        t.Store.IngestFilings(filings, deferSignals: true);
        var trades = t.Database.TradeMonths;
        var stored = trades.FindAll().First();
        var storedKey = stored["_id"].AsInt64;
        var absentKey = (storedKey / TradeMonth.MonthsPerKey * TradeMonth.MonthsPerKey) + 190_001;
        var months = trades.Count();
        var changed = new ChangedMonths<TradeMonth>(() => trades, m => TradeMonthDocuments.Read(m), TradeMonth.Empty, TradeMonthDocuments.ToDocument);

        t.Database.InTransaction(() =>
        {
            Assert.True(changed.Changing(absentKey).IsEmpty);
            var month = changed.Changing(storedKey);
            foreach (var id in month.Trades.Select(TradeDocuments.Id).ToList()) Assert.True(month.Remove(id));
            changed.Flush();
            return true;
        });

        Assert.Null(trades.FindById(absentKey));
        Assert.Null(trades.FindById(storedKey));
        Assert.Equal(months - 1, trades.Count());
    }
}
