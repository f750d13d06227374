namespace InsiderBot.Discord.Gateway;

/// <summary>What survives a reconnect: the session to resume and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private long sequence = -1;

    public string? SessionId { get; set; }

    public string? ResumeUrl { get; set; }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    /// <summary>The last non-null <c>s</c>, or null before the first dispatch.</summary>
    public long? Sequence
    {
        get { var s = Interlocked.Read(ref sequence); return s < 0 ? null : s; }
        set => Interlocked.Exchange(ref sequence, value ?? -1);
    }

    public void Forget()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
