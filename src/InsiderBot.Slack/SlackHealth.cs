using InsiderBot.Health;
using Microsoft.Extensions.Options;

namespace InsiderBot.Slack;

/// <summary>
/// The adapter's state for <c>/readyz</c> and <c>/status</c>: a refused token or a disabled link is a problem, and in
/// Socket Mode so is having no open socket (HTTP mode's Web API is checked by <see cref="WebApi.SlackApiProbe"/>).
/// </summary>
public sealed class SlackHealth(IOptions<SlackOptions> options) : IReadinessCheck, IStatusContributor
{
    private volatile string? stopped;
    private volatile bool connected;

    public bool Stopped => stopped is not null;

    /// <summary>Slack refused the bot for good (revoked token, Socket Mode switched off): say what to fix.</summary>
    public void Stop(string whatToFix) => stopped = whatToFix;

    public void Connected(bool value) => connected = value;

    public string? Problem() => stopped is { } reason ? "slack: " + reason
        : !connected && !options.Value.IsHttpMode ? "slack: Socket Mode not connected"
        : null;

    public IEnumerable<StatusLine> Status() =>
        [new StatusLine("Slack", stopped ?? (connected ? "connected" : "configured"))];
}
