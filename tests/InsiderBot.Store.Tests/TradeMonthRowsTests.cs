using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Testing;
using LiteDB;
using Microsoft.Extensions.Options;

namespace InsiderBot.Store.Tests;

/// <summary>
/// Layout 3's company months against layout 2's document per trade, row for row: the same random trades written in
/// the same transactions (inserted, re-read as another nature, deleted) read back the same from both, inside the
/// writing transaction (from the months it holds in memory) and after it commits. A transaction that fails leaves
/// nothing, and a reader on another thread sees only committed months.
/// </summary>
public sealed class TradeMonthRowsTests : IDisposable
{
    private static readonly long[] Issuers = [320193, 1318605, 7];
    private static readonly long[] Insiders = [1494730, 1214156, -42, 3, 1_999_999_999];
    private static readonly int FirstDay = DayNumber.Of(new DateOnly(2023, 11, 20));

    private readonly TempDirectory temp = new();
    private readonly StoreDatabase documents;
    private readonly StoreDatabase months;

    public TradeMonthRowsTests()
    {
        documents = new StoreDatabase(Options.Create(new StoreOptions { Path = temp.File("layout2.db") }), null, new UpgradePace(LayoutTwo: true));
        months = new StoreDatabase(Options.Create(new StoreOptions { Path = temp.File("layout3.db") }));
    }

    public void Dispose()
    {
        documents.Dispose();
        months.Dispose();
        temp.Dispose();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Months_ReadBackEveryRow_AsDocumentsDo_InsideTheWritingTransactionAndAfterIt(int seed)
    {
        Assert.IsType<TradeDocumentRows>(documents.Rows);
        Assert.IsType<TradeMonthRows>(months.Rows);
        var random = new Random(seed);
        var next = 0;
        for (var batch = 0; batch < 12; batch++)
        {
            var trades = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Trade(random, next++)).ToList();
            var reread = random.Next(3);
            var (issuer, insider) = (Issuers[random.Next(Issuers.Length)], Insiders[random.Next(Insiders.Length)]);

            // Both transactions open on this thread at once: each store's reads see its own uncommitted writes.
            documents.InTransaction(() => months.InTransaction(() =>
            {
                foreach (var store in new[] { documents, months })
                {
                    store.Rows.Insert(trades.Select(t => TradeDocuments.ToDocument(t, superseded: t.Position % 5 == 0)).ToList());
                    // Re-read a company's rows of one insider as another nature, and delete one of its rows.
                    var theirs = store.Rows.OfInsiderAt(insider, issuer, 0, FirstDay + 1_000).ToList();
                    foreach (var row in theirs.Take(reread))
                    {
                        TradeDocuments.SetNature(row, TradeNature.ExerciseSale);
                        store.Rows.Update(row);
                    }

                    if (theirs.Count > reread) store.Rows.Delete(theirs[^1]);
                }

                AssertSameRows(new Random(batch), $"inside batch {batch}");
                return true;
            }));

            AssertSameRows(new Random(batch), $"after batch {batch}");
        }

        Assert.Equal(documents.Rows.Count(), months.Rows.Count());
        Assert.True(months.Rows.Count() > 150, $"{months.Rows.Count()} rows");
        Assert.Equal(Ids(documents.Rows.All()).Order(StringComparer.Ordinal), Ids(months.Rows.All()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Months_InTheWritingTransaction_AnswerItsOwnReads_ButNoOtherThreadsUntilItCommits()
    {
        var random = new Random(7);
        var trades = Enumerable.Range(0, 40).Select(i => TradeDocuments.ToDocument(Trade(random, i))).ToList();
        var issuer = TradeDocuments.Issuer(trades[0]);
        var all = (From: 0, To: FirstDay + 1_000);

        var (inside, beside) = months.InTransaction(() =>
        {
            months.Rows.Insert(trades);
            var own = months.Rows.OfIssuer(issuer, all.From, all.To).Count();
            var other = -1;
            var reader = new Thread(() => other = months.Rows.OfIssuer(issuer, all.From, all.To).Count()); // the transaction holds its lock: no await here
            reader.Start();
            reader.Join();
            return (own, other);
        });

        Assert.Equal(trades.Count(t => TradeDocuments.Issuer(t) == issuer), inside);
        Assert.Equal(0, beside);
        Assert.Equal(inside, await Task.Run(() => months.Rows.OfIssuer(issuer, all.From, all.To).Count()));
    }

    [Fact]
    public void Months_OfATransactionThatFails_AreNotWritten_ByItOrByTheNextOne()
    {
        var random = new Random(11);
        var trades = Enumerable.Range(0, 30).Select(i => TradeDocuments.ToDocument(Trade(random, i))).ToList();

        Assert.Throws<InvalidOperationException>(() => months.InTransaction<bool>(() =>
        {
            months.Rows.Insert(trades);
            throw new InvalidOperationException("the batch failed part-way");
        }));
        months.InTransaction(() => true); // commits what it holds: nothing

        Assert.Equal(0, months.Rows.Count());
        Assert.False(StoreDatabase.HasDocuments(months.TradeMonths));
    }

    private void AssertSameRows(Random queries, string when)
    {
        for (var i = 0; i < 40; i++)
        {
            var issuer = Issuers[queries.Next(Issuers.Length)];
            var insider = Insiders[queries.Next(Insiders.Length)];
            var from = FirstDay - 10 + queries.Next(400);
            var to = from + (i % 4 == 0 ? 0 : queries.Next(1, 200)); // one day, or weeks to months
            Assert.Equal(ByDay(documents.Rows.OfIssuer(issuer, from, to)), ByDay(months.Rows.OfIssuer(issuer, from, to)));
            Assert.Equal(ByDay(documents.Rows.OfInsiderAt(insider, issuer, from, to)), ByDay(months.Rows.OfInsiderAt(insider, issuer, from, to)));
            Assert.Equal(ByDay(documents.Rows.OfInsider(insider, from, to)), ByDay(months.Rows.OfInsider(insider, from, to)));
            Assert.Equal(Current(documents.Rows.CurrentTradesOfIssuer(issuer, from, to)), Current(months.Rows.CurrentTradesOfIssuer(issuer, from, to)));
            var code = "PSMF"[i % 4].ToString();
            Assert.Equal(
                Current(documents.Rows.CurrentTradesOfIssuer(issuer, from, to).Where(t => t.Code == code)),
                Current(months.Rows.CurrentTradesOfIssuer(issuer, from, to, c => c == code)));
            Assert.Equal(
                Current(documents.Rows.CurrentTradesOfIssuer(issuer, from, to).Where(t => t.Code == code)),
                Current(documents.Rows.CurrentTradesOfIssuer(issuer, from, to, c => c == code)));
            foreach (var rows in new[] { months.Rows.OfIssuer(issuer, from, to), months.Rows.OfInsiderAt(insider, issuer, from, to), months.Rows.OfInsider(insider, from, to) })
                Assert.True(rows.Select(TradeDocuments.Day).Order().SequenceEqual(rows.Select(TradeDocuments.Day)), $"{when}: rows ascending by day");
            Assert.True(documents.Rows.DaysOf(issuer) == months.Rows.DaysOf(issuer), $"{when}: first and last day of {issuer}");
        }

        // Every field of every trade (replaced ones left out), in one order.
        static List<string> Current(IEnumerable<InsiderTrade> trades) =>
            trades.Select(t => System.Text.Json.JsonSerializer.Serialize(t with { OwnerNames = t.OwnerNames.ToArray() })).Order(StringComparer.Ordinal).ToList();

        // Every field of every row, by day then id (neither layout defines the order of one key's rows).
        static List<string> ByDay(IEnumerable<BsonDocument> rows) =>
            rows.Select(r => (Day: TradeDocuments.Day(r), Row: $"{TradeDocuments.Id(r)} {TradeDocuments.Issuer(r)} {TradeDocuments.Insider(r)} {TradeDocuments.Day(r)} {TradeDocuments.Nature(r)} {TradeDocuments.Flags(r)} {TradeDocuments.IsSuperseded(r)} {Convert.ToHexString(r["b"].AsBinary)}"))
                .OrderBy(x => x.Day).ThenBy(x => x.Row, StringComparer.Ordinal).Select(x => x.Row).ToList();
    }

    private static IEnumerable<string> Ids(IEnumerable<BsonDocument> rows) => rows.Select(TradeDocuments.Id);

    private static InsiderTrade Trade(Random random, int n)
    {
        var id = $"0000{random.Next(1000, 9999)}-24-{n:000000}:N{random.Next(1, 9)}";
        return new InsiderTrade
        {
            Id = id,
            Accession = TradeDocuments.AccessionOf(id),
            IssuerCik = Issuers[random.Next(Issuers.Length)],
            IssuerName = "Company",
            Ticker = "CO",
            InsiderCik = Insiders[random.Next(Insiders.Length)],
            InsiderName = "Owner",
            OwnerNames = ["Owner"],
            OfficerTitle = "",
            Date = DayNumber.ToDate(FirstDay + random.Next(380)), // across a year's turn and a dozen months
            DocumentType = "4",
            Code = "PSMF"[random.Next(4)].ToString(),
            Table = OwnershipTable.NonDerivative,
            Position = n,
            SecurityTitle = "Common Stock",
            AcquiredDisposed = 'A',
            DirectOrIndirect = 'D',
            Shares = random.Next(1, 10_000),
            Price = random.Next(1, 500),
            OwnedAfter = random.Next(1, 100_000),
            Classification = new TransactionClassification(
                (TradeNature)random.Next(5), new PlanEvidence(PlanStatus.Unknown, null, ""), InsiderRole.Director, null, null, (DataFlag)random.Next(2)),
        };
    }
}
