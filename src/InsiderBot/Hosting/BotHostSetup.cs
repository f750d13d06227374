using InsiderBot.Cli;
using InsiderBot.Configuration;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Logging.Console;

namespace InsiderBot.Hosting;

public static class BotHostSetup
{
    /// <summary>
    /// Configuration from <c>appsettings.json</c> beside the program, then user secrets, then environment variables
    /// (<c>Store__Path</c>), then <c>--Section:Key=value</c> switches, then <c>--store</c>.
    /// </summary>
    public static WebApplicationBuilder AddBotConfiguration(this WebApplicationBuilder builder, BotCommandLine commandLine)
    {
        var configuration = builder.Configuration;
        configuration.Sources.Clear();
        configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        configuration.AddUserSecrets(typeof(BotHostSetup).Assembly, optional: true);
        configuration.AddEnvironmentVariables();
        configuration.AddCommandLine(commandLine.ConfigurationSwitches.ToArray());
        if (commandLine.StorePath is { } store) configuration.AddInMemoryCollection([new("Store:Path", store)]);
        return builder;
    }

    /// <summary>
    /// Logs go to stderr, so <c>ask</c> prints only the answer. The console chat and the one-shot verbs log errors
    /// only; the server logs at the configured levels, as JSON when <c>Logging:Format</c> is <c>json</c>.
    /// </summary>
    public static WebApplicationBuilder AddBotLogging(this WebApplicationBuilder builder, BotCommandLine commandLine)
    {
        var logging = builder.Logging;
        logging.ClearProviders();
        var server = commandLine.Verb == "run" && PlatformConfiguration.AnyConfigured(builder.Configuration);
        // Category rules from configuration would outrank a plain minimum, so the chat and one-shot verbs drop them.
        if (server) logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        else builder.Services.PostConfigure<LoggerFilterOptions>(o =>
        {
            o.Rules.Clear();
            o.MinLevel = LogLevel.Error;
        });
        logging.AddConfiguredConsole(builder.Configuration);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return builder;
    }

    /// <summary>Kestrel on <c>Web:Urls</c> when HTTP is wanted; otherwise no listener at all.</summary>
    public static WebApplicationBuilder AddBotWebHost(this WebApplicationBuilder builder, BotCommandLine commandLine)
    {
        var web = builder.Configuration.GetSection(WebOptions.Section).Get<WebOptions>() ?? new WebOptions();
        builder.Services.Configure<WebOptions>(builder.Configuration.GetSection(WebOptions.Section));
        var listen = commandLine.Verb == "run" && (web.Enabled || PlatformConfiguration.NeedsHttp(builder.Configuration));
        if (listen) builder.WebHost.UseUrls(web.Urls);
        else builder.Services.AddSingleton<IServer, NoListeningServer>();
        return builder;
    }
}
