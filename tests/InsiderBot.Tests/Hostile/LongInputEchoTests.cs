using InsiderBot.Testing;

namespace InsiderBot.Tests.Hostile;

/// <summary>
/// A 10,000-character argument to every command, through the real host: every refusal repeats at most a short clip
/// of what was typed.
/// </summary>
public sealed class LongInputEchoTests(SeededStore seeded) : IClassFixture<SeededStore>, IDisposable
{
    private static readonly string Long = new('x', 10_000);

    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    public static TheoryData<string> Lines() =>
    [
        "/" + Long,
        "/explain " + Long,
        "/help " + Long,
        "/insiders " + Long,
        "/insiders TSLA " + Long,
        "/insider " + Long,
        "/superinvestors " + Long,
        "/subscribe " + Long,
        "/subscribe signals:" + Long,
        "/subscribe min_value:" + Long,
        "/unsubscribe " + Long,
        "/unsubscribe signals:" + Long,
        "/clusters " + Long,
        "/ratio " + Long,
        "/status " + Long,
        "/quarantine " + Long,
        "/subscriptions " + Long,
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public async Task Ask_TenThousandCharacterArgument_IsEchoedClipped(string line)
    {
        var (exit, output, error) = await BotRun.RunAsync(["ask", line, "--store", seeded.Copy(temp)]);

        Assert.DoesNotContain(new string('x', 31), output + error, StringComparison.Ordinal);
        // The positive control: a real one-line answer or refusal came back, not a crash or silence.
        Assert.InRange(exit, 0, 1);
        Assert.False(string.IsNullOrWhiteSpace(output + error), "no answer at all");
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }
}
