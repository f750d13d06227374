namespace InsiderBot.Tests.Crash;

/// <summary>One fake chat platform as the kill -9 test drives it: how the bot is pointed at it, and what its channels show.</summary>
internal interface ICrashPlatform : IAsyncDisposable
{
    /// <summary>"discord" or "slack", as subscriptions name the platform.</summary>
    string Platform { get; }

    string Workspace { get; }

    /// <summary>A market-wide channel and a watchlist channel.</summary>
    (string Market, string Watchlist) Channels { get; }

    /// <summary>The <c>--Section:Key=value</c> switches that point the bot at the fake.</summary>
    IEnumerable<string> Switches { get; }

    /// <summary>Holds the next alert post: before it takes effect, or after the channel shows it and before the bot hears.</summary>
    CrashHold HoldNextPost(bool afterEffect);

    /// <summary>The bodies of the messages the channel shows (one per message, as last edited).</summary>
    IReadOnlyList<string> Messages(string channel);

    Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout);
}

/// <summary>A held post: completes <see cref="Arrived"/> when it is in flight; <see cref="Release"/> answers or drops it.</summary>
internal sealed record CrashHold(Task Arrived, Action<bool> Release);
