using InsiderBot.Chat;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using InsiderBot.Store;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Commands;

/// <summary>
/// Registers the slash commands at start with one bulk overwrite (guild-scoped when <c>Discord:GuildId</c> is set),
/// only when the declarations changed since the last successful registration.
/// </summary>
public sealed class CommandRegistrar(
    ChatCommandRouter router,
    DiscordRestClient rest,
    InsiderStore store,
    IOptions<DiscordOptions> options,
    ILogger<CommandRegistrar> logger) : BackgroundService
{
    public const string HashKey = "discord.commands.hash";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => RegisterAsync(stoppingToken);

    /// <summary>True when Discord holds the current declarations (registered now or already).</summary>
    public async Task<bool> RegisterAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (string.IsNullOrWhiteSpace(settings.Token))
        {
            logger.LogWarning("Discord:Token is not set, so slash commands are not registered; register them once with a token");
            return false;
        }

        var path = settings.GuildId is { Length: > 0 } guild
            ? $"applications/{settings.ApplicationId}/guilds/{guild}/commands"
            : $"applications/{settings.ApplicationId}/commands";
        var definitions = CommandDefinitions.Build(router.Commands);
        var hash = CommandDefinitions.Hash(definitions, path);
        if (store.GetMeta(HashKey) == hash)
        {
            logger.LogInformation("Discord slash commands unchanged; not registering");
            return true;
        }

        var response = await rest.SendAsync(HttpMethod.Put, path, () => DiscordMessage.Json(definitions), cancellationToken);
        if (!response.IsSuccess)
        {
            logger.LogError("Discord refused the slash commands: {Detail}", response.Describe());
            return false;
        }

        store.SetMeta(HashKey, hash);
        logger.LogInformation("Registered {Count} Discord slash commands {Scope}", definitions.Count, string.IsNullOrEmpty(settings.GuildId) ? "globally" : "in the test server");
        return true;
    }
}
