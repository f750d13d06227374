using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Slack.WebApi;

/// <summary>
/// The Slack Web API on <c>Slack:ApiBaseUrl</c>: POSTs with the bot token (or the app token for
/// <c>apps.connections.open</c>) and turns every answer, including 429 and network failures, into a <see cref="SlackApiResult"/>.
/// </summary>
public sealed class SlackWebApi(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackWebApi> logger)
{
    public const string HttpClientName = "slack";

    /// <summary>How long a <c>response_url</c> stays usable (Slack: 30 minutes); 429s are waited out within it.</summary>
    public static readonly TimeSpan ResponseUrlLifetime = TimeSpan.FromMinutes(30);

    private readonly SlackOptions slack = options.Value;

    /// <summary>Calls a method with a JSON body (chat.postMessage, chat.update, files.completeUploadExternal).</summary>
    public Task<SlackApiResult> CallAsync(string method, JsonObject arguments, CancellationToken cancellationToken) =>
        SendAsync(method, JsonContent.Create(arguments, options: JsonOptions), slack.BotToken, cancellationToken);

    /// <summary>Calls a method with form arguments (users.info, conversations.history, files.getUploadURLExternal).</summary>
    public Task<SlackApiResult> CallFormAsync(string method, IEnumerable<KeyValuePair<string, string>> arguments, CancellationToken cancellationToken, string? token = null) =>
        SendAsync(method, new FormUrlEncodedContent(arguments), token ?? slack.BotToken, cancellationToken);

    /// <summary><c>apps.connections.open</c> with the app-level token: the WebSocket URL for Socket Mode.</summary>
    public Task<SlackApiResult> OpenConnectionAsync(CancellationToken cancellationToken) =>
        CallFormAsync("apps.connections.open", [], cancellationToken, slack.AppToken);

    /// <summary>
    /// POSTs a slash-command answer to its <c>response_url</c> (no token: the URL is the credential). A 429 is waited
    /// out (<c>Retry-After</c>, else 1 s) and retried while the URL lives; an answer that still cannot go is logged as
    /// an error, never dropped silently.
    /// </summary>
    public async Task<bool> RespondAsync(Uri responseUrl, JsonObject message, CancellationToken cancellationToken)
    {
        var expires = time.GetUtcNow() + ResponseUrlLifetime;
        try
        {
            while (true)
            {
                using var response = await http.PostAsJsonAsync(responseUrl, message, JsonOptions, cancellationToken);
                if (response.IsSuccessStatusCode) return true;
                var wait = RetryAfter(response) ?? TimeSpan.FromSeconds(1);
                if (response.StatusCode != HttpStatusCode.TooManyRequests || time.GetUtcNow() + wait >= expires)
                {
                    logger.LogError("Slack refused a command answer at response_url (HTTP {Status}); the answer is lost", (int)response.StatusCode);
                    return false;
                }

                logger.LogWarning("Slack rate-limited a command answer at response_url; retrying in {Wait}", wait);
                await Task.Delay(wait, time, cancellationToken);
            }
        }
        catch (HttpRequestException ex)
        {
            logger.LogError(ex, "Could not send a command answer to response_url; the answer is lost");
            return false;
        }
    }

    /// <summary>Step 2 of a file upload: the bytes to the URL from <c>files.getUploadURLExternal</c>.</summary>
    public async Task<bool> UploadBytesAsync(Uri uploadUrl, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            using var response = await http.PostAsync(uploadUrl, content, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Could not upload a file to Slack");
            return false;
        }
    }

    private async Task<SlackApiResult> SendAsync(string method, HttpContent content, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, slack.MethodUri(method)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var retryAfter = RetryAfter(response);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                return new SlackApiResult(false, "ratelimited", [], 429, retryAfter ?? SlackErrors.DefaultRateLimitWait);
            if (!response.IsSuccessStatusCode) return SlackApiResult.Failed("http_error", (int)response.StatusCode);

            var body = await response.Content.ReadFromJsonAsync<JsonObject>(JsonOptions, cancellationToken);
            if (body is null) return SlackApiResult.Failed("invalid_response", (int)response.StatusCode);
            var ok = body["ok"]?.GetValueKind() == JsonValueKind.True;
            var error = ok ? null : body["error"]?.ToString() ?? "unknown_error";
            return new SlackApiResult(ok, error, body, (int)response.StatusCode, retryAfter);
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Slack {Method} failed: {Reason}", method, ex.Message);
            return SlackApiResult.Failed("request_failed");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Slack {Method} timed out", method);
            return SlackApiResult.Failed("request_timeout");
        }
        catch (JsonException)
        {
            return SlackApiResult.Failed("invalid_response");
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        if (response.Headers.RetryAfter?.Delta is { } delta) return delta;
        if (response.Headers.TryGetValues("Retry-After", out var values)
            && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(seconds);
        return null;
    }

    internal static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
