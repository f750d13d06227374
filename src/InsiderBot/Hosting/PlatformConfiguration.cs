namespace InsiderBot.Hosting;

/// <summary>Which chat platforms the configuration turns on. With none, the bot opens the console chat.</summary>
public static class PlatformConfiguration
{
    public static bool DiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:Token"]) || !string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"]);

    public static bool SlackConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);

    public static bool AnyConfigured(IConfiguration configuration) => DiscordConfigured(configuration) || SlackConfigured(configuration);

    public static bool NeedsHttp(IConfiguration configuration) =>
        (DiscordConfigured(configuration) && string.Equals(configuration["Discord:Mode"], "http", StringComparison.OrdinalIgnoreCase)) ||
        (SlackConfigured(configuration) && string.Equals(configuration["Slack:Mode"], "http", StringComparison.OrdinalIgnoreCase));
}
