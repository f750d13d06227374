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
}
