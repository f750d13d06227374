using InsiderBot.Cli;
using InsiderBot.LocalChat;
using Microsoft.Extensions.Options;

namespace InsiderBot.Hosting;

public static class BotVerbs
{
    public static async Task<int> PrintUsageAsync(BotCommandLine commandLine, BotConsole console)
    {
        if (commandLine.Error is { } error) await console.Out.WriteLineAsync(error);
        await console.Out.WriteLineAsync(BotCommandLine.Usage);
        return commandLine.Error is null ? 0 : 1;
    }

    /// <summary>Runs what the command line asked for. Configuration and store problems end with a sentence, not a stack trace.</summary>
    public static async Task<int> RunVerbAsync(this WebApplication app, BotCommandLine commandLine)
    {
        var console = app.Services.GetRequiredService<BotConsole>();
        try
        {
            var stopping = app.Lifetime.ApplicationStopping;
            switch (commandLine.Verb)
            {
                case "ask":
                    return await app.Services.GetRequiredService<AskVerb>().RunAsync(commandLine.Operands, stopping);
                case "import":
                    return await app.Services.GetRequiredService<ImportVerb>().RunAsync(commandLine.Operands, stopping);
                case "healthcheck":
                    return await app.Services.GetRequiredService<HealthCheckVerb>().RunAsync(stopping);
                case "backfill":
                    return await app.Services.GetRequiredService<BackfillVerb>().RunAsync(commandLine.Operands, stopping);
                case "quarantine":
                    return await app.Services.GetRequiredService<AskVerb>().RunAsync(["/quarantine"], stopping);
                default:
                    return await RunBotAsync(app);
            }
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"Configuration problem: {string.Join(" ", ex.Failures)}");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            await console.Error.WriteLineAsync($"Cannot open the store: {ex.Message} (is another InsiderBot using it? Choose another with --store PATH.)");
            return 2;
        }
    }

    private static async Task<int> RunBotAsync(WebApplication app)
    {
        if (PlatformConfiguration.AnyConfigured(app.Configuration))
        {
            var exit = app.Services.GetService<InsiderBot.Chat.BotExit>(); // 2 when a platform rejected a credential
            await app.RunAsync();
            return exit?.Code ?? 0;
        }

        await app.StartAsync();
        try
        {
            return await app.Services.GetRequiredService<ConsoleChat>().RunAsync(app.Lifetime.ApplicationStopping);
        }
        finally
        {
            await app.StopAsync();
        }
    }
}
