using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Fakes.Slack;
using InsiderBot.Slack.Blocks;
using InsiderBot.Testing;

namespace InsiderBot.Slack.Tests;

/// <summary>
/// A listing longer than one answer is paged with Block Kit buttons: a press arrives as a signed <c>block_actions</c>
/// payload over HTTP or an <c>interactive</c> envelope over Socket Mode, and the page replaces the listing through the
/// payload's <c>response_url</c>.
/// </summary>
public sealed class PagingButtonTests : IDisposable
{
    private const long Tesla = 1318605;
    private static readonly TimeSpan Wait = SlackTestHost.Wait;
    private readonly TestStore store = new();
    private readonly List<DateOnly> expected;

    public PagingButtonTests()
    {
        store.Seeder.EnsureSeeded();
        var today = DateOnly.FromDateTime(store.Time.GetUtcNow().UtcDateTime);
        expected = TradeGroup.Of(store.Store.TradesForIssuer(Tesla, today.AddDays(-3650), today)).Select(g => g.First.Date).ToList();
    }

    public void Dispose() => store.Dispose();

    private Task<SlackTestHost> StartAsync(string mode) =>
        SlackTestHost.StartAsync(mode, extra: [new InsidersCommand(store.Store, store.Seeder, store.Time, drawChart: false)]);

    /// <summary>The message's text as a reader goes through it: every block's text and fields, in order.</summary>
    private static string Text(JsonObject message)
    {
        var text = new StringBuilder();
        foreach (var block in (message["blocks"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if (block["text"]?["text"] is { } t) text.Append(t).Append('\n');
            foreach (var part in (block["fields"] as JsonArray ?? block["elements"] as JsonArray ?? []).OfType<JsonObject>())
                if (part["text"] is JsonValue value) text.Append(value).Append('\n');
        }

        return text.ToString();
    }

    private void AssertEveryTradeOnceInOrder(List<(DateOnly Date, string Text)> listed, int pages)
    {
        Assert.True(expected.Count > 2 * InsidersCommand.MaxItems, $"only {expected.Count} trades");
        Assert.Equal(expected, listed.Select(t => t.Date));
        Assert.Equal(listed.Count, listed.Select(t => t.Text).Distinct().Count());
        Assert.Equal((expected.Count + InsidersCommand.MaxItems - 1) / InsidersCommand.MaxItems, pages);
    }

    private static bool HasNext(JsonObject message) =>
        (message["blocks"] as JsonArray ?? []).Any(b => b?["type"]?.ToString() == "actions" && b["elements"]!.AsArray().Any(e => e?["action_id"]?.ToString() == PagingActions.NextAction));

    /// <summary>Presses Next on each page until there is none; <paramref name="press"/> delivers a payload and returns the response_url post it caused.</summary>
    private async Task<(List<(DateOnly, string)> Listed, int Pages, JsonObject Last)> WalkAsync(SlackTestHost host, JsonObject first, Func<JsonObject, string, Task<FakeSlackResponse>> press)
    {
        var message = first;
        var listed = ListedTrades.In(Text(message)).ToList();
        var pages = 1;
        while (HasNext(message))
        {
            var id = "press-" + pages;
            var response = await press(FakeBlocks.Press(host.Slack, message, "Next ▶", id), id);
            Assert.Equal(id, response.ResponseId);
            message = response.Message;
            Assert.True(message["replace_original"]!.GetValue<bool>());
            listed.AddRange(ListedTrades.In(Text(message)));
            pages++;
        }

        return (listed, pages, message);
    }

    [Fact]
    public async Task Pressing_next_over_http_pages_through_every_TSLA_trade_once_in_order()
    {
        await using var host = await StartAsync("http");
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(host.CommandBody("/insiders", "TSLA 3650", responseId: "first"))).StatusCode);
        var first = await host.Slack.NextResponseAsync(Wait);
        Assert.Contains($"trades 1–20 of {expected.Count}", Text(first.Message), StringComparison.Ordinal);

        var (listed, pages, last) = await WalkAsync(host, first.Message, async (payload, id) =>
        {
            var ack = await host.PostSignedAsync(FakeBlocks.FormBody(payload), path: SlackEndpoints.ActionsPath);
            Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
            return await host.Slack.NextResponseAsync(Wait);
        });

        AssertEveryTradeOnceInOrder(listed, pages);
        var buttons = last["blocks"]!.AsArray().Single(b => b!["type"]!.ToString() == "actions")!["elements"]!.AsArray();
        Assert.Equal(PagingActions.PreviousAction, Assert.Single(buttons)!["action_id"]!.ToString()); // the last page goes back only
    }

    [Fact]
    public async Task The_signals_button_then_next_pages_through_every_TSLA_signal_once_in_order()
    {
        var today = DateOnly.FromDateTime(store.Time.GetUtcNow().UtcDateTime);
        store.Store.EnsureSignals();
        var signals = store.Store.SignalsForIssuer(Tesla, today.AddDays(-3650), today)
            .Select(s => $"*{PlainTextRenderer.Plain(SignalFormatter.Item(s, store.Time.GetUtcNow()).Headline)}*").ToList();
        Assert.True(signals.Count > 2 * InsidersCommand.MaxSignals, $"only {signals.Count} signals");
        List<string> Headlines(JsonObject message) => Text(message).Split('\n').Where(line => signals.Any(line.EndsWith)).Select(line => line[line.IndexOf('*', StringComparison.Ordinal)..]).ToList(); // after the tone mark
        await using var host = await StartAsync("http");
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(host.CommandBody("/insiders", "TSLA 3650", responseId: "first"))).StatusCode);
        var message = (await host.Slack.NextResponseAsync(Wait)).Message;
        Assert.Contains($"signals 1–{InsidersCommand.MaxSignals} of {signals.Count}", Text(message), StringComparison.Ordinal);

        async Task<JsonObject> PressAsync(string label, string id)
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(FakeBlocks.FormBody(FakeBlocks.Press(host.Slack, message, label, id)), path: SlackEndpoints.ActionsPath)).StatusCode);
            var response = await host.Slack.NextResponseAsync(Wait);
            Assert.Equal(id, response.ResponseId);
            Assert.True(response.Message["replace_original"]!.GetValue<bool>());
            return response.Message;
        }

        message = await PressAsync($"All {signals.Count} signals", "signals");
        var listed = Headlines(message);
        var pages = 1;
        while (HasNext(message))
        {
            message = await PressAsync("Next ▶", "signals-" + pages++);
            listed.AddRange(Headlines(message));
        }

        Assert.Equal(signals, listed);
        Assert.Equal((signals.Count + InsidersCommand.MaxSignals - 1) / InsidersCommand.MaxSignals, pages);
    }

    [Fact]
    public async Task Pressing_next_over_socket_mode_pages_the_same_way_and_acks_each_envelope()
    {
        await using var host = await StartAsync("socket");
        var socket = await host.Slack.NextSocketAsync(Wait);
        await socket.SendSlashCommandAsync("/insiders", "TSLA 3650");
        var first = await host.Slack.NextResponseAsync(Wait);

        var (listed, pages, _) = await WalkAsync(host, first.Message, async (payload, _) =>
        {
            var envelope = await socket.SendInteractiveAsync(payload);
            var ack = await socket.AckAsync(envelope, Wait);
            Assert.Null(ack["payload"]); // interactive envelopes take no payload in their ack
            return await host.Slack.NextResponseAsync(Wait);
        });

        AssertEveryTradeOnceInOrder(listed, pages);
    }

    [Fact]
    public async Task A_forged_button_press_gets_401_and_runs_nothing()
    {
        await using var host = await StartAsync("http");
        var body = FakeBlocks.FormBody(FakeBlocks.Action(host.Slack, PagingActions.BlockId, PagingActions.NextAction, "/insiders TSLA 3650 page:2", "forged"));

        var forged = await host.PostSignedAsync(body, path: SlackEndpoints.ActionsPath, signature: "v0=" + new string('0', 64));
        var stale = await host.PostSignedAsync(body, path: SlackEndpoints.ActionsPath, timestamp: host.Time.GetUtcNow().ToUnixTimeSeconds() - 301);

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, stale.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(host.CommandBody("/echo", "after"))).StatusCode);
        Assert.Empty(host.Slack.Responses);
    }

    [Theory]
    [InlineData("/insiders TSLA 3650 page:9", "Page 9 is past the end: the 91 trades fill 5 pages; e.g. /insiders TSLA 3650 page:5.")]
    [InlineData("/insiders TSLA page:-1", "'-1' is not a page: page: takes a whole number from 1 to 10000, e.g. /insiders TSLA page:2.")]
    [InlineData("v1:abc", "This button no longer leads to a page; run the command again, e.g. /insiders TSLA 3650.")]
    public async Task A_stale_or_bad_button_gets_a_private_line_and_leaves_the_listing_alone(string value, string refusal)
    {
        await using var host = await StartAsync("http");
        var body = FakeBlocks.FormBody(FakeBlocks.Action(host.Slack, PagingActions.BlockId, PagingActions.NextAction, value, "stale"));

        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync(body, path: SlackEndpoints.ActionsPath)).StatusCode);
        var answer = (await host.Slack.NextResponseAsync(Wait)).Message;

        Assert.Equal("ephemeral", answer["response_type"]!.ToString());
        Assert.False(answer["replace_original"]!.GetValue<bool>());
        Assert.Equal(refusal, answer["text"]!.ToString());
    }
}
