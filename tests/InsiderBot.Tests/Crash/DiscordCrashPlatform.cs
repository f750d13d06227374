using InsiderBot.Fakes.Discord;

namespace InsiderBot.Tests.Crash;

/// <summary>The fake Discord, the bot in HTTP-interactions mode posting alerts through REST with a nonce.</summary>
internal sealed class DiscordCrashPlatform(FakeDiscord fake) : ICrashPlatform
{
    public static async Task<ICrashPlatform> StartAsync() => new DiscordCrashPlatform(await FakeDiscord.StartAsync());

    public string Platform => "discord";

    public string Workspace => "900000000000000001";

    public (string Market, string Watchlist) Channels => ("910000000000000001", "910000000000000002");

    public IEnumerable<string> Switches =>
    [
        "--Discord:Mode=http", "--Discord:Token=crash-test-token", "--Discord:ApplicationId=920000000000000001",
        $"--Discord:PublicKey={InteractionSender.PublicKeyHex}", $"--Discord:ApiBaseUrl={fake.ApiBaseUrl}", $"--Discord:GatewayUrl={fake.GatewayUrl}",
    ];

    public CrashHold HoldNextPost(bool afterEffect)
    {
        var hold = fake.HoldNextMessagePost(afterEffect);
        return new CrashHold(hold.Arrived, hold.Release);
    }

    public IReadOnlyList<string> Messages(string channel) => fake.ChannelMessages(channel).Select(m => m.Body).ToList();

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => fake.WaitUntilAsync(condition, timeout);

    public ValueTask DisposeAsync() => fake.DisposeAsync();
}
