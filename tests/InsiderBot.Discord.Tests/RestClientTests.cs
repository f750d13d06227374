using System.Net;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using InsiderBot.Discord.Tests.Support;
using InsiderBot.Fakes.Discord;

namespace InsiderBot.Discord.Tests;

public sealed class RestClientTests : IAsyncLifetime
{
    private RestHarness harness = null!;

    public async Task InitializeAsync() => harness = await RestHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    private Task<DiscordResponse> Post(string channel) =>
        harness.Rest.SendAsync(HttpMethod.Post, $"channels/{channel}/messages", () => DiscordMessage.Json(new System.Text.Json.Nodes.JsonObject { ["content"] = "hi" }), CancellationToken.None);

    /// <summary>The next wait the client starts (not the per-attempt timeout every request arms).</summary>
    private Task<TimeSpan> NextWaitAsync() => harness.Clock.NextTimerAsync(d => d != DiscordRestClient.RequestTimeout);

    private static bool To(RecordedRequest r, string channel) => r.Path == $"/channels/{channel}/messages";

    [Fact]
    public async Task Requests_carry_bot_auth_and_a_discord_user_agent()
    {
        Assert.True((await Post("1")).IsSuccess);
        var request = Assert.Single(harness.Discord.Requests);
        Assert.Equal("Bot test-token", request.Header("Authorization"));
        Assert.StartsWith("DiscordBot (", request.Header("User-Agent"), StringComparison.Ordinal);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_is_not_retried_before_retry_after()
    {
        harness.Discord.Inject(r => To(r, "1"), FakeResponse.RateLimited(5.5));
        var sending = Post("1");
        Assert.Equal(TimeSpan.FromSeconds(5.5), await NextWaitAsync());
        harness.Clock.Advance(TimeSpan.FromSeconds(5));
        harness.Clock.Advance(TimeSpan.FromSeconds(0.5));

        var response = await sending.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(response.IsSuccess);
        var posts = harness.Discord.Requests.Where(r => To(r, "1")).ToList();
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(5.5), $"retried after {posts[1].At - posts[0].At}");
    }

    [Fact]
    public async Task An_exhausted_bucket_waits_for_its_reset_before_the_next_request()
    {
        harness.Discord.Inject(r => To(r, "2"), new FakeResponse(200, "{\"id\":\"9\"}")
        {
            Headers = new() { ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "3.25", ["X-RateLimit-Bucket"] = "msgs" },
        });
        Assert.True((await Post("2")).IsSuccess);
        var second = Post("2");
        Assert.Equal(TimeSpan.FromSeconds(3.25), await NextWaitAsync());
        harness.Clock.Advance(TimeSpan.FromSeconds(3.25));
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);

        var posts = harness.Discord.Requests.Where(r => To(r, "2")).ToList();
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(3.25));
        // Another channel is another bucket (major parameter): it does not wait.
        Assert.True((await Post("3").WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
    }

    [Fact]
    public async Task A_global_429_holds_every_route()
    {
        harness.Discord.Inject(r => To(r, "4"), FakeResponse.RateLimited(2, global: true));
        var first = Post("4");
        await NextWaitAsync();
        var other = Post("5");
        await NextWaitAsync();
        harness.Clock.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));

        var limited = harness.Discord.Requests.First(r => To(r, "4"));
        Assert.All(harness.Discord.Requests.Where(r => r != limited), r => Assert.True(r.At - limited.At >= TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff()
    {
        harness.Discord.Inject(r => To(r, "6"), FakeResponse.ServerError(502));
        harness.Discord.Inject(r => To(r, "6"), FakeResponse.ServerError(500));
        var sending = Post("6");
        Assert.Equal(DiscordRestClient.Backoff(1), await NextWaitAsync());
        harness.Clock.Advance(DiscordRestClient.Backoff(1));
        Assert.Equal(DiscordRestClient.Backoff(2), await NextWaitAsync());
        harness.Clock.Advance(DiscordRestClient.Backoff(2));
        Assert.True((await sending.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.Equal(3, harness.Discord.Requests.Count);
    }

    [Fact]
    public async Task An_html_429_pauses_everything_for_long_and_is_not_retried()
    {
        harness.Discord.Inject(r => To(r, "7"), FakeResponse.CloudflareBan());
        var response = await Post("7");
        Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
        Assert.Equal(DiscordRestClient.CloudflarePause, response.RetryAfter);
        Assert.Single(harness.Discord.Requests);
        Assert.Equal(harness.Clock.GetUtcNow() + DiscordRestClient.CloudflarePause, harness.Limiter.GlobalPausedUntil);
    }

    [Fact]
    public async Task After_an_html_429_no_request_goes_out_before_the_long_pause_ends()
    {
        harness.Discord.Inject(r => To(r, "30"), FakeResponse.CloudflareBan());
        await Post("30");
        var banned = Assert.Single(harness.Discord.Requests);

        var other = Post("31"); // another route: the ban is on the IP, not the route
        Assert.Equal(DiscordRestClient.CloudflarePause, await NextWaitAsync());
        Assert.Single(harness.Discord.Requests);
        harness.Clock.Advance(DiscordRestClient.CloudflarePause);
        Assert.True((await other.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.True(harness.Discord.Requests.Single(r => To(r, "31")).At - banned.At >= DiscordRestClient.CloudflarePause);
    }

    [Fact]
    public async Task A_shared_429_holds_that_route_for_retry_after_without_touching_the_global_limit()
    {
        // Discord's shared example: the bot's bucket says 9 left and a 0.25 s reset, but the resource is limited for 3.5 s.
        harness.Discord.Inject(r => To(r, "20"), FakeResponse.SharedRateLimited(3.5));
        var first = Post("20");
        Assert.Equal(TimeSpan.FromSeconds(3.5), await NextWaitAsync());
        var second = Post("20"); // another caller on the same route queues behind the wait

        // Not global: another channel goes out at once, on the fake clock, and the bot-wide pause is untouched.
        Assert.True((await Post("21").WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.Equal(harness.Clock.GetUtcNow(), harness.Discord.Requests.Single(r => To(r, "21")).At);
        Assert.Equal(DateTimeOffset.MinValue, harness.Limiter.GlobalPausedUntil);
        Assert.Single(harness.Discord.Requests, r => To(r, "20"));

        harness.Clock.Advance(TimeSpan.FromSeconds(3.5));
        Assert.True((await first.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        Assert.True((await second.WaitAsync(TimeSpan.FromSeconds(10))).IsSuccess);
        var posts = harness.Discord.Requests.Where(r => To(r, "20")).ToList();
        Assert.Equal(3, posts.Count);
        Assert.All(posts.Skip(1), r => Assert.True(r.At - posts[0].At >= TimeSpan.FromSeconds(3.5), $"sent {r.At - posts[0].At} after the 429"));
    }

    [Fact]
    public async Task A_timed_out_interaction_callback_is_not_sent_twice()
    {
        // Discord may already hold the answer; a second callback would be refused (40060) and count as a second answer.
        var slow = new TaskCompletionSource();
        const string callback = "/interactions/41/tok-41/callback";
        harness.Discord.Hold(r => r.Path == callback, slow.Task);
        var answering = harness.Rest.SendAsync(HttpMethod.Post, callback.TrimStart('/'), () => DiscordMessage.Json(new System.Text.Json.Nodes.JsonObject { ["type"] = 5 }), CancellationToken.None);
        await harness.Discord.WaitForAsync(r => r.Path == callback);
        await harness.Clock.NextTimerAsync(d => d == DiscordRestClient.RequestTimeout);
        harness.Clock.Advance(DiscordRestClient.RequestTimeout);

        var response = await answering.WaitAsync(TimeSpan.FromSeconds(10));
        slow.SetResult();
        Assert.False(response.IsSuccess);
        Assert.Single(harness.Discord.RequestsTo("POST", callback));
        Assert.Equal(1, harness.Discord.AnswersFor("41"));
    }

    [Fact]
    public async Task A_long_retry_after_is_handed_back_instead_of_waited()
    {
        harness.Discord.Inject(r => To(r, "8"), FakeResponse.RateLimited(120, scope: "shared"));
        var response = await Post("8");
        Assert.Equal(TimeSpan.FromSeconds(120), response.RetryAfter);
        Assert.Single(harness.Discord.Requests);
    }

    [Theory]
    [InlineData("POST", "/channels/123/messages", "POST /channels/{channels}/messages", "123")]
    [InlineData("PATCH", "/channels/123/messages/456", "PATCH /channels/{channels}/messages/{id}", "123")]
    [InlineData("PATCH", "/webhooks/1/tok/messages/@original", "PATCH /webhooks/{webhooks}/{token}/messages/@original", "1/tok")]
    [InlineData("PUT", "/applications/9/guilds/8/commands", "PUT /applications/{id}/guilds/{guilds}/commands", "8")]
    public void Routes_keep_major_parameters_and_blank_the_rest(string method, string path, string template, string major)
    {
        var route = DiscordRoute.Of(new HttpMethod(method), path);
        Assert.Equal(template, route.Template);
        Assert.Equal(major, route.Major);
    }
}
