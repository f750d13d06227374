using System.Net;
using System.Text.Json.Nodes;

namespace InsiderBot.Slack.Tests;

public sealed class HttpCommandTests
{
    private static async Task<JsonObject> JsonOf(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    [Fact]
    public async Task A_signed_command_is_answered_inline_in_channel_with_its_arguments_split()
    {
        await using var host = await SlackTestHost.StartAsync();
        var answer = await JsonOf(await host.PostSignedAsync(host.CommandBody("/echo", "AAPL \"Musk Elon\" 90")));
        Assert.Equal("in_channel", answer["response_type"]!.ToString());
        Assert.Contains("AAPL|Musk Elon|90", answer["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("header", answer["blocks"]![0]!["type"]!.ToString());
        Assert.Equal(new Chat.ChatOrigin("slack", "T1", "C1", "U1", false), host.Commands.LastOrigin);
        Assert.Empty(host.Slack.Responses);
    }

    [Fact]
    public async Task Command_help_answers_with_the_commands_usage_ephemerally()
    {
        await using var host = await SlackTestHost.StartAsync();
        var answer = await JsonOf(await host.PostSignedAsync(host.CommandBody("/echo", "help")));
        Assert.Equal("ephemeral", answer["response_type"]!.ToString());
        Assert.Contains("/echo [word]", answer["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Commands.Runs);
    }

    [Fact]
    public async Task An_unknown_command_gets_an_ephemeral_error_saying_what_would_work()
    {
        await using var host = await SlackTestHost.StartAsync();
        var answer = await JsonOf(await host.PostSignedAsync(host.CommandBody("/nope", "")));
        Assert.Equal("ephemeral", answer["response_type"]!.ToString());
        Assert.Contains("/echo", answer["text"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_signature_gets_401_and_runs_nothing()
    {
        await using var host = await SlackTestHost.StartAsync();
        var body = host.CommandBody("/echo", "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostSignedAsync(body, signature: "v0=" + new string('0', 64))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostSignedAsync(body, timestamp: host.Time.GetUtcNow().ToUnixTimeSeconds() - 301)).StatusCode);
        using var unsigned = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Http.PostAsync(SlackEndpoints.CommandsPath, unsigned)).StatusCode);
        Assert.Equal(0, host.Commands.Runs);
    }

    [Fact]
    public async Task Ssl_check_gets_200()
    {
        await using var host = await SlackTestHost.StartAsync();
        using var content = new StringContent("ssl_check=1&token=abc", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        Assert.Equal(HttpStatusCode.OK, (await host.Http.PostAsync(SlackEndpoints.CommandsPath, content)).StatusCode);
        Assert.Equal(0, host.Commands.Runs);
    }

    [Fact]
    public async Task A_retried_delivery_is_not_executed_twice()
    {
        await using var host = await SlackTestHost.StartAsync();
        var body = host.CommandBody("/echo", "once", trigger: "trig-42");
        await JsonOf(await host.PostSignedAsync(body));
        var retry = await host.PostSignedAsync(body, retryNum: 1);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal("", await retry.Content.ReadAsStringAsync());
        Assert.Equal(1, host.Commands.Runs);
    }

    [Fact]
    public async Task A_slow_command_is_acknowledged_at_once_and_answered_once_through_response_url()
    {
        await using var host = await SlackTestHost.StartAsync();
        var pending = host.PostSignedAsync(host.CommandBody("/slow", "", responseId: "slow-1"));
        await host.Commands.SlowStarted.Task.WaitAsync(SlackTestHost.Wait);
        host.Time.Advance(TimeSpan.FromSeconds(3)); // past the ack budget on the adapter's clock
        var ack = await pending.WaitAsync(SlackTestHost.Wait);
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        Assert.Empty(host.Slack.Responses);

        host.Commands.SlowGate.SetResult();
        var late = await host.Slack.NextResponseAsync(SlackTestHost.Wait);
        Assert.Equal("slow-1", late.ResponseId);
        Assert.Equal("in_channel", late.Message["response_type"]!.ToString());
        Assert.Contains("done at last", late.Message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Slack.ResponsesFor("slow-1"));
    }

    [Fact]
    public async Task A_rate_limited_response_url_is_retried_and_the_late_answer_still_arrives_once()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.RateLimitNextResponse(retryAfterSeconds: 0, times: 2);
        var pending = host.PostSignedAsync(host.CommandBody("/slow", "", responseId: "slow-429"));
        await host.Commands.SlowStarted.Task.WaitAsync(SlackTestHost.Wait);
        host.Time.Advance(TimeSpan.FromSeconds(3));
        await pending.WaitAsync(SlackTestHost.Wait);

        host.Commands.SlowGate.SetResult();
        var late = await host.Slack.NextResponseAsync(SlackTestHost.Wait);
        Assert.Equal("slow-429", late.ResponseId);
        Assert.Contains("done at last", late.Message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Slack.ResponsesFor("slow-429"));
    }

    [Fact]
    public async Task Subscribe_is_refused_to_members_and_allowed_to_workspace_admins()
    {
        await using var host = await SlackTestHost.StartAsync();
        host.Slack.SetUser("UADMIN", isAdmin: true);
        host.Slack.SetUser("UMEMBER", isAdmin: false);

        var refused = await JsonOf(await host.PostSignedAsync(host.CommandBody("/subscribe", "AAPL", user: "UMEMBER", trigger: "t1")));
        Assert.Equal("ephemeral", refused["response_type"]!.ToString());
        Assert.Contains("workspace admins", refused["text"]!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Manage Channels", refused.ToJsonString(), StringComparison.Ordinal); // Discord's permissions mean nothing on Slack

        var allowed = await JsonOf(await host.PostSignedAsync(host.CommandBody("/subscribe", "AAPL", user: "UADMIN", trigger: "t2")));
        Assert.Equal("in_channel", allowed["response_type"]!.ToString());
        Assert.Contains("alerts for AAPL", allowed["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(["UMEMBER", "UADMIN"], host.Slack.CallsTo("users.info").Select(c => c.Argument("user")));
        Assert.All(host.Slack.CallsTo("users.info"), c => Assert.Equal(SlackTestHost.BotToken, c.Token));
    }

    [Fact]
    public async Task Users_listed_in_AdminUserIds_may_subscribe_without_a_users_info_call()
    {
        await using var host = await SlackTestHost.StartAsync(settings: new() { ["Slack:AdminUserIds:0"] = "UBOSS" });
        var allowed = await JsonOf(await host.PostSignedAsync(host.CommandBody("/subscribe", "MSFT", user: "UBOSS")));
        Assert.Equal("in_channel", allowed["response_type"]!.ToString());
        Assert.Empty(host.Slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task Commands_that_need_no_permission_make_no_users_info_call()
    {
        await using var host = await SlackTestHost.StartAsync();
        var answer = await JsonOf(await host.PostSignedAsync(host.CommandBody("/echo", "x")));
        Assert.Equal("in_channel", answer["response_type"]!.ToString());
        Assert.Contains("x", answer["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Empty(host.Slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task A_chart_is_shared_in_the_channel_with_the_external_upload_flow()
    {
        await using var host = await SlackTestHost.StartAsync();
        await JsonOf(await host.PostSignedAsync(host.CommandBody("/chart", "")));
        var complete = await host.Slack.NextCallAsync("files.completeUploadExternal", SlackTestHost.Wait);
        Assert.Equal("C1", complete.Argument("channel_id"));
        var ticket = Assert.Single(host.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.Equal("chart.png", ticket.Argument("filename"));
        Assert.Equal("4", ticket.Argument("length"));
        Assert.Equal(new byte[] { 137, 80, 78, 71 }, Assert.Single(host.Slack.Uploads).Value);
    }

    [Fact]
    public async Task A_command_that_may_draw_a_chart_is_acknowledged_at_once_and_answered_once_via_response_url()
    {
        await using var host = await SlackTestHost.StartAsync();
        // The drawing is held and the clock never moves: the empty ack cannot have come from the 2.5 s deadline.
        var ack = await host.PostSignedAsync(host.CommandBody("/drawing", "", responseId: "draw-1"));
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        Assert.Equal("", await ack.Content.ReadAsStringAsync());
        Assert.Empty(host.Slack.Responses);

        host.Commands.SlowGate.SetResult();
        var answer = await host.Slack.NextResponseAsync(SlackTestHost.Wait);
        Assert.Equal("draw-1", answer.ResponseId);
        Assert.Contains("drawn at last", answer.Message["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Single(host.Slack.ResponsesFor("draw-1"));
    }

    [Fact]
    public async Task A_command_that_may_draw_a_chart_refuses_a_typo_in_the_ack_itself_privately()
    {
        await using var host = await SlackTestHost.StartAsync();
        var answer = await JsonOf(await host.PostSignedAsync(host.CommandBody("/drawing", "typo", responseId: "draw-2")));
        Assert.Equal("ephemeral", answer["response_type"]!.ToString());
        Assert.Contains("try /drawing AAPL", answer["text"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, host.Commands.Runs);
        Assert.Empty(host.Slack.ResponsesFor("draw-2"));
    }
}
