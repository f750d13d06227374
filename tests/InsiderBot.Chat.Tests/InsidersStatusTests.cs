using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Filings;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

public sealed class InsidersStatusTests
{
    [Fact]
    public async Task Insiders_status_follows_history_stored_after_an_earlier_answer_for_the_same_window()
    {
        using var t = new TestStore(new DateTimeOffset(2024, 12, 20, 12, 0, 0, TimeSpan.Zero));
        var router = new ChatCommandRouter([new InsidersCommand(t.Store, t.Seeder, t.Time, drawChart: false)], NullLogger<ChatCommandRouter>.Instance);
        t.Store.Ingest(Sale(1, new DateOnly(2024, 12, 10)));

        var first = PlainTextRenderer.Render(await router.ExecuteAsync("/insiders ABCD 30", ChatOrigin.Console));
        Assert.Contains("1 transaction in 1 trade", first, StringComparison.Ordinal);
        Assert.DoesNotContain("routine insider", first, StringComparison.Ordinal);

        // A backfill stores the same insider's December sales of the three previous years: now a routine seller.
        t.Store.IngestBatch([Sale(2, new DateOnly(2021, 12, 9)), Sale(3, new DateOnly(2022, 12, 8)), Sale(4, new DateOnly(2023, 12, 11))]);
        var second = PlainTextRenderer.Render(await router.ExecuteAsync("/insiders ABCD 30", ChatOrigin.Console));
        Assert.Contains("· routine insider", second, StringComparison.Ordinal);
    }

    private static Form4Filing Sale(int sequence, DateOnly date) => new()
    {
        Accession = $"0009999999-24-{sequence:000000}",
        DocumentType = "4",
        PeriodOfReport = date,
        FiledOn = date.AddDays(2),
        Aff10b5One = false,
        Issuer = new Issuer(77, "Abcd Corp", "ABCD"),
        Owners = [new ReportingOwner(4242, "Person Routine", true, false, false, false, "", "")],
        Transactions =
        [
            new FilingTransaction
            {
                Table = OwnershipTable.NonDerivative,
                Position = 1,
                SecurityTitle = "Common Stock",
                Date = date,
                Code = "S",
                Shares = 1_000,
                PricePerShare = 20m,
                AcquiredDisposed = 'D',
                SharesOwnedAfter = 50_000,
                DirectOrIndirect = 'D',
            },
        ],
    };
}
