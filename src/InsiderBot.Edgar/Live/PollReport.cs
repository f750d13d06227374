namespace InsiderBot.Edgar.Live;

/// <summary>What one poll cycle did.</summary>
public sealed record PollReport(int FeedPages, int IndexDays, int Found, int Stored, int Duplicates, int SetAside, int Quarantined, bool Deferred, string? Problem);
