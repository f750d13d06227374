using InsiderBot.Chat.Commands;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Chat.Tests.Alerts;

public sealed class SubscriptionCommandTests : IDisposable
{
    private static readonly ChatOrigin Admin = new("discord", "guild-1", "chan-1", "u1", CanManage: true);
    private readonly TestStore store = new();
    private readonly SubscriptionStore subscriptions;
    private readonly ChatCommandRouter router;

    public SubscriptionCommandTests()
    {
        store.Seeder.EnsureSeeded();
        subscriptions = new SubscriptionStore(store.Database);
        router = new ChatCommandRouter(
            [
                new SubscribeCommand(subscriptions, store.Store, store.Seeder),
                new UnsubscribeCommand(subscriptions, store.Store),
                new SubscriptionsCommand(subscriptions),
            ],
            NullLogger<ChatCommandRouter>.Instance);
    }

    public void Dispose() => store.Dispose();

    private async Task<string> Run(string line, ChatOrigin? origin = null)
    {
        var reply = await router.ExecuteAsync(line, origin ?? Admin);
        return reply.IsError ? "ERROR " + reply.Title : string.Join(" ", reply.Sections.OfType<Replies.TextSection>().Select(t => t.Text));
    }

    [Fact]
    public async Task Subscribe_Bare_FollowsTheWholeMarketWithTheDefaultSignals()
    {
        var answer = await Run("/subscribe");

        Assert.StartsWith("This channel now gets clean cluster buying and unexplained C-suite selling across the whole market.", answer);
        var s = subscriptions.Find("discord", "guild-1", "chan-1")!;
        Assert.Equal((true, 2, 0m), (s.IsMarketWide, s.Signals.Count, s.MinValue));
    }

    [Fact]
    public async Task Subscribe_TypedOrAsOptions_ReadsTickersSignalsAndMinimum()
    {
        await Run("/subscribe tsla msft signals:liquidation min_value:1M");
        await Run("/subscribe \"PLTR, SQ\" cluster-sell 250k");

        var s = subscriptions.Find("discord", "guild-1", "chan-1")!;
        Assert.Equal(["MSFT", "PLTR", "SQ", "TSLA"], s.Tickers);
        Assert.Equal(["liquidation", "cluster-sell"], s.Signals);
        Assert.Equal(250_000m, s.MinValue);
        Assert.Equal("This channel gets near-complete liquidations and cluster selling for MSFT, PLTR, SQ, TSLA, worth at least $250k.", await Run("/subscriptions"));
    }

    [Theory]
    [InlineData("/subscribe TSLQ", "ERROR Unknown ticker TSLQ. Close matches: TSLA")]
    [InlineData("/subscribe TSLA signals:moonshot", "ERROR Unknown signal 'moonshot'. Valid signals: cluster-buy, csuite-sell, liquidation, cluster-sell, strength-sell, cluster-buy-mixed.")]
    [InlineData("/subscribe TSLA min_value:lots", "ERROR min_value must be an amount in dollars")]
    [InlineData("/subscribe all TSLA", "ERROR Name tickers or all, not both.")]
    public async Task Subscribe_BadArguments_AreRefusedWithTheValidChoices(string line, string expected)
    {
        Assert.StartsWith(expected, await Run(line));
        Assert.Null(subscriptions.Find("discord", "guild-1", "chan-1"));
    }

    [Fact]
    public async Task Subscribe_WithoutManagePermission_IsRefused()
    {
        var answer = await Run("/subscribe all", Admin with { CanManage = false });

        Assert.StartsWith("ERROR /subscribe needs permission to manage this channel", answer);
        Assert.Empty(subscriptions.All());
    }

    [Fact]
    public async Task Unsubscribe_RemovesPartThenAll()
    {
        await Run("/subscribe TSLA MSFT");

        Assert.StartsWith("This channel now gets clean cluster buying and unexplained C-suite selling for TSLA.", await Run("/unsubscribe MSFT"));
        Assert.StartsWith("ERROR AAPL is not on this channel's watchlist (TSLA).", await Run("/unsubscribe AAPL"));
        Assert.StartsWith("This channel gets no more alerts.", await Run("/unsubscribe TSLA"));
        Assert.Null(subscriptions.Find("discord", "guild-1", "chan-1"));
        Assert.StartsWith("ERROR This channel has no alerts to stop.", await Run("/unsubscribe"));
    }

    [Fact]
    public async Task Subscriptions_AreKeptPerPlatformWorkspaceAndChannel()
    {
        await Run("/subscribe TSLA");
        await Run("/subscribe MSFT", Admin with { Platform = "slack" });
        await Run("/subscribe PLTR", Admin with { Channel = "chan-2" });

        Assert.Equal(3, subscriptions.All().Count);
        Assert.Equal(["TSLA"], subscriptions.Find("discord", "guild-1", "chan-1")!.Tickers);
    }

    [Fact]
    public async Task Subscribe_AgainAfterAPause_ResumesTheChannel()
    {
        await Run("/subscribe TSLA");
        subscriptions.Pause("discord:guild-1:chan-1", "the bot cannot post there (403)", store.Time.GetUtcNow());
        Assert.Contains("paused: the bot cannot post there (403)", await Run("/subscriptions"));

        Assert.Contains("Alerts had been paused; they are back on.", await Run("/subscribe"));
        Assert.Null(subscriptions.Find("discord", "guild-1", "chan-1")!.PausedReason);
    }
}
