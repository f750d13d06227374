using InsiderBot.Admin;
using InsiderBot.Cli;
using InsiderBot.LocalChat;
using InsiderBot.Store;
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
        var storePath = app.Services.GetRequiredService<IOptions<StoreOptions>>().Value.Path;
        try
        {
            var stopping = app.Lifetime.ApplicationStopping;
            if (commandLine.Verb == "healthcheck") return await app.Services.GetRequiredService<HealthCheckVerb>().RunAsync(stopping);
            if (!OperatorVerbs.IsHanded(commandLine.Verb)) return await RunBotAsync(app);

            try
            {
                app.Services.GetRequiredService<StoreDatabase>();
            }
            catch (StoreInUseException)
            {
                return await HandToRunningBotAsync(storePath, commandLine, console, stopping);
            }

            return await OperatorVerbs.RunAsync(app.Services, console, commandLine.Verb, commandLine.Operands, stopping);
        }
        catch (OptionsValidationException ex)
        {
            await console.Error.WriteLineAsync($"Configuration problem: {string.Join(" ", ex.Failures)}");
            return 2;
        }
        catch (StoreInUseException ex)
        {
            await console.Error.WriteLineAsync($"Another InsiderBot is already running on {ex.StorePath}: one process writes a store. Stop it first, or choose another store with --store PATH (ask, import, quarantine, backfill, backup and sample are handed to the running bot).");
            return 2;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or LiteDB.LiteException)
        {
            await console.Error.WriteLineAsync($"Cannot open the store: {ex.Message} (Choose another with --store PATH.)");
            return 2;
        }
    }

    /// <summary>The store is held by another process: a running bot carries the verb out; anything else refuses it.</summary>
    private static async Task<int> HandToRunningBotAsync(string storePath, BotCommandLine commandLine, BotConsole console, CancellationToken cancellationToken)
    {
        var request = new AdminRequest(commandLine.Verb, OperatorVerbs.Resolve(commandLine.Verb, commandLine.Operands));
        if (await AdminClient.TryRunAsync(storePath, request, console, cancellationToken) is { } exit) return exit;
        await console.Error.WriteLineAsync($"The store {Path.GetFullPath(storePath)} is in use by another InsiderBot command (an import, a backfill or a backup run from the command line, or a bot still starting); try again when it has finished.");
        return 2;
    }

    private static async Task<int> RunBotAsync(WebApplication app)
    {
        // The bot is the store's one writer for its whole life; operators reach it through the admin socket.
        app.Services.GetRequiredService<StoreDatabase>();
        await using var admin = ActivatorUtilities.CreateInstance<AdminServer>(app.Services);
        admin.Start();

        if (PlatformConfiguration.AnyConfigured(app.Configuration))
        {
            var exit = app.Services.GetService<InsiderBot.Chat.BotExit>(); // 2 when a platform rejected a credential
            var stopping = app.Lifetime.ApplicationStopping; // read now: RunAsync disposes the services as it ends
            try
            {
                await app.RunAsync();
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // Stopped while still starting (a platform refused a credential before the web server bound): the
                // platform has logged the line that says what to fix; the rest of the start was cancelled with it.
            }

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
