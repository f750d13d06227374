using System.Text.Json;
using InsiderBot.Filings;
using InsiderBot.Insights;

namespace InsiderBot.Store.Tests;

public sealed class TradeDocumentsTests
{
    [Fact]
    public void RoundTrip_KeepsEveryFieldOfEveryTrade_DecimalScalesAndNonesIncluded()
    {
        var random = new Random(18);
        var decimals = new decimal?[]
        {
            null, 0m, 1.50m, 1.5m, -2.25m, 0.000001m, 158.3700m, 1_000_000m, 79_228_162_514_264_337_593_543_950_335m,
            -79_228_162_514_264_337_593_543_950_335m, 0.0000000000000000000000000001m, 12345678901234.5678m, decimal.MinusOne,
        };
        string[] texts = ["", "Common Stock", "Tesla, Inc.", "Zoë Ærøskøbing 株式会社", "CEO & Chair", new string('x', 300)];

        for (var i = 0; i < 5_000; i++)
        {
            var owners = Enumerable.Range(0, random.Next(4)).Select(_ => texts[random.Next(texts.Length)]).ToList();
            var trade = new InsiderTrade
            {
                Id = (i % 7 == 0 ? "sha256:" + i.ToString("x64") : $"0001234567-24-{i:000000}") + (random.Next(2) == 0 ? ":N" : ":D") + random.Next(40),
                Accession = "",
                IssuerCik = random.NextInt64(0, 9_999_999_999),
                IssuerName = texts[random.Next(texts.Length)],
                Ticker = random.Next(3) == 0 ? "" : "TSLA",
                InsiderCik = random.NextInt64(0, 9_999_999_999),
                OwnerNames = owners,
                InsiderName = owners.FirstOrDefault() ?? "",
                OfficerTitle = texts[random.Next(texts.Length)],
                Date = new DateOnly(1990, 1, 1).AddDays(random.Next(20_000)),
                FiledOn = random.Next(5) == 0 ? null : new DateOnly(1990, 1, 1).AddDays(random.Next(20_000)),
                AcceptedAt = random.Next(5) == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(random.NextInt64(0, 2_000_000_000_000)),
                DocumentType = random.Next(2) == 0 ? "4" : "4/A",
                Code = "PSAMFGJCX"[random.Next(9)].ToString(),
                Table = (OwnershipTable)random.Next(2),
                Position = random.Next(100),
                SecurityTitle = texts[random.Next(texts.Length)],
                AcquiredDisposed = random.Next(3) switch { 0 => null, 1 => 'A', _ => 'D' },
                DirectOrIndirect = random.Next(2) == 0 ? 'D' : 'I',
                Shares = decimals[random.Next(decimals.Length)],
                Price = decimals[random.Next(decimals.Length)],
                OwnedAfter = decimals[random.Next(decimals.Length)],
                Classification = new TransactionClassification(
                    (TradeNature)random.Next(11),
                    new PlanEvidence((PlanStatus)random.Next(3), random.Next(2) == 0 ? null : new DateOnly(2020, 1, 1).AddDays(random.Next(2_000)), texts[random.Next(texts.Length)]),
                    (InsiderRole)random.Next(1024),
                    decimals[random.Next(decimals.Length)],
                    decimals[random.Next(decimals.Length)],
                    (DataFlag)random.Next(32)),
            };
            trade = trade with { Accession = TradeDocuments.AccessionOf(trade.Id) };
            var superseded = random.Next(4) == 0;

            var document = TradeDocuments.ToDocument(trade, superseded);
            var back = TradeDocuments.FromDocument(document);

            Assert.Equal(Canonical(trade), Canonical(back));
            Assert.Equal(superseded, TradeDocuments.IsSuperseded(document));
            Assert.Equal(new StoredTradeHead(trade.Code, trade.Table, trade.Price), TradeDocuments.Head(document));
        }
    }

    [Fact]
    public void Document_HoldsTheKeysTheIndexesAndUpdatesNeed_AndOneBinaryField()
    {
        var trade = new InsiderTrade
        {
            Id = "0001234567-24-000001:N1", Accession = "0001234567-24-000001", IssuerCik = 1318605, InsiderCik = 1494730,
            Date = new DateOnly(2022, 12, 14), Code = "S", Price = 158.37m,
            Classification = new TransactionClassification(TradeNature.DiscretionarySale, PlanEvidence.Unknown, InsiderRole.Ceo, null, null, DataFlag.None),
        };

        var document = TradeDocuments.ToDocument(trade);

        Assert.Equal(["_id", "b", "ik", "n", "ok"], document.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(DayNumber.Key(1318605, trade.Date), document["ik"].AsInt64);
        Assert.True(document["b"].AsBinary.Length < 60, $"{document["b"].AsBinary.Length} bytes");
    }

    private static string Canonical(InsiderTrade trade) => JsonSerializer.Serialize(trade with { OwnerNames = trade.OwnerNames.ToArray() });
}
