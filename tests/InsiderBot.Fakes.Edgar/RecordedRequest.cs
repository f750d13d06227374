namespace InsiderBot.Fakes.Edgar;

/// <summary>One request the fake saw, stamped with the test's clock, in arrival order.</summary>
public sealed record RecordedRequest(long Sequence, string PathAndQuery, DateTimeOffset At, string UserAgent, string AcceptEncoding, int Status);
