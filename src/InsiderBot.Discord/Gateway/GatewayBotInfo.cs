using System.Text.Json;

namespace InsiderBot.Discord.Gateway;

/// <summary>
/// What <c>GET /gateway/bot</c> says: the URL to connect to, and the identify budget (<c>session_start_limit</c>).
/// Null fields were missing from the answer.
/// </summary>
internal sealed record GatewayBotInfo(string? Url, int? Remaining, TimeSpan? ResetAfter)
{
    public static GatewayBotInfo? Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var url = root.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
            if (!Uri.TryCreate(url, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("wss" or "ws")) url = null;
            int? remaining = null;
            TimeSpan? resetAfter = null;
            if (root.TryGetProperty("session_start_limit", out var limit) && limit.ValueKind == JsonValueKind.Object)
            {
                if (limit.TryGetProperty("remaining", out var r) && r.TryGetInt32(out var left)) remaining = left;
                if (limit.TryGetProperty("reset_after", out var a) && a.TryGetDouble(out var ms)) resetAfter = TimeSpan.FromMilliseconds(ms);
            }

            return new GatewayBotInfo(url, remaining, resetAfter);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
