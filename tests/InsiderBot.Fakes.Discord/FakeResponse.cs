namespace InsiderBot.Fakes.Discord;

/// <summary>An injected answer for the next request that matches: any status, real rate-limit headers, optionally held until released.</summary>
public sealed record FakeResponse(int Status, string Body = "", string ContentType = "application/json")
{
    public Dictionary<string, string> Headers { get; init; } = [];

    /// <summary>When set, the response waits for this task (a slow Discord) before answering.</summary>
    public Task? Hold { get; init; }

    public static FakeResponse RateLimited(double retryAfter, string bucket = "abcd1234", bool global = false, string scope = "user") => new(
        429,
        $"{{\"message\":\"You are being rate limited.\",\"retry_after\":{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"global\":{(global ? "true" : "false")}}}")
    {
        Headers = global
            ? new() { ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture), ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global" }
            : new()
            {
                ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["X-RateLimit-Limit"] = "5",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["X-RateLimit-Bucket"] = bucket,
                ["X-RateLimit-Scope"] = scope,
            },
    };

    /// <summary>
    /// A shared-resource 429 shaped like Discord's documented example: <c>X-RateLimit-Scope: shared</c>, the bot's own
    /// bucket still has requests left (<c>Remaining: 9</c>, a short reset) but the resource is limited for
    /// <c>retry_after</c>. Not global, and it does not count towards the invalid-request limit.
    /// </summary>
    public static FakeResponse SharedRateLimited(double retryAfter, string bucket = "shared1") => new(
        429,
        $"{{\"message\":\"The resource is being rate limited.\",\"retry_after\":{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)},\"global\":false}}")
    {
        Headers = new()
        {
            ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["X-RateLimit-Limit"] = "10",
            ["X-RateLimit-Remaining"] = "9",
            ["X-RateLimit-Reset-After"] = "0.25",
            ["X-RateLimit-Bucket"] = bucket,
            ["X-RateLimit-Scope"] = "shared",
        },
    };

    /// <summary>Cloudflare's ban page: HTML, no rate-limit headers.</summary>
    public static FakeResponse CloudflareBan() => new(429, "<html><body>Error 1015: You are being rate limited</body></html>", "text/html");

    public static FakeResponse ServerError(int status = 502) => new(status, "{\"message\":\"Bad gateway\",\"code\":0}");
}
