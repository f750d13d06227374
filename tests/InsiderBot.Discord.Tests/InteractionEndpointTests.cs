using System.Net;
using System.Text.Json;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;
using InsiderBot.Store;
using InsiderBot.Testing;

namespace InsiderBot.Discord.Tests;

public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private readonly TestClock clock = new();
    private FakeDiscord discord = null!;
    private BotHost bot = null!;

    public async Task InitializeAsync()
    {
        discord = await FakeDiscord.StartAsync(clock);
        bot = await BotHost.StartAsync(discord, clock);
    }

    public async Task DisposeAsync()
    {
        await bot.DisposeAsync();
        await discord.DisposeAsync();
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private async Task<JsonElement> CommandAsync(string name, Dictionary<string, object>? options = null, string permissions = "0") =>
        await Json(await bot.Sender.SendAsync(FakeInteractions.Command(FakeInteractions.NextId(), name, options, permissions)));

    [Fact]
    public async Task Missing_or_bad_signatures_get_401()
    {
        var body = FakeInteractions.Ping("1");
        var good = InteractionSender.Sign("1700000000", body);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Sender.SendRawAsync(body, null, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Sender.SendRawAsync(body, "1700000000", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Sender.SendRawAsync(body, null, good)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Sender.SendRawAsync(body, "1700000001", good)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await bot.Sender.SendRawAsync(body.Replace("\"1\"", "\"2\"", StringComparison.Ordinal), "1700000000", good)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bot.Sender.SendRawAsync(body, "1700000000", good)).StatusCode);
    }

    [Fact]
    public async Task Fixture_payloads_get_the_expected_status_and_ping_gets_pong()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoPaths.Fixture("protocol", "test-vectors.json")));
        foreach (var case_ in document.RootElement.GetProperty("discord_interaction_derived").GetProperty("cases").EnumerateArray())
        {
            var response = await bot.Sender.SendRawAsync(case_.GetProperty("body").GetString()!, case_.GetProperty("X-Signature-Timestamp").GetString(), case_.GetProperty("X-Signature-Ed25519").GetString());
            var expectValid = case_.GetProperty("expect").GetString()!.StartsWith("valid", StringComparison.Ordinal);
            Assert.Equal(expectValid ? HttpStatusCode.OK : HttpStatusCode.Unauthorized, response.StatusCode);
        }

        var pong = await Json(await bot.Sender.SendAsync("{\"type\":1}"));
        Assert.Equal("{\"type\":1}", pong.GetRawText());
    }

    [Fact]
    public async Task Unknown_command_is_an_ephemeral_message_saying_what_works()
    {
        var answer = await CommandAsync("cardsearch");
        Assert.Equal(4, answer.GetProperty("type").GetInt32());
        Assert.Equal(64, answer.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("/insiders", answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Options_become_positional_arguments_in_parameter_order()
    {
        var answer = await CommandAsync("echo", new() { ["third"] = "y", ["first"] = "a" });
        Assert.Equal("args:a||y manage:False guild:" + FakeInteractions.GuildId, answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        answer = await CommandAsync("echo", new() { ["second"] = 30, ["first"] = "b" });
        Assert.StartsWith("args:b|30 ", answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        answer = await CommandAsync("echo", new() { ["fourth"] = "csv", ["first"] = "c" }); // a named option arrives as typed elsewhere
        Assert.StartsWith("args:c|||fourth:csv ", answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", false)]
    [InlineData("2147483639", true)] // everything but Administrator: still has Manage Channels
    [InlineData("16", true)]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2048", false)]
    public async Task Manage_commands_follow_member_permissions(string permissions, bool allowed)
    {
        var answer = await CommandAsync("guard", permissions: permissions);
        var data = answer.GetProperty("data");
        Assert.Equal(allowed, !data.TryGetProperty("flags", out _));
        if (!allowed) Assert.Contains("Manage Channels", data.GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_command_with_a_typo_is_refused_at_once_and_privately_instead_of_after_thinking()
    {
        var badDays = await CommandAsync("insiders", new() { ["ticker"] = "AAPL", ["days"] = 0 });
        Assert.Equal((4, 64), (badDays.GetProperty("type").GetInt32(), badDays.GetProperty("data").GetProperty("flags").GetInt32()));
        Assert.Contains("days must be a whole number", badDays.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);

        // A well-formed ticker is deferred (the chart is drawn in the lane); once the store is settled, an unknown one is refused at once.
        var first = FakeInteractions.NextId();
        var deferred = await Json(await bot.Sender.SendAsync(FakeInteractions.Command(first, "insiders", new Dictionary<string, object> { ["ticker"] = "AAPL" }, "0")));
        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        await discord.WaitForAsync(r => r.Path.Contains(FakeInteractions.TokenOf(first), StringComparison.Ordinal)); // its answer: the store has settled
        var unknown = await CommandAsync("insiders", new() { ["ticker"] = "ZZZQ" });
        Assert.Equal((4, 64), (unknown.GetProperty("type").GetInt32(), unknown.GetProperty("data").GetProperty("flags").GetInt32()));
        Assert.Contains("ZZZQ", unknown.GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_command_is_deferred_then_completed_by_editing_the_original()
    {
        var id = FakeInteractions.NextId();
        var sending = bot.Sender.SendAsync(FakeInteractions.Command(id, "slow"));
        Assert.Equal(TimeSpan.FromSeconds(1), await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(1)));
        clock.Advance(TimeSpan.FromSeconds(1));
        var answer = await Json(await sending.WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(5, answer.GetProperty("type").GetInt32());
        Assert.Empty(discord.RequestsTo("PATCH", "/webhooks/"));

        bot.Commands.Release.SetResult();
        var edit = await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{FakeInteractions.ApplicationId}/{FakeInteractions.TokenOf(id)}/messages/@original");
        Assert.Equal("Slow answer", edit.Json().GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(discord.RequestsTo("POST", "/interactions/"));
    }

    [Fact]
    public async Task Sigterm_with_a_deferred_http_answer_in_flight_waits_for_it_then_says_restarting()
    {
        var id = FakeInteractions.NextId();
        var sending = bot.Sender.SendAsync(FakeInteractions.Command(id, "slow"));
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await Json(await sending.WaitAsync(TimeSpan.FromSeconds(10)))).GetProperty("type").GetInt32());

        var stopped = bot.App.StopAsync();
        await clock.NextTimerAsync(d => d == Chat.AnswersInFlight.DrainFor);
        Assert.False(stopped.IsCompleted);
        clock.Advance(Chat.AnswersInFlight.DrainFor);
        await stopped.WaitAsync(TimeSpan.FromSeconds(10));

        var followUp = Assert.Single(discord.RequestsTo("POST", $"/webhooks/{FakeInteractions.ApplicationId}/{FakeInteractions.TokenOf(id)}"));
        Assert.Contains(Chat.AnswersInFlight.RestartingText, followUp.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_error_replaces_the_public_thinking_message_with_an_ephemeral_followup()
    {
        bot.Commands.SlowReply = Chat.Replies.ChatReply.Error("Something went wrong; try /help.");
        var id = FakeInteractions.NextId();
        var sending = bot.Sender.SendAsync(FakeInteractions.Command(id, "slow"));
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await Json(await sending.WaitAsync(TimeSpan.FromSeconds(10)))).GetProperty("type").GetInt32());

        bot.Commands.Release.SetResult();
        var webhook = $"/webhooks/{FakeInteractions.ApplicationId}/{FakeInteractions.TokenOf(id)}";
        var followup = await discord.WaitForAsync(r => r.Method == "POST" && r.Path == webhook);
        Assert.Equal(64, followup.Json().GetProperty("flags").GetInt32());
        Assert.Single(discord.RequestsTo("DELETE", webhook + "/messages/@original"));
        Assert.Empty(discord.RequestsTo("PATCH", webhook));
    }

    [Fact]
    public async Task A_slow_discord_holds_up_no_other_interaction_and_the_deferred_edit_is_sent_once()
    {
        var id = FakeInteractions.NextId();
        var original = $"/webhooks/{FakeInteractions.ApplicationId}/{FakeInteractions.TokenOf(id)}/messages/@original";
        var slowEdit = new TaskCompletionSource();
        discord.Hold(r => r.Method == "PATCH" && r.Path == original, slowEdit.Task);
        var received = clock.GetUtcNow();
        var sending = bot.Sender.SendAsync(FakeInteractions.Command(id, "slow"));
        await clock.NextTimerAsync(d => d == TimeSpan.FromSeconds(1));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(5, (await Json(await sending.WaitAsync(TimeSpan.FromSeconds(10)))).GetProperty("type").GetInt32());
        Assert.True(clock.GetUtcNow() - received < TimeSpan.FromSeconds(3));

        bot.Commands.Release.SetResult();
        await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path == original); // Discord sits on the edit
        var other = await CommandAsync("echo", new() { ["first"] = "meanwhile" });
        Assert.Equal(4, other.GetProperty("type").GetInt32());
        slowEdit.SetResult();

        Assert.Single(discord.RequestsTo("PATCH", original));
        Assert.Empty(discord.RequestsTo("POST", "/webhooks/"));
        Assert.Empty(discord.RequestsTo("POST", "/interactions/"));
    }

    [Fact]
    public async Task A_chart_reply_is_deferred_and_the_png_uploaded_with_the_edit()
    {
        var id = FakeInteractions.NextId();
        var answer = await Json(await bot.Sender.SendAsync(FakeInteractions.Command(id, "chart")));
        Assert.Equal(5, answer.GetProperty("type").GetInt32());
        var edit = await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains(FakeInteractions.TokenOf(id), StringComparison.Ordinal));
        Assert.True(edit.IsMultipart);
        Assert.Contains("filename=activity.png", edit.Text, StringComparison.Ordinal);
        Assert.Equal("attachment://activity.png", edit.Json().GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
    }

    [Fact]
    public async Task A_command_that_may_draw_a_chart_is_deferred_at_once_over_http_without_waiting_for_the_drawing()
    {
        var id = FakeInteractions.NextId();
        // The clock is never advanced: the deferral cannot have come from the 1 s timer, and the drawing is still held.
        var answer = await Json(await bot.Sender.SendAsync(FakeInteractions.Command(id, "drawing")).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal(5, answer.GetProperty("type").GetInt32());
        Assert.Empty(discord.RequestsTo("PATCH", "/webhooks/"));

        bot.Commands.Release.SetResult();
        var edit = await discord.WaitForAsync(r => r.Method == "PATCH" && r.Path.Contains(FakeInteractions.TokenOf(id), StringComparison.Ordinal));
        Assert.True(edit.IsMultipart);
        Assert.Equal("Drawn", edit.Json().GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Ticker_autocomplete_suggests_from_the_store()
    {
        bot.Get<InsiderStore>().ImportTickerMap([("AAPL", 320193, "Apple Inc."), ("AAP", 1158449, "Advance Auto Parts"), ("MSFT", 789019, "Microsoft")]);
        var answer = await Json(await bot.Sender.SendAsync(FakeInteractions.Autocomplete(FakeInteractions.NextId(), "insiders", "ticker", "aap")));
        Assert.Equal(8, answer.GetProperty("type").GetInt32());
        var values = answer.GetProperty("data").GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()).ToList();
        Assert.Contains("AAPL", values);
        Assert.DoesNotContain("MSFT", values);
    }

    [Fact]
    public async Task Many_concurrent_interactions_each_get_exactly_one_answer()
    {
        var ids = Enumerable.Range(0, 40).Select(_ => FakeInteractions.NextId()).ToList();
        var responses = await Task.WhenAll(ids.Select((id, i) => bot.Sender.SendAsync(i % 2 == 0
            ? FakeInteractions.Command(id, "echo", new Dictionary<string, object> { ["first"] = id })
            : FakeInteractions.Ping(id))));
        foreach (var (response, i) in responses.Select((r, i) => (r, i)))
        {
            var answer = await Json(response);
            Assert.Equal(i % 2 == 0 ? 4 : 1, answer.GetProperty("type").GetInt32());
            if (i % 2 == 0) Assert.StartsWith($"args:{ids[i]} ", answer.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString(), StringComparison.Ordinal);
        }

        Assert.Empty(discord.RequestsTo("POST", "/interactions/"));
    }
}
