namespace InsiderBot.Slack.SocketMode;

/// <summary>
/// When a Socket Mode connection last heard anything from Slack, on the <see cref="TimeProvider"/>: envelopes, Slack's
/// pings and the pongs to ours all count. A socket that stays silent past <see cref="SilenceLimit"/> is dead even if
/// it was never closed (a half-open TCP connection, a frozen peer).
/// </summary>
public sealed class SocketLiveness(TimeProvider time)
{
    /// <summary>How often the client pings (WebSocket ping frames) and the watchdog looks.</summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(5);

    /// <summary>Silence that means the socket is dead: two pings in a row went unanswered.</summary>
    public static readonly TimeSpan SilenceLimit = KeepAlive * 3;

    private long lastHeard = time.GetUtcNow().UtcTicks;

    public DateTimeOffset LastHeard => new(Interlocked.Read(ref lastHeard), TimeSpan.Zero);

    /// <summary>How long the socket has been silent.</summary>
    public TimeSpan Silence => time.GetUtcNow() - LastHeard;

    public void Heard() => Interlocked.Exchange(ref lastHeard, time.GetUtcNow().UtcTicks);
}
