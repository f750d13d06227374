using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Http;

/// <summary>
/// Every EDGAR request goes through here: one rate limiter, the declared User-Agent, gzip, backoff on 429 and the
/// 403 rate-limit page, jittered exponential retries on 5xx and timeouts, and retries then a <see cref="EdgarOutcome.Malformed"/>
/// answer for a truncated or malformed body.
/// </summary>
/// <param name="priority">Live polling's priority over background history work; none in a one-shot command.</param>
public sealed class EdgarClient(
    HttpClient http, EdgarRateLimiter limiter, IOptions<EdgarOptions> options, TimeProvider time, ILogger<EdgarClient> logger, Random? random = null,
    EdgarPriority? priority = null)
{
    private const int MaxBackoffSeconds = 120;
    private readonly EdgarOptions settings = options.Value;
    private readonly Random jitter = random ?? Random.Shared;

    public EdgarRateLimiter Limiter => limiter;

    /// <summary>A URL on <c>Edgar:BaseUrl</c> (www.sec.gov), from a path such as <c>/cgi-bin/browse-edgar?…</c>.</summary>
    public Uri Www(string pathAndQuery) => new(new Uri(settings.BaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));

    /// <summary>A URL on <c>Edgar:DataBaseUrl</c> (data.sec.gov).</summary>
    public Uri Data(string pathAndQuery) => new(new Uri(settings.DataBaseUrl.TrimEnd('/') + "/"), pathAndQuery.TrimStart('/'));

    /// <summary>Fetches a document; <paramref name="check"/> says whether a 200 body arrived whole (see <see cref="EdgarBody"/>).</summary>
    public async Task<EdgarResponse> GetAsync(Uri url, Func<byte[], string?> check, CancellationToken cancellationToken)
    {
        if (settings.UserAgentProblem() is { } problem) return new EdgarResponse(url, EdgarOutcome.Failed, [], 0, problem);

        string? lastProblem = null;
        var malformed = false;
        for (var attempt = 1; attempt <= settings.MaxAttempts; attempt++)
        {
            if (priority is not null) await priority.YieldAsync(cancellationToken).ConfigureAwait(false);
            await limiter.WaitAsync(cancellationToken).ConfigureAwait(false);
            var readingBody = false;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.RequestTimeout);
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.TryAddWithoutValidation("User-Agent", settings.UserAgent);
                using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                readingBody = true;
                var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                switch (response.StatusCode)
                {
                    case HttpStatusCode.OK:
                        lastProblem = check(body);
                        if (lastProblem is null) return new EdgarResponse(url, EdgarOutcome.Ok, body, attempt, null);
                        malformed = true;
                        logger.LogWarning("EDGAR {Url} attempt {Attempt}: {Problem}", url, attempt, lastProblem);
                        await BackoffAsync(attempt, cancellationToken).ConfigureAwait(false);
                        continue;
                    case HttpStatusCode.NotFound:
                        return new EdgarResponse(url, EdgarOutcome.NotFound, [], attempt, "404 not found");
                    case HttpStatusCode.TooManyRequests:
                        var wait = RetryAfter(response.Headers.RetryAfter) ?? settings.DefaultRetryAfter;
                        limiter.PauseFor(wait);
                        lastProblem = $"429 too many requests (Retry-After {wait})";
                        logger.LogWarning("EDGAR asked us to slow down ({Url}): pausing all requests for {Wait}", url, wait);
                        continue;
                    case HttpStatusCode.Forbidden when IsRateLimitPage(body):
                        limiter.PauseFor(settings.RateLimitCooldown);
                        lastProblem = "403 rate-limit page";
                        logger.LogWarning("EDGAR's rate-limit page ({Url}): pausing all requests for {Wait}", url, settings.RateLimitCooldown);
                        continue;
                    case HttpStatusCode.Forbidden:
                        return new EdgarResponse(url, EdgarOutcome.Failed, [], attempt,
                            $"403 forbidden: EDGAR refuses the request (check {EdgarOptions.UserAgentKey} names you and a contact e-mail)");
                    case >= HttpStatusCode.InternalServerError:
                        lastProblem = $"{status} from EDGAR";
                        malformed = false;
                        logger.LogWarning("EDGAR {Url} attempt {Attempt}: HTTP {Status}", url, attempt, status);
                        await BackoffAsync(attempt, cancellationToken).ConfigureAwait(false);
                        continue;
                    default:
                        return new EdgarResponse(url, EdgarOutcome.Failed, [], attempt, $"HTTP {status} from EDGAR");
                }
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested && ex is HttpRequestException or IOException or OperationCanceledException)
            {
                var timedOut = ex is OperationCanceledException;
                malformed = readingBody && !timedOut;
                lastProblem = timedOut ? $"no complete answer within {settings.RequestTimeout}"
                    : malformed ? $"the body was cut off ({ex.Message})" : $"the connection failed: {ex.Message}";
                logger.LogWarning("EDGAR {Url} attempt {Attempt}: {Problem}", url, attempt, lastProblem);
                await BackoffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }

        var outcome = malformed ? EdgarOutcome.Malformed : EdgarOutcome.Failed;
        return new EdgarResponse(url, outcome, [], settings.MaxAttempts, $"gave up after {settings.MaxAttempts} attempts: {lastProblem}");
    }

    /// <summary>Jittered exponential backoff: base × 2^(attempt−1) × [0.5, 1.5), capped.</summary>
    private Task BackoffAsync(int attempt, CancellationToken cancellationToken)
    {
        if (attempt >= settings.MaxAttempts) return Task.CompletedTask;
        var seconds = Math.Min(settings.RetryBaseDelay.TotalSeconds * Math.Pow(2, attempt - 1), MaxBackoffSeconds) * (0.5 + jitter.NextDouble());
        return Task.Delay(TimeSpan.FromSeconds(seconds), time, cancellationToken);
    }

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header)
    {
        if (header?.Delta is { } delta) return delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    /// <summary>EDGAR's "Request Rate Threshold Exceeded" page (as opposed to a plain refusal).</summary>
    private static bool IsRateLimitPage(byte[] body)
    {
        var text = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 16_384));
        return text.Contains("Request Rate Threshold Exceeded", StringComparison.OrdinalIgnoreCase)
            || text.Contains("exceeded the SEC's Web site traffic", StringComparison.OrdinalIgnoreCase)
            || text.Contains("rate limit", StringComparison.OrdinalIgnoreCase);
    }
}
