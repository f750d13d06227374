using InsiderBot.Chat.Commands;
using InsiderBot.Store.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.Chat;

public static class ChatSetup
{
    /// <summary>The platform-neutral commands and the router every platform calls.</summary>
    public static IServiceCollection AddChatCommands(this IServiceCollection services)
    {
        services.AddSingleton<IChatCommand, InsidersCommand>();
        services.AddSingleton<IChatCommand, ClustersCommand>();
        services.AddSingleton<IChatCommand, RatioCommand>();
        services.AddSingleton<IChatCommand, InsiderCommand>();
        services.AddSingleton<IChatCommand, ExplainCommand>();
        services.AddSingleton<IChatCommand, HelpCommand>();
        services.AddSingleton<IChatCommand, QuarantineCommand>();
        services.AddSingleton<IChatCommand, StatusCommand>();
        services.AddSingleton<IChatCommand, SubscribeCommand>();
        services.AddSingleton<IChatCommand, UnsubscribeCommand>();
        services.AddSingleton<IChatCommand, SubscriptionsCommand>();
        services.TryAddSingleton<SubscriptionStore>();
        services.AddSingleton<IChatCommand, SuperinvestorsCommand>();
        services.AddSingleton<ChatCommandRouter>();
        return services;
    }

    /// <summary>
    /// What every platform adapter shares with the host: the <see cref="BotExit"/> code and the
    /// <see cref="AnswersInFlight"/> drained on shutdown (registered once, however many platforms ask).
    /// </summary>
    public static IServiceCollection AddPlatformShutdown(this IServiceCollection services)
    {
        services.TryAddSingleton<BotExit>();
        if (services.Any(d => d.ServiceType == typeof(AnswersInFlight))) return services;
        services.AddSingleton<AnswersInFlight>();
        services.AddHostedService(provider => provider.GetRequiredService<AnswersInFlight>());
        return services;
    }
}
