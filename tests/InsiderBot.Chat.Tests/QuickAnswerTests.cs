using InsiderBot.Chat.Commands;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests;

public sealed class QuickAnswerTests
{
    private static readonly ChatOrigin Origin = new("discord", "g", "c", "u", CanManage: false);

    [Fact]
    public async Task Insiders_refuses_bad_arguments_at_once_and_an_unknown_ticker_once_the_store_is_settled()
    {
        using var t = new TestStore();
        var router = new ChatCommandRouter([new InsidersCommand(t.Store, t.Seeder, t.Time)], NullLogger<ChatCommandRouter>.Instance);

        Assert.Contains("days must be a whole number", router.QuickAnswer("insiders", ["AAPL", "0"], Origin)!.Title, StringComparison.Ordinal);
        Assert.Contains("is not a ticker", router.QuickAnswer("insiders", ["$$$"], Origin)!.Title, StringComparison.Ordinal);
        Assert.Contains("Unknown command /nope", router.QuickAnswer("nope", [], Origin)!.Title, StringComparison.Ordinal);
        Assert.False(router.QuickAnswer("insiders", ["help"], Origin)!.IsError);
        // Before the bundled sample is seeded only the full run can tell whether a ticker exists.
        Assert.Null(router.QuickAnswer("insiders", ["ZZZQ"], Origin));
        Assert.False(t.Seeder.IsSettled);

        var full = await router.ExecuteAsync("insiders", ["ZZZQ"], Origin);
        Assert.True(t.Seeder.IsSettled);
        var quick = router.QuickAnswer("insiders", ["ZZZQ"], Origin);
        Assert.NotNull(quick);
        Assert.True(quick.Ephemeral);
        Assert.Equal(full.Title, quick.Title);
        Assert.Null(router.QuickAnswer("insiders", ["AAPL", "30"], Origin));
    }
}
