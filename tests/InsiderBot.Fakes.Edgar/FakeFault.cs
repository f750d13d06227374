namespace InsiderBot.Fakes.Edgar;

/// <summary>What the fake does instead of answering normally.</summary>
public enum FakeFault
{
    /// <summary>429 with <c>Retry-After</c> (seconds from <see cref="FakeEdgar.RetryAfterSeconds"/>).</summary>
    TooManyRequests,
    /// <summary>403 with a rate-limit page.</summary>
    RateLimitPage,
    /// <summary>403 with the "Undeclared Automated Tool" page, as EDGAR answers a request without a User-Agent.</summary>
    UndeclaredTool,
    /// <summary>503 with EDGAR's real "Service Unavailable" page.</summary>
    ServiceUnavailable,
    /// <summary>Sends nothing until the client gives up.</summary>
    Slow,
    /// <summary>Declares the full length, sends half, and drops the connection.</summary>
    Truncated,
    /// <summary>Sends the first half of the document as if it were whole (malformed XML/JSON).</summary>
    Malformed,
}
