namespace InsiderBot.Fakes.Slack;

/// <summary>A scripted misbehaviour for the next call of a method.</summary>
public sealed record FakeSlackFault(string? Error = null, int? RetryAfterSeconds = null, bool DoThenFail = false);
