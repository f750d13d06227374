using InsiderBot.Chat.Commands;
using Microsoft.Extensions.DependencyInjection;

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
        services.AddSingleton<ChatCommandRouter>();
        return services;
    }
}
