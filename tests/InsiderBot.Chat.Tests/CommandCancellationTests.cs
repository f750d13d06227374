using InsiderBot.Chat.Commands;
using InsiderBot.Store.Alerts;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>An abandoned answer does no work: a command asked with a cancelled token stops before it touches the store.</summary>
public sealed class CommandCancellationTests : IDisposable
{
    private static readonly ChatOrigin Admin = new("discord", "guild-1", "chan-1", "u1", CanManage: true);
    private readonly TestStore store = new();
    private readonly SubscriptionStore subscriptions;

    public CommandCancellationTests()
    {
        store.Seeder.EnsureSeeded();
        subscriptions = new SubscriptionStore(store.Database);
    }

    public void Dispose() => store.Dispose();

    [Fact]
    public async Task Subscribe_WithACancelledToken_ThrowsAndWritesNoSubscription()
    {
        IChatCommand subscribe = new SubscribeCommand(subscriptions, store.Store, store.Seeder);
        var input = new CommandInput(["TSLA"], Admin);

        await Assert.ThrowsAsync<OperationCanceledException>(() => subscribe.ExecuteAsync(input, new CancellationToken(canceled: true)));
        Assert.Null(subscriptions.Find("discord", "guild-1", "chan-1"));

        // Control: the same call with a live token writes it.
        Assert.False((await subscribe.ExecuteAsync(input, CancellationToken.None)).IsError);
        Assert.Equal(["TSLA"], subscriptions.Find("discord", "guild-1", "chan-1")!.Tickers);
    }
}
