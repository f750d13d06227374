namespace InsiderBot.Edgar.Http;

public enum EdgarOutcome
{
    /// <summary>A complete, well-formed body.</summary>
    Ok,
    /// <summary>EDGAR has no such document (404).</summary>
    NotFound,
    /// <summary>Every attempt gave a truncated or malformed body: quarantine it, never store half of it.</summary>
    Malformed,
    /// <summary>EDGAR kept failing (5xx, timeouts) or refused us for good (403 without the rate-limit page, other 4xx).</summary>
    Failed,
}
