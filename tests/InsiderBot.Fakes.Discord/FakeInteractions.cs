using System.Text.Json;

namespace InsiderBot.Fakes.Discord;

/// <summary>Interaction bodies shaped like Discord's (developers/interactions/receiving-and-responding.mdx).</summary>
public static class FakeInteractions
{
    public const string ApplicationId = "775799577604522054";
    public const string GuildId = "290926798626357999";
    public const string ChannelId = "645027906669510667";
    private static long nextId = 786_008_729_715_212_338;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> components = new();

    public static string NextId() => Interlocked.Increment(ref nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A slash command; <paramref name="permissions"/> is the member's permission bitset ("2147483647" = everything).</summary>
    public static string Command(string id, string name, IReadOnlyDictionary<string, object>? options = null, string permissions = "0") =>
        Interaction(id, 2, name, options, permissions, focused: null);

    public static string Autocomplete(string id, string name, string option, string typed) =>
        Interaction(id, 4, name, new Dictionary<string, object> { [option] = typed }, "0", focused: option);

    /// <summary>
    /// What Discord sends when a user presses the enabled button labelled <paramref name="label"/> on
    /// <paramref name="message"/> (a MESSAGE_COMPONENT interaction carrying the button's <c>custom_id</c> and the message).
    /// Throws when the message has no such button to press, or when Discord would have refused the message.
    /// </summary>
    public static string Press(string id, JsonElement message, string label, string userId = "53908232506183680")
    {
        FakeComponents.Check(message);
        var button = FakeComponents.Button(message, label) ?? throw new InvalidOperationException($"The message has no enabled '{label}' button to press.");
        return Component(id, button.GetProperty("custom_id").GetString()!, message, userId);
    }

    /// <summary>A MESSAGE_COMPONENT interaction for a button with <paramref name="customId"/> (any value: a forged or stale one too).</summary>
    public static string Component(string id, string customId, JsonElement? message = null, string userId = "53908232506183680")
    {
        components[id] = true;
        var body = Envelope(3, id, userId, "Reader", "0");
        body["message"] = message ?? JsonSerializer.SerializeToElement(new { id = "1300000000000000001", channel_id = ChannelId });
        body["data"] = new { custom_id = customId, component_type = 2 };
        return JsonSerializer.Serialize(body);
    }

    /// <summary>True when <paramref name="id"/> is a component interaction built here (only those may be answered with types 6 and 7).</summary>
    public static bool IsComponent(string id) => components.ContainsKey(id);

    public static string Ping(string id) => JsonSerializer.Serialize(new { type = 1, id, application_id = ApplicationId, token = "ping-token", version = 1 });

    public static string TokenOf(string id) => "tok-" + id;

    /// <summary>The fields every interaction in a guild carries, in Discord's order.</summary>
    private static Dictionary<string, object?> Envelope(int type, string id, string userId, string username, string permissions) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["application_id"] = ApplicationId,
        ["token"] = TokenOf(id),
        ["version"] = 1,
        ["guild_id"] = GuildId,
        ["channel_id"] = ChannelId,
        ["member"] = new { user = new { id = userId, username }, roles = Array.Empty<string>(), permissions },
    };

    private static string Interaction(string id, int type, string name, IReadOnlyDictionary<string, object>? options, string permissions, string? focused)
    {
        var body = Envelope(type, id, "53908232506183680", "Mason", permissions);
        body["data"] = new
        {
            id = "771825006014889984",
            name,
            type = 1,
            options = (options ?? new Dictionary<string, object>()).Select(o => (object)(o.Key == focused
                ? new { type = 3, name = o.Key, value = o.Value, focused = true }
                : new { type = o.Value is int or long ? 4 : 3, name = o.Key, value = o.Value, focused = false })).ToArray(),
        };
        return JsonSerializer.Serialize(body);
    }
}
