using InsiderBot.Discord;
using InsiderBot.Hosting;
using InsiderBot.Slack;
using Microsoft.AspNetCore.Http;

namespace InsiderBot.Configuration;

/// <summary>
/// The keys that take one of a few words or an address: the platform modes (checked even while that platform has no
/// credentials), the log format and levels, and the listen URLs.
/// </summary>
internal static class ConfigurationChoices
{
    public static IEnumerable<string> Problems(IConfiguration configuration)
    {
        // The modes are read alone: the rest of each section may hold values of the wrong type, reported separately.
        var discord = new DiscordOptions { Mode = configuration[$"{DiscordOptions.Section}:{nameof(DiscordOptions.Mode)}"] ?? "gateway" };
        if (!discord.UsesGateway && !discord.UsesHttp)
            yield return $"Discord:Mode is '{discord.Mode}', but it must be gateway (the default, no public URL needed) or http.";

        var slack = new SlackOptions { Mode = configuration[$"{SlackOptions.Section}:{nameof(SlackOptions.Mode)}"] ?? SlackOptions.SocketMode };
        if (!slack.IsHttpMode && !string.Equals(slack.Mode, SlackOptions.SocketMode, StringComparison.OrdinalIgnoreCase))
            yield return $"Slack:Mode is '{slack.Mode}', but it must be socket (the default, no public URL needed) or http.";

        if (LogFormat.Problem(configuration) is { } format) yield return format;

        foreach (var level in configuration.GetSection("Logging:LogLevel").GetChildren().Where(l => l.Value is not null && !Enum.TryParse<LogLevel>(l.Value, ignoreCase: true, out _)))
            yield return $"{level.Path} is '{level.Value}', but it must be one of {string.Join(", ", Enum.GetNames<LogLevel>())}.";

        if (UrlsProblem(configuration[$"{WebOptions.Section}:{nameof(WebOptions.Urls)}"]) is { } urls) yield return urls;
    }

    private static string? UrlsProblem(string? urls)
    {
        if (urls is null) return null;
        var allowed = $"Web:Urls is '{urls}', but it must be one or more http:// or https:// addresses separated by ';', e.g. http://127.0.0.1:8080 or http://0.0.0.0:8080.";
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0) return allowed;
        foreach (var address in addresses)
        {
            try
            {
                var parsed = BindingAddress.Parse(address);
                if (parsed.Scheme is not ("http" or "https") || parsed.Host.Length == 0) return allowed;
            }
            catch (FormatException)
            {
                return allowed;
            }
        }

        return null;
    }
}
