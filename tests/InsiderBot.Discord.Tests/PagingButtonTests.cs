using System.Net;
using System.Text;
using System.Text.Json;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using InsiderBot.Testing;

namespace InsiderBot.Discord.Tests;

/// <summary>
/// A listing longer than one message is paged with buttons: pressing Next (a signed MESSAGE_COMPONENT interaction)
/// replaces the message with the next page, over HTTP and over the gateway alike, for anyone who can see it.
/// </summary>
public sealed class PagingButtonTests : IAsyncLifetime
{
    private const long Tesla = 1318605;
    private readonly TestClock clock = new();
    private readonly TempDirectory folder = new();
    private FakeDiscord discord = null!;
    private BotHost bot = null!;
    private List<DateOnly> expected = null!;
    private List<string> signals = null!;

    public async Task InitializeAsync()
    {
        using (var seeded = new TestStore(clock.GetUtcNow(), folder.File("store.db")))
        {
            seeded.Seeder.EnsureSeeded();
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            expected = TradeGroup.Of(seeded.Store.TradesForIssuer(Tesla, today.AddDays(-3650), today)).Select(g => g.First.Date).ToList();
            seeded.Store.EnsureSignals();
            signals = seeded.Store.SignalsForIssuer(Tesla, today.AddDays(-3650), today)
                .Select(s => $"**{PlainTextRenderer.Plain(SignalFormatter.Item(s, clock.GetUtcNow()).Headline)}**").ToList();
        }

        discord = await FakeDiscord.StartAsync(clock);
    }

    public async Task DisposeAsync()
    {
        if (bot is not null) await bot.DisposeAsync();
        await discord.DisposeAsync();
        folder.Dispose();
    }

    private async Task StartBotAsync(string mode = "http") =>
        bot = await BotHost.StartAsync(discord, clock, mode, new Dictionary<string, string?> { ["Store:Path"] = folder.File("store.db") });

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>The message's text as a reader goes through it: each embed's title, then its description.</summary>
    private static string Text(JsonElement message)
    {
        var text = new StringBuilder();
        foreach (var embed in message.GetProperty("embeds").EnumerateArray())
        {
            if (embed.TryGetProperty("title", out var title)) text.Append(title.GetString()).Append('\n');
            if (embed.TryGetProperty("description", out var description)) text.Append(description.GetString()).Append('\n');
        }

        return text.ToString();
    }

    private void AssertEveryTradeOnceInOrder(List<(DateOnly Date, string Text)> listed, int pages)
    {
        var size = DiscordLimits.ListItems;
        Assert.True(expected.Count > 2 * size, $"only {expected.Count} trades");
        Assert.Equal(expected, listed.Select(t => t.Date));
        Assert.Equal(listed.Count, listed.Select(t => t.Text).Distinct().Count());
        Assert.Equal((expected.Count + size - 1) / size, pages);
    }

    [Fact]
    public async Task Pressing_next_over_http_pages_through_every_TSLA_trade_once_in_order()
    {
        await StartBotAsync();
        var id = FakeInteractions.NextId();
        var shown = await discord.ShownAfterAsync(id, await Json(await bot.Sender.SendAsync(FakeInteractions.Command(id, "insiders", new Dictionary<string, object> { ["ticker"] = "TSLA", ["days"] = 3650 }))));
        Assert.Equal($"trades 1–{DiscordLimits.ListItems} of {expected.Count}", ListedTrades.PositionOf(Text(shown.Message)) is { } p ? $"trades {p.First}–{p.Last} of {p.Total}" : null);
        Assert.Null(FakeComponents.Button(shown.Message, PagingButtons.PreviousLabel)); // shown, but disabled on the first page
        var listed = ListedTrades.In(Text(shown.Message)).ToList();
        var pages = 1;
        while (FakeComponents.Button(shown.Message, PagingButtons.NextLabel) is not null)
        {
            var press = FakeInteractions.NextId();
            var answer = await Json(await bot.Sender.SendAsync(FakeInteractions.Press(press, shown.Message, PagingButtons.NextLabel, userId: "80351110224678912")));
            shown = await discord.ShownAfterAsync(press, answer);
            Assert.True(shown.Type is 6 or 7, $"answered with type {shown.Type}");
            Assert.False(shown.FollowUp || shown.Ephemeral);
            Assert.DoesNotContain("left out to fit Discord", shown.Message.GetRawText(), StringComparison.Ordinal);
            listed.AddRange(ListedTrades.In(Text(shown.Message)));
            pages++;
        }

        AssertEveryTradeOnceInOrder(listed, pages);
        Assert.NotNull(FakeComponents.Button(shown.Message, PagingButtons.PreviousLabel));
    }

    [Fact]
    public async Task The_signals_button_then_next_pages_through_every_TSLA_signal_once_in_order()
    {
        await StartBotAsync();
        var id = FakeInteractions.NextId();
        var shown = await discord.ShownAfterAsync(id, await Json(await bot.Sender.SendAsync(FakeInteractions.Command(id, "insiders", new Dictionary<string, object> { ["ticker"] = "TSLA", ["days"] = 3650 }))));
        Assert.True(signals.Count > 2 * InsidersCommand.MaxSignals, $"only {signals.Count} signals");
        // The trades' page must arrive whole, so the signals before it may give up entries to fit: the button leads to all of them.
        Assert.Matches($"\nsignals 1–[1-{InsidersCommand.MaxSignals}] of {signals.Count}\n", Text(shown.Message));
        Assert.NotNull(FakeComponents.Button(shown.Message, PagingButtons.NextLabel)); // the trades' own paging stays

        var press = FakeInteractions.NextId();
        shown = await discord.ShownAfterAsync(press, await Json(await bot.Sender.SendAsync(FakeInteractions.Press(press, shown.Message, $"All {signals.Count} signals"))));
        var listed = Headlines(Text(shown.Message));
        var pages = 1;
        while (FakeComponents.Button(shown.Message, PagingButtons.NextLabel) is not null)
        {
            press = FakeInteractions.NextId();
            shown = await discord.ShownAfterAsync(press, await Json(await bot.Sender.SendAsync(FakeInteractions.Press(press, shown.Message, PagingButtons.NextLabel))));
            Assert.True(shown.Type is 6 or 7, $"answered with type {shown.Type}");
            listed.AddRange(Headlines(Text(shown.Message)));
            pages++;
        }

        Assert.Equal(signals, listed);
        Assert.Equal((signals.Count + InsidersCommand.MaxSignals - 1) / InsidersCommand.MaxSignals, pages);
    }

    private List<string> Headlines(string text) => text.Split('\n').Where(line => signals.Contains(line)).ToList();

    [Fact]
    public async Task Pressing_next_over_the_gateway_pages_the_same_way()
    {
        await StartBotAsync("gateway");
        var connection = await discord.Gateway.NextConnectionAsync();
        await connection.HelloAsync(45_000);
        Assert.Equal(2, (await connection.ReceiveAsync()).GetProperty("op").GetInt32());
        await connection.ReadyAsync("session-1", discord.GatewayUrl + "/resume");

        async Task<FakeShown> DispatchAsync(string id, string body)
        {
            await connection.DispatchRawAsync("INTERACTION_CREATE", body);
            var callback = await discord.WaitForAsync(r => r.Method == "POST" && r.Path.StartsWith($"/interactions/{id}/", StringComparison.Ordinal));
            return await discord.ShownAfterAsync(id, callback.Json());
        }

        var id = FakeInteractions.NextId();
        var shown = await DispatchAsync(id, FakeInteractions.Command(id, "insiders", new Dictionary<string, object> { ["ticker"] = "TSLA", ["days"] = 3650 }));
        var listed = ListedTrades.In(Text(shown.Message)).ToList();
        var pages = 1;
        while (FakeComponents.Button(shown.Message, PagingButtons.NextLabel) is not null)
        {
            var press = FakeInteractions.NextId();
            shown = await DispatchAsync(press, FakeInteractions.Press(press, shown.Message, PagingButtons.NextLabel));
            Assert.Equal(7, shown.Type);
            listed.AddRange(ListedTrades.In(Text(shown.Message)));
            pages++;
        }

        AssertEveryTradeOnceInOrder(listed, pages);
    }

    [Fact]
    public async Task A_forged_button_press_gets_401_and_changes_nothing()
    {
        await StartBotAsync();
        var body = FakeInteractions.Component(FakeInteractions.NextId(), "/insiders TSLA 3650 page:2");
        var forged = await bot.Sender.SendRawAsync(body, "1700000000", InteractionSender.Sign("1700000000", body.Replace("page:2", "page:3", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.DoesNotContain(discord.Requests, r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/insiders TSLA 3650 page:19", "Page 19 is past the end: the 91 trades fill 10 pages; e.g. /insiders TSLA 3650 page:10.")]
    [InlineData("/insiders TSLA 3650 page:x", "'x' is not a page: page: takes a whole number from 1 to 10000, e.g. /insiders TSLA 3650 page:2.")]
    [InlineData("paging:v1:abc", "This button no longer leads to a page; run the command again, e.g. /insiders TSLA 3650.")]
    public async Task A_stale_or_bad_button_gets_a_private_line_and_leaves_the_listing_alone(string customId, string refusal)
    {
        await StartBotAsync();
        var id = FakeInteractions.NextId();
        var answer = await Json(await bot.Sender.SendAsync(FakeInteractions.Component(id, customId)));
        var shown = await discord.ShownAfterAsync(id, answer);

        Assert.True(shown.Ephemeral);
        Assert.True(shown.Type == 4 || shown.FollowUp, $"type {shown.Type} would replace the listing");
        Assert.Equal(refusal, shown.Message.GetProperty("embeds")[0].GetProperty("description").GetString());
        Assert.DoesNotContain(discord.Requests, r => r.Method is "PATCH" or "DELETE");
    }
}
