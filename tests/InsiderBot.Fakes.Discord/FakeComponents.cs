using System.Text.Json;

namespace InsiderBot.Fakes.Discord;

/// <summary>
/// Message components as Discord checks them (developers/components/reference.mdx): at most 5 action rows of at most 5
/// buttons, every non-link button with a <c>custom_id</c> of at most 100 characters unique in the message, labels of at
/// most 80. A message that breaks a rule is refused whole ("Invalid Form Body", code 50035).
/// </summary>
public static class FakeComponents
{
    public const int MaxRows = 5;
    public const int MaxButtonsPerRow = 5;
    public const int MaxCustomId = 100;
    public const int MaxLabel = 80;
    private const int ActionRow = 1;
    private const int ButtonType = 2;
    private const int LinkStyle = 5;

    /// <summary>Why Discord would refuse the message's components; empty when it accepts them.</summary>
    public static IReadOnlyList<string> Problems(JsonElement message)
    {
        var problems = new List<string>();
        if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("components", out var rows)) return problems;
        if (rows.ValueKind != JsonValueKind.Array) return ["components must be an array"];
        if (rows.GetArrayLength() > MaxRows) problems.Add($"{rows.GetArrayLength()} action rows (at most {MaxRows})");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.EnumerateArray())
        {
            if (Int(row, "type") != ActionRow || !row.TryGetProperty("components", out var buttons) || buttons.ValueKind != JsonValueKind.Array)
            {
                problems.Add("a top-level component is not an action row");
                continue;
            }

            if (buttons.GetArrayLength() is 0 or > MaxButtonsPerRow) problems.Add($"an action row holds {buttons.GetArrayLength()} buttons (1 to {MaxButtonsPerRow})");
            foreach (var button in buttons.EnumerateArray())
            {
                if (Int(button, "type") != ButtonType)
                {
                    problems.Add("an action row holds something other than a button");
                    continue;
                }

                var label = Text(button, "label");
                if (label is { Length: > MaxLabel }) problems.Add($"button label of {label.Length} characters (at most {MaxLabel})");
                if (Int(button, "style") is < 1 or > 6) problems.Add("button without a valid style");
                if (Int(button, "style") == LinkStyle) continue;
                var id = Text(button, "custom_id");
                if (id is null or { Length: 0 }) problems.Add("button without a custom_id");
                else if (id.Length > MaxCustomId) problems.Add($"custom_id of {id.Length} characters (at most {MaxCustomId})");
                else if (!ids.Add(id)) problems.Add($"custom_id '{id}' used twice");
            }
        }

        return problems;
    }

    /// <summary>Throws, as Discord refuses it, when the message's components break a rule.</summary>
    public static void Check(JsonElement message)
    {
        var problems = Problems(message);
        if (problems.Count > 0) throw new InvalidOperationException("Discord refuses the message (Invalid Form Body): " + string.Join("; ", problems));
    }

    /// <summary>The enabled button labelled <paramref name="label"/> on the message, as a user can press it; null when there is none.</summary>
    public static JsonElement? Button(JsonElement message, string label)
    {
        if (!message.TryGetProperty("components", out var rows)) return null;
        foreach (var row in rows.EnumerateArray())
        {
            foreach (var button in row.GetProperty("components").EnumerateArray())
            {
                if (Text(button, "label") == label && !(button.TryGetProperty("disabled", out var d) && d.ValueKind == JsonValueKind.True)) return button.Clone();
            }
        }

        return null;
    }

    private static int? Int(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) ? number : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
