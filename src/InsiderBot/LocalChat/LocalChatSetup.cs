using InsiderBot.Chat.Alerts;
using InsiderBot.Cli;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.LocalChat;

public static class LocalChatSetup
{
    /// <summary>The console chat and the one-shot verbs (<c>ask</c>, <c>import</c>) on the given streams.</summary>
    public static IServiceCollection AddLocalChat(this IServiceCollection services, BotConsole console)
    {
        services.TryAddSingleton(console);
        services.TryAddSingleton<ChartFiles>();
        services.TryAddSingleton<ConsoleOutput>();
        services.TryAddSingleton<ConsoleChat>();
        services.TryAddSingleton<AskVerb>();
        services.TryAddSingleton<ImportVerb>();
        services.TryAddSingleton<HealthCheckVerb>();
        services.TryAddSingleton<ImportCommand>();
        services.AddSingleton<IAlertPublisher, ConsoleAlertPublisher>();
        services.TryAddSingleton<BackfillVerb>();
        return services;
    }
}
