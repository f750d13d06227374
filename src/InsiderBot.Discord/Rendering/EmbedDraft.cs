using System.Text.Json.Nodes;

namespace InsiderBot.Discord.Rendering;

/// <summary>One embed being filled; tracks its characters toward the per-message total.</summary>
internal sealed class EmbedDraft(string? title)
{
    public string? Title { get; } = title is null ? null : DiscordLimits.Clip(title, DiscordLimits.Title);
    public List<string> Lines { get; } = [];
    public List<(string Name, string Value, bool Inline)> Fields { get; } = [];
    public string? Footer { get; set; }
    public string? ImageUrl { get; set; }

    public int DescriptionLength => Lines.Count == 0 ? 0 : Lines.Sum(l => l.Length) + Lines.Count - 1;

    public int Size => (Title?.Length ?? 0) + DescriptionLength + Fields.Sum(f => f.Name.Length + f.Value.Length) + (Footer?.Length ?? 0);

    public bool FitsLine(string line) => DescriptionLength + (Lines.Count == 0 ? 0 : 1) + line.Length <= DiscordLimits.Description;

    public JsonObject ToJson(int colour)
    {
        var embed = new JsonObject { ["color"] = colour };
        if (Title is not null) embed["title"] = Title;
        if (Lines.Count > 0) embed["description"] = string.Join('\n', Lines);
        if (Fields.Count > 0)
            embed["fields"] = new JsonArray(Fields.Select(f => (JsonNode)new JsonObject { ["name"] = f.Name, ["value"] = f.Value, ["inline"] = f.Inline }).ToArray());
        if (Footer is not null) embed["footer"] = new JsonObject { ["text"] = Footer };
        if (ImageUrl is not null) embed["image"] = new JsonObject { ["url"] = ImageUrl };
        return embed;
    }
}
