using InsiderBot.Cli;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace InsiderBot.Configuration;

/// <summary>
/// Writes configuration problems to the console's error stream, one log line each in the configured format (plain or
/// JSON), and gives the exit code 2: a configuration problem, which a supervisor should not restart.
/// </summary>
public static class ConfigurationReport
{
    public const int ExitCode = 2;
    private const string Category = "InsiderBot.Configuration";

    public static async Task<int> WriteAsync(IConfiguration configuration, IEnumerable<string> problems, BotConsole console)
    {
        await using var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguredConsole(configuration))
            .Configure<SimpleConsoleFormatterOptions>(o => o.ColorBehavior = LoggerColorBehavior.Disabled)
            .BuildServiceProvider();
        var name = LogFormat.FormatterName(configuration);
        var formatter = services.GetServices<ConsoleFormatter>().First(f => f.Name == name);
        foreach (var problem in problems)
        {
            using var line = new StringWriter();
            formatter.Write(new LogEntry<string>(LogLevel.Critical, Category, new EventId(ExitCode, "Configuration"), problem, null, (text, _) => text), null, line);
            await console.Error.WriteAsync(line.ToString());
        }

        await console.Error.FlushAsync();
        return ExitCode;
    }
}
