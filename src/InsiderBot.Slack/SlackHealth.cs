using InsiderBot.Chat;
using InsiderBot.Chat.Replies;

namespace InsiderBot.Slack;

/// <summary>The adapter's state for <c>/readyz</c> and <c>/status</c>: a refused token or a disabled link is a problem.</summary>
public sealed class SlackHealth : IReadinessCheck, IStatusContributor
{
    private volatile string? stopped;
    private volatile bool connected;

    public bool Stopped => stopped is not null;

    /// <summary>Slack refused the bot for good (revoked token, Socket Mode switched off): say what to fix.</summary>
    public void Stop(string whatToFix) => stopped = whatToFix;

    public void Connected(bool value) => connected = value;

    public string? Problem() => stopped is { } reason ? "slack: " + reason : null;

    public IEnumerable<ReplyField> Status() =>
        [new ReplyField("Slack", stopped ?? (connected ? "connected" : "configured"))];
}
