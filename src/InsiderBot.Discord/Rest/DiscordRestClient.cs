using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Rest;

/// <summary>
/// Discord's REST API on <c>Discord:ApiBaseUrl</c>: bot auth and User-Agent (set on the HttpClient), bucket-aware waits
/// before sending, <c>retry_after</c> on 429, backoff on 5xx, and a long pause when Cloudflare answers 429 with HTML.
/// </summary>
public sealed class DiscordRestClient(HttpClient http, DiscordRateLimiter limiter, TimeProvider time, ILogger<DiscordRestClient> logger)
{
    public const string UserAgent = "DiscordBot (https://github.com/insiderbot/insiderbot, 1.0)";
    public const int MaxAttempts = 4;

    /// <summary>Longest 429 wait taken inline; longer ones are handed back as <see cref="DiscordResponse.RetryAfter"/>.</summary>
    public static readonly TimeSpan MaxInlineWait = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long one attempt may take, on the client's <see cref="TimeProvider"/>. A timed-out attempt is retried like a
    /// dropped connection (alert posts carry a nonce, so Discord returns the first message); an interaction callback is
    /// not, because Discord may already hold it and a second one is refused (40060).
    /// </summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    /// <summary>How long every request stops after an HTML 429 (a Cloudflare ban of this IP).</summary>
    public static readonly TimeSpan CloudflarePause = TimeSpan.FromMinutes(15);

    public Task<DiscordResponse> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken) =>
        SendAsync(method, path, content, DiscordRoute.Of(method, path), cancellationToken);

    private async Task<DiscordResponse> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, DiscordRoute route, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var bucket = limiter.BucketFor(route);
            HttpStatusCode status;
            string body;
            string? mediaType;
            System.Net.Http.Headers.HttpResponseHeaders headers;
            await bucket.Turn.WaitAsync(cancellationToken);
            try
            {
                await limiter.WaitGlobalAsync(route, cancellationToken);
                var wait = limiter.BucketFor(route).WaitFrom(time.GetUtcNow());
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
                using var attemptTimeout = new CancellationTokenSource(RequestTimeout, time);
                using var limited = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, attemptTimeout.Token);
                using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content?.Invoke() };
                using var response = await http.SendAsync(request, limited.Token);
                status = response.StatusCode;
                headers = response.Headers;
                mediaType = response.Content.Headers.ContentType?.MediaType;
                body = await response.Content.ReadAsStringAsync(limited.Token);
                limiter.Learn(route, headers);
            }
            catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken) && attempt < MaxAttempts && !(ex is OperationCanceledException && route.IsInteractionCallback))
            {
                logger.LogWarning("Discord {Route} got no answer ({Error}); retrying", route.Template, ex.Message);
                await Task.Delay(Backoff(attempt), time, cancellationToken);
                continue;
            }
            catch (Exception ex) when (IsNetworkFailure(ex, cancellationToken))
            {
                return new DiscordResponse(HttpStatusCode.ServiceUnavailable, JsonSerializer.Serialize(new { message = ex.Message }), Backoff(attempt));
            }
            finally
            {
                bucket.Turn.Release();
            }

            if (status == HttpStatusCode.TooManyRequests)
            {
                if (mediaType != "application/json")
                {
                    limiter.PauseGlobal(CloudflarePause);
                    logger.LogError("Discord answered 429 without JSON on {Route}: Cloudflare has blocked this IP; pausing every request for {Pause}", route.Template, CloudflarePause);
                    return new DiscordResponse(status, "", CloudflarePause);
                }

                var (retryAfter, global) = RetryAfter(body, headers);
                if (global) limiter.PauseGlobal(retryAfter);
                else limiter.Block(route, retryAfter);
                logger.LogWarning("Discord rate-limited {Route} ({Scope}); waiting {RetryAfter}", route.Template, RateLimitScope(headers, global), retryAfter);
                if (retryAfter > MaxInlineWait || attempt >= MaxAttempts) return new DiscordResponse(status, body, retryAfter);
                continue;
            }

            if (IsTransient(status))
            {
                if (attempt >= MaxAttempts) return new DiscordResponse(status, body, Backoff(attempt));
                logger.LogWarning("Discord {Route} answered {Status}; retrying (attempt {Attempt})", route.Template, (int)status, attempt);
                await Task.Delay(Backoff(attempt), time, cancellationToken);
                continue;
            }

            return new DiscordResponse(status, body);
        }
    }

    /// <summary>1 s, 3 s, 5 s … as discord.py does for 5xx.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(1 + (2 * (attempt - 1)));

    /// <summary>No answer at all: connection refused or reset, or the attempt timed out (not the caller's cancellation).</summary>
    private static bool IsNetworkFailure(Exception ex, CancellationToken cancellationToken) =>
        ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static bool IsTransient(HttpStatusCode status) => (int)status is 500 or 502 or 503 or 504 or 524;

    private static (TimeSpan RetryAfter, bool Global) RetryAfter(string body, System.Net.Http.Headers.HttpResponseHeaders headers)
    {
        TimeSpan? fromBody = null;
        var global = DiscordRateLimiter.Header(headers, "X-RateLimit-Global") is "true";
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("retry_after", out var after) && after.TryGetDouble(out var seconds) && seconds >= 0) fromBody = TimeSpan.FromSeconds(seconds);
            if (root.TryGetProperty("global", out var g) && g.ValueKind == JsonValueKind.True) global = true;
        }
        catch (JsonException)
        {
            // Fall back to the header.
        }

        var wait = fromBody ?? DiscordRateLimiter.Seconds(DiscordRateLimiter.Header(headers, "Retry-After")) ?? TimeSpan.FromSeconds(1);
        return (wait, global);
    }

    private static string RateLimitScope(System.Net.Http.Headers.HttpResponseHeaders headers, bool global) =>
        DiscordRateLimiter.Header(headers, "X-RateLimit-Scope") ?? (global ? "global" : "user");
}
