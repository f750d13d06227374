using System.Text.Json;

namespace InsiderBot.Discord.Interactions;

/// <summary>The parts of a Discord interaction the bot reads (developers/interactions/receiving-and-responding.mdx).</summary>
public sealed record DiscordInteraction(
    string Id,
    string Token,
    int Type,
    string? ApplicationId,
    string? GuildId,
    string? ChannelId,
    string? UserId,
    string? Permissions,
    string? CommandName,
    IReadOnlyList<InteractionOption> Options)
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    /// <summary>The pressed component's <c>data.custom_id</c> (a paging button carries the command line of its page).</summary>
    public string? CustomId { get; init; }

    public static DiscordInteraction Parse(JsonElement root)
    {
        var member = Object(root, "member");
        var user = member is { } m ? Object(m, "user") : Object(root, "user");
        var data = Object(root, "data");
        var options = new List<InteractionOption>();
        if (data is { } d && d.TryGetProperty("options", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var option in list.EnumerateArray())
            {
                var name = String(option, "name") ?? "";
                var value = option.TryGetProperty("value", out var v) ? Text(v) : null;
                var focused = option.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True;
                options.Add(new InteractionOption(name, value, focused));
            }
        }

        return new DiscordInteraction(
            String(root, "id") ?? "",
            String(root, "token") ?? "",
            root.TryGetProperty("type", out var type) && type.TryGetInt32(out var t) ? t : 0,
            String(root, "application_id"),
            String(root, "guild_id"),
            String(root, "channel_id") ?? (Object(root, "channel") is { } channel ? String(channel, "id") : null),
            user is { } u ? String(u, "id") : null,
            member is { } mm ? String(mm, "permissions") : null,
            data is { } dd ? String(dd, "name") : null,
            options)
        {
            CustomId = data is { } component ? String(component, "custom_id") : null,
        };
    }

    private static JsonElement? Object(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => null,
    };
}
