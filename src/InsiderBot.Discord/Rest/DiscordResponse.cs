using System.Net;
using System.Text.Json;

namespace InsiderBot.Discord.Rest;

/// <summary>What Discord answered, after rate limits and retries. <see cref="RetryAfter"/> is set when the caller should try later.</summary>
public sealed record DiscordResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter = null)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;

    /// <summary>Discord's JSON error code (10003 Unknown channel, 50001 Missing access …), if the body has one.</summary>
    public int? ErrorCode => Property("code") is { ValueKind: JsonValueKind.Number } code && code.TryGetInt32(out var value) ? value : null;

    public string? ErrorMessage => Property("message") is { ValueKind: JsonValueKind.String } message ? message.GetString() : null;

    public string? Id => Property("id") is { ValueKind: JsonValueKind.String } id ? id.GetString() : null;

    /// <summary>A short description for logs; never includes request secrets.</summary>
    public string Describe() => $"{(int)Status} {ErrorMessage ?? Status.ToString()}" + (ErrorCode is { } c ? $" (code {c})" : "");

    private JsonElement? Property(string name)
    {
        if (Body.Length == 0 || Body[0] != '{') return null;
        try
        {
            using var document = JsonDocument.Parse(Body);
            return document.RootElement.TryGetProperty(name, out var value) ? value.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
