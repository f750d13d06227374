using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace InsiderBot.Fakes.Discord;

/// <summary>The normal answers of the fake's REST routes, with the headers Discord sends on every response.</summary>
internal sealed partial class FakeRestRoutes(FakeDiscord discord)
{
    /// <summary>Discord de-duplicates an enforced nonce only for a few minutes.</summary>
    public static readonly TimeSpan NonceWindow = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (string Id, DateTimeOffset At)> messageOfNonce = new();
    private readonly ConcurrentDictionary<string, int> callbacks = new();
    private readonly ConcurrentDictionary<string, int> created = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> answered = new();
    private readonly ConcurrentDictionary<string, List<FakeChannelMessage>> channels = new();
    private long nextId = 1_300_000_000_000_000_000;

    public static bool IsMessagePost(string path) => ChannelMessages().IsMatch(path);

    public static bool IsCallback(string path) => Callback().IsMatch(path);

    public IReadOnlyList<FakeChannelMessage> Messages(string channel)
    {
        var list = channels.GetOrAdd(channel, _ => []);
        lock (list) return list.ToList();
    }

    /// <summary>How many callbacks the fake accepted for an interaction (an injected failure is not an answer).</summary>
    public int Answers(string interactionId) => callbacks.GetValueOrDefault(interactionId);

    public int Created(string channel) => created.GetValueOrDefault(channel);

    public Task Answered(string interactionId) => Signal(interactionId).Task;

    private TaskCompletionSource Signal(string interactionId) =>
        answered.GetOrAdd(interactionId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public FakeResponse Answer(RecordedRequest request)
    {
        var path = request.Path;
        if (InvalidComponents(request) is { } invalid) return invalid;
        if (ChannelMessages().Match(path) is { Success: true } post && request.Method == "POST")
            return PostMessage(post.Groups[1].Value, request);
        if (ChannelMessages().Match(path) is { Success: true } read && request.Method == "GET")
            return ChannelCheck(read.Groups[1].Value) ?? RecentMessages(read.Groups[1].Value);
        if (ChannelMessage().Match(path) is { Success: true } edit && request.Method == "PATCH")
            return ChannelCheck(edit.Groups[1].Value) ?? EditMessage(edit.Groups[1].Value, edit.Groups[2].Value, request);
        if (Callback().Match(path) is { Success: true } callback && request.Method == "POST")
        {
            var count = callbacks.AddOrUpdate(callback.Groups[1].Value, 1, (_, n) => n + 1);
            Signal(callback.Groups[1].Value).TrySetResult();
            return count == 1
                ? new FakeResponse(204)
                : new FakeResponse(400, FakeDiscord.Json(new { message = "Interaction has already been acknowledged.", code = 40060 }));
        }

        if (path.StartsWith("/webhooks/", StringComparison.Ordinal) && request.Method == "DELETE")
            return new FakeResponse(204);
        if (path.StartsWith("/webhooks/", StringComparison.Ordinal) && request.Method is "PATCH" or "POST")
            return Ok(new { id = NewId(), content = "" });
        if (path.StartsWith("/applications/", StringComparison.Ordinal) && request.Method == "PUT")
            return new FakeResponse(200, request.Text.Length == 0 ? "[]" : request.Text) { Headers = Limits(path) };
        if (path is "/gateway")
            return Ok(new { url = discord.GatewayUrl });
        if (path is "/gateway/bot")
            return Ok(new { url = discord.GatewayUrl, shards = 1, session_start_limit = new { total = 1000, remaining = 999, reset_after = 14_400_000, max_concurrency = 1 } });
        return new FakeResponse(404, FakeDiscord.Json(new { message = "404: Not Found", code = 0 }));
    }

    private FakeResponse PostMessage(string channel, RecordedRequest request)
    {
        if (ChannelCheck(channel) is { } refused) return refused;
        var body = request.Json();
        var nonce = body.TryGetProperty("nonce", out var n) ? n.GetString() : null;
        var enforce = body.TryGetProperty("enforce_nonce", out var e) && e.ValueKind == JsonValueKind.True;
        var list = channels.GetOrAdd(channel, _ => []);
        string? id = null;
        lock (list)
        {
            var now = discord.Time.GetUtcNow();
            if (nonce is not null && enforce && messageOfNonce.TryGetValue(channel + "/" + nonce, out var seen) && now - seen.At < NonceWindow)
            {
                id = seen.Id;
            }
            else
            {
                id = Create(channel);
                if (nonce is not null && enforce) messageOfNonce[channel + "/" + nonce] = (id, now);
                list.Add(new FakeChannelMessage(id, channel, nonce, request.Text));
            }
        }

        discord.ChannelChanged();
        return Ok(new { id, channel_id = channel, nonce });
    }

    /// <summary><c>GET /channels/{id}/messages</c>: the newest 100 messages, newest first, as Discord shows them (no nonce).</summary>
    private FakeResponse RecentMessages(string channel)
    {
        var shown = new System.Text.Json.Nodes.JsonArray();
        foreach (var message in Messages(channel).AsEnumerable().Reverse().Take(100))
        {
            var shape = new System.Text.Json.Nodes.JsonObject { ["id"] = message.Id, ["channel_id"] = channel };
            if (PayloadOf(message.Body) is { } payload)
            {
                shape["content"] = payload["content"]?.DeepClone() ?? "";
                shape["embeds"] = payload["embeds"]?.DeepClone() ?? new System.Text.Json.Nodes.JsonArray();
            }

            shown.Add(shape);
        }

        return new FakeResponse(200, shown.ToJsonString());
    }

    /// <summary>The JSON of a message post, whether sent as JSON or as multipart's <c>payload_json</c>.</summary>
    private static System.Text.Json.Nodes.JsonObject? PayloadOf(string body)
    {
        var start = body.IndexOf('{', StringComparison.Ordinal);
        var end = body.LastIndexOf('}');
        if (start < 0 || end < start) return null;
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(body[start..(end + 1)]) as System.Text.Json.Nodes.JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private FakeResponse EditMessage(string channel, string id, RecordedRequest request)
    {
        var list = channels.GetOrAdd(channel, _ => []);
        lock (list)
        {
            var at = list.FindIndex(m => m.Id == id);
            if (at >= 0) list[at] = list[at] with { Body = request.Text, Edits = list[at].Edits + 1 };
        }

        discord.ChannelChanged();
        return Ok(new { id, channel_id = channel });
    }

    /// <summary>A message (or an interaction callback's message) whose components Discord refuses: 400 Invalid Form Body.</summary>
    private static FakeResponse? InvalidComponents(RecordedRequest request)
    {
        if (request.Method is not ("POST" or "PATCH") || request.Body.Length == 0) return null;
        JsonElement body;
        try
        {
            body = request.Json();
        }
        catch (Exception ex) when (ex is JsonException or ArgumentOutOfRangeException)
        {
            return null;
        }

        var message = Callback().IsMatch(request.Path) && body.ValueKind == JsonValueKind.Object && body.TryGetProperty("data", out var data) ? data : body;
        var problems = FakeComponents.Problems(message);
        return problems.Count == 0 ? null : new FakeResponse(400, FakeDiscord.Json(new { message = "Invalid Form Body", code = 50035, errors = problems }));
    }

    private FakeResponse? ChannelCheck(string channel)
    {
        if (discord.ForbiddenChannels.ContainsKey(channel))
            return new FakeResponse(403, FakeDiscord.Json(new { message = "Missing Access", code = 50001 }));
        if (discord.DeletedChannels.ContainsKey(channel))
            return new FakeResponse(404, FakeDiscord.Json(new { message = "Unknown Channel", code = 10003 }));
        return null;
    }

    private static FakeResponse Ok(object body) => new(200, FakeDiscord.Json(body));

    private static Dictionary<string, string> Limits(string path) => new()
    {
        ["X-RateLimit-Limit"] = "5",
        ["X-RateLimit-Remaining"] = "4",
        ["X-RateLimit-Reset-After"] = "1",
        ["X-RateLimit-Bucket"] = "b" + (path.GetHashCode(StringComparison.Ordinal) & 0xffff),
    };

    private string Create(string channel)
    {
        created.AddOrUpdate(channel, 1, (_, n) => n + 1);
        return NewId();
    }

    private string NewId() => Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^/channels/([0-9]+)/messages$")]
    private static partial Regex ChannelMessages();

    [GeneratedRegex("^/channels/([0-9]+)/messages/([0-9]+)$")]
    private static partial Regex ChannelMessage();

    [GeneratedRegex("^/interactions/([0-9]+)/([^/]+)/callback$")]
    private static partial Regex Callback();
}
