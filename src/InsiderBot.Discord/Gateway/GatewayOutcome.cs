namespace InsiderBot.Discord.Gateway;

/// <summary>How a gateway connection ended, and so what the next one does.</summary>
public enum GatewayOutcome
{
    /// <summary>Reconnect to <c>resume_gateway_url</c> and send Resume (op 7, resumable closes, dropped sockets, zombies).</summary>
    Resume,
    /// <summary>Resume at once: Discord asked for the reconnect (op 7).</summary>
    ResumeNow,
    /// <summary>The session is gone (op 9 d:false, 4003, 4007, 4009): Identify anew.</summary>
    Identify,
    /// <summary>A close code that forbids reconnecting (4004, 4010–4014): stop the bot.</summary>
    Fatal,
    /// <summary>The bot is shutting down.</summary>
    Stopped,
}
