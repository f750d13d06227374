using InsiderBot.Fakes.Slack;

namespace InsiderBot.Tests.Crash;

/// <summary>The fake Slack, the bot in HTTP-commands mode posting alerts with <c>chat.postMessage</c>.</summary>
internal sealed class SlackCrashPlatform(FakeSlack fake) : ICrashPlatform
{
    public static async Task<ICrashPlatform> StartAsync() => new SlackCrashPlatform(await FakeSlack.StartAsync());

    public string Platform => "slack";

    public string Workspace => "T1";

    public (string Market, string Watchlist) Channels => ("CMARKET01", "CWATCH01");

    public IEnumerable<string> Switches =>
    [
        "--Slack:Mode=http", "--Slack:BotToken=xoxb-crash-test", "--Slack:SigningSecret=crash-test-signing-secret",
        $"--Slack:ApiBaseUrl={fake.ApiBaseUrl}",
    ];

    public CrashHold HoldNextPost(bool afterEffect)
    {
        var hold = fake.HoldNext("chat.postMessage", afterEffect);
        return new CrashHold(hold.Arrived, hold.Release);
    }

    public IReadOnlyList<string> Messages(string channel) => fake.Messages(channel).Select(m => m.ToJsonString()).ToList();

    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => fake.WaitUntilAsync(condition, timeout);

    public ValueTask DisposeAsync() => fake.DisposeAsync();
}
