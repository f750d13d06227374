using InsiderBot.Chat;
using InsiderBot.Chat.Alerts;
using InsiderBot.Cli;
using InsiderBot.Configuration;
using InsiderBot.Discord;
using InsiderBot.Edgar;
using InsiderBot.Hosting;
using InsiderBot.Import;
using InsiderBot.LocalChat;
using InsiderBot.Slack;
using InsiderBot.Store;

namespace InsiderBot;

public static class Program
{
    public static Task<int> Main(string[] args) => RunAsync(args, BotConsole.System);

    /// <summary>The whole bot. Tests call this with their own streams and service overrides.</summary>
    public static async Task<int> RunAsync(string[] args, BotConsole console, Action<IServiceCollection>? overrides = null)
    {
        var commandLine = BotCommandLine.Parse(args);
        if (commandLine.Verb == "help") return await BotVerbs.PrintUsageAsync(commandLine, console);

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.AddBotConfiguration(commandLine);
        if (ConfigurationCheck.Problems(builder.Configuration) is { Count: > 0 } problems)
            return await ConfigurationReport.WriteAsync(builder.Configuration, problems, console);
        builder.AddBotLogging(commandLine).AddBotWebHost(commandLine);

        builder.Services
            .AddInsiderStore()
            .AddImport()
            .AddSampleDataPolicy(builder.Configuration)
            .AddChatCommands()
            .AddAlerts()
            .AddLocalChat(console)
            .AddEdgarIngestion(builder.Configuration)
            .AddDiscord(builder.Configuration)
            .AddSlack(builder.Configuration);
        overrides?.Invoke(builder.Services);

        await using var app = builder.Build();
        app.MapHealthEndpoints();
        app.MapDiscordInteractions();
        app.MapSlackCommands();
        return await app.RunVerbAsync(commandLine);
    }
}
