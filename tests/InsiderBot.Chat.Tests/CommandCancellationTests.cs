using InsiderBot.Chat.Commands;
using InsiderBot.Store.Alerts;
using InsiderBot.Store.Coverage;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>
/// An abandoned answer does no work: a command asked with a cancelled token stops before it touches the store, and
/// <c>/insiders</c> also stops when the cancellation arrives while it fills a company's history.
/// </summary>
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

    [Fact]
    public async Task Insiders_WithACancelledToken_ThrowsBeforeAskingForHistory()
    {
        var history = new CancellingHistory(null);
        IChatCommand insiders = new InsidersCommand(store.Store, store.Seeder, store.Time, drawChart: false, history: history);

        await Assert.ThrowsAsync<OperationCanceledException>(() => insiders.ExecuteAsync(Window1995, new CancellationToken(canceled: true)));
        Assert.Equal(0, history.Asked);

        // Control: with a live token the same question asks for the company's history and is answered.
        Assert.False((await insiders.ExecuteAsync(Window1995, CancellationToken.None)).IsError);
        Assert.Equal(1, history.Asked);
    }

    [Fact]
    public async Task Insiders_CancelledDuringTheHistoryFill_ThrowsInsteadOfAnswering()
    {
        using var abandon = new CancellationTokenSource();
        var history = new CancellingHistory(abandon);
        IChatCommand insiders = new InsidersCommand(store.Store, store.Seeder, store.Time, drawChart: false, history: history);

        await Assert.ThrowsAsync<OperationCanceledException>(() => insiders.ExecuteAsync(Window1995, abandon.Token));
        Assert.Equal(1, history.Asked);
        Assert.Equal(abandon.Token, history.Token); // the fill is given the caller's token
    }

    // A window the sample store does not cover, so /insiders asks for the company's history first.
    private static CommandInput Window1995 => new(["TSLA", "from:1995-01-01", "to:1995-12-31"], ChatOrigin.Console);

    /// <summary>A company history that stores nothing and, when given one, cancels the answer while it "fetches".</summary>
    private sealed class CancellingHistory(CancellationTokenSource? abandon) : ICompanyHistory
    {
        public int Asked { get; private set; }

        public CancellationToken Token { get; private set; }

        public int Budget => 0;

        public async Task<CompanyHistoryFill> FillAsync(long issuerCik, DateOnly from, CancellationToken cancellationToken)
        {
            Asked++;
            Token = cancellationToken;
            if (abandon is not null) await abandon.CancelAsync();
            return new CompanyHistoryFill(0, 0, null, null);
        }
    }
}
