using Microsoft.Extensions.Logging.Console;

namespace InsiderBot.Configuration;

/// <summary><c>Logging:Format</c>: <c>simple</c> (one line per entry, the default) or <c>json</c> (one JSON object per line).</summary>
public static class LogFormat
{
    public const string Key = "Logging:Format";

    /// <summary>True for <c>json</c>; anything else logs in the simple format (a wrong value is reported by <see cref="Problem"/>).</summary>
    public static bool IsJson(IConfiguration configuration) =>
        string.Equals(configuration[Key], "json", StringComparison.OrdinalIgnoreCase);

    public static string? Problem(IConfiguration configuration) =>
        configuration[Key] is { Length: > 0 } format && !IsJson(configuration) && !string.Equals(format, "simple", StringComparison.OrdinalIgnoreCase)
            ? $"{Key} is '{format}', but it must be simple (one line per entry, the default) or json (one JSON object per line)."
            : null;

    /// <summary>The console formatter of the configured format, with the bot's settings.</summary>
    public static ILoggingBuilder AddConfiguredConsole(this ILoggingBuilder logging, IConfiguration configuration) => IsJson(configuration)
        ? logging.AddJsonConsole()
        : logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd HH:mm:ss ";
        });

    public static string FormatterName(IConfiguration configuration) => IsJson(configuration) ? ConsoleFormatterNames.Json : ConsoleFormatterNames.Simple;
}
