using Xunit.Abstractions;

namespace InsiderBot.Tests.Crash;

/// <summary>
/// Issue 8's crash test: the real bot as a child process, killed with SIGKILL at random moments (seeded) over more
/// than twenty restarts — while polling, mid-ingest, between outbox write and post, during a post, as a post is
/// answered — delivers every alert exactly once as the channel sees it and stores every filing once.
/// </summary>
[Collection(nameof(KillNineTests))]
public sealed class KillNineTests(ITestOutputHelper log)
{
    private const int Restarts = 22;

    [Fact]
    public async Task Discord_KilledAtRandomMoments_ShowsEveryAlertOnce()
    {
        await using var harness = new KillNineHarness(await DiscordCrashPlatform.StartAsync(), log);
        await harness.RunAsync(seed: 8_001, Restarts);
    }

    [Fact]
    public async Task Slack_KilledAtRandomMoments_ShowsEveryAlertOnce()
    {
        await using var harness = new KillNineHarness(await SlackCrashPlatform.StartAsync(), log);
        await harness.RunAsync(seed: 8_002, Restarts);
    }
}
