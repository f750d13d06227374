using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Discord.Interactions;
using InsiderBot.Discord.Rendering;

namespace InsiderBot.Discord.Commands;

/// <summary>Discord's slash-command declarations built from the router's commands: option names are the parameter names.</summary>
public static class CommandDefinitions
{
    private const int StringOption = 3;
    private const int IntegerOption = 4;
    private const int NumberOption = 10;

    public static JsonArray Build(IEnumerable<IChatCommand> commands) =>
        new(commands.OrderBy(c => c.Name, StringComparer.Ordinal).Select(c => (JsonNode)Command(c)).ToArray());

    /// <summary>A stable fingerprint of the declarations and where they go; registration is skipped when unchanged.</summary>
    public static string Hash(JsonArray definitions, string scope) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(scope + "\n" + definitions.ToJsonString())));

    private static JsonObject Command(IChatCommand command)
    {
        var json = new JsonObject
        {
            ["name"] = command.Name.ToLowerInvariant(),
            ["type"] = 1,
            ["description"] = DiscordLimits.Clip(command.Description, DiscordLimits.CommandDescription),
        };
        // Discord wants required options first; arguments are matched by name, so the order is free.
        var parameters = command.Parameters.Where(p => p.Required).Concat(command.Parameters.Where(p => !p.Required));
        json["options"] = new JsonArray(parameters.Take(25).Select(p => (JsonNode)Option(p)).ToArray());
        // No default_member_permissions, also for commands that need manage rights: Discord shows a command only to
        // members holding every bit of that set, so no value admits Manage Channels or Manage Server alike ("16" hides
        // it from Manage Server, "48" asks for both). The bot checks member.permissions itself and refuses the others.
        return json;
    }

    private static JsonObject Option(CommandParameter parameter)
    {
        var option = new JsonObject
        {
            ["type"] = parameter.Kind switch { ParameterKind.Integer => IntegerOption, ParameterKind.Number => NumberOption, _ => StringOption },
            ["name"] = parameter.Name.ToLowerInvariant(),
            ["description"] = DiscordLimits.Clip(parameter.Description, DiscordLimits.CommandDescription),
            ["required"] = parameter.Required,
        };
        if (parameter.Choices is { Count: > 0 and <= DiscordLimits.Choices } choices)
            option["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["name"] = c, ["value"] = c }).ToArray());
        else if (parameter.Autocomplete)
            option["autocomplete"] = true;
        return option;
    }
}
