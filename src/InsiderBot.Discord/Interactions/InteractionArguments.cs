using System.Numerics;
using InsiderBot.Chat;

namespace InsiderBot.Discord.Interactions;

/// <summary>Translates Discord's named options into the router's positional arguments, and permissions into CanManage.</summary>
public static class InteractionArguments
{
    public const long Administrator = 1 << 3;
    public const long ManageChannels = 1 << 4;
    public const long ManageGuild = 1 << 5;

    /// <summary>
    /// Arguments in the command's parameter order; a gap before a later option becomes an empty string. A
    /// <see cref="CommandParameter.Named"/> parameter's value arrives as typed elsewhere: <c>export:csv</c>.
    /// </summary>
    public static IReadOnlyList<string> For(IChatCommand command, IReadOnlyList<InteractionOption> options)
    {
        var arguments = command.Parameters.Select(p => Value(p, options)).ToList();
        while (arguments.Count > 0 && arguments[^1] is null) arguments.RemoveAt(arguments.Count - 1);
        return arguments.Select(a => a ?? "").ToList();
    }

    private static string? Value(CommandParameter parameter, IReadOnlyList<InteractionOption> options)
    {
        var value = options.FirstOrDefault(o => string.Equals(o.Name, parameter.Name, StringComparison.OrdinalIgnoreCase))?.Value;
        return value is not null && parameter.Named ? $"{parameter.Name}:{value}" : value;
    }

    /// <summary>Manage Channels, Manage Server or Administrator, from <c>member.permissions</c> (a decimal bitset string).</summary>
    public static bool CanManage(string? permissions) =>
        BigInteger.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bits) &&
        (bits & (Administrator | ManageChannels | ManageGuild)) != 0;

    public static ChatOrigin Origin(DiscordInteraction interaction) => new(
        "discord",
        interaction.GuildId ?? "dm",
        interaction.ChannelId ?? "",
        interaction.UserId ?? "",
        CanManage(interaction.Permissions))
    {
        PageSize = Rendering.DiscordLimits.ListItems,
    };
}
