using InsiderBot.Discord.Rest;
using InsiderBot.Fakes.Discord;

namespace InsiderBot.Discord.Tests;

public sealed class RateLimiterMemoryTests
{
    [Fact]
    public void A_million_interactions_leave_a_bounded_number_of_buckets()
    {
        var clock = new TestClock();
        var limiter = new DiscordRateLimiter(clock);
        var most = 0;
        for (var i = 0; i < 1_000_000; i++)
        {
            // Each interaction is answered and its @original edited: two routes keyed by its own token. 40 a second, 7 hours.
            var token = "token-" + i;
            limiter.BucketFor(DiscordRoute.Of(HttpMethod.Post, $"interactions/{i + 1}/{token}/callback"));
            limiter.BucketFor(DiscordRoute.Of(HttpMethod.Patch, $"webhooks/{FakeInteractions.ApplicationId}/{token}/messages/@original"));
            if (i % 40 == 39) clock.Advance(TimeSpan.FromSeconds(1));
            most = Math.Max(most, limiter.BucketCount);
        }

        // A minute of this traffic is 4,800 buckets; kept forever there would be 2,000,000.
        Assert.True(most <= 4 * 4_800, $"{most} buckets at most");
    }
}
