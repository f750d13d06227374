namespace InsiderBot.Tests.Crash;

/// <summary>Where a run of the bot is killed with SIGKILL.</summary>
internal enum KillPoint
{
    /// <summary>Right after the fake EDGAR answered the bot's n-th request of the run (feed, folder index, document, tickers).</summary>
    WhilePolling,
    /// <summary>Right after the n-th Form 4 document of the run was served: in the middle of ingesting a batch.</summary>
    WhileIngesting,
    /// <summary>The alert is in the outbox and its post is in flight, but the channel does not show it yet.</summary>
    BeforePostShows,
    /// <summary>The channel shows the alert; the bot has not heard back.</summary>
    AfterPostShows,
    /// <summary>The answer to the post is sent; racing the bot recording it.</summary>
    AsPostIsAnswered,
}
