using InsiderBot.Health;
using InsiderBot.Store;
using InsiderBot.Store.Alerts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.Chat.Alerts;

public static class AlertsSetup
{
    /// <summary>Subscriptions, the outbox written with each signal, and the dispatcher that posts through the platforms.</summary>
    public static IServiceCollection AddAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<SubscriptionStore>();
        services.TryAddSingleton<AlertOutbox>();
        services.TryAddSingleton<AlertWakeup>();
        services.TryAddSingleton<AlertPlanner>();
        services.AddSingleton<ISignalChangeHandler>(sp => sp.GetRequiredService<AlertPlanner>());
        services.TryAddSingleton<AlertDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertDispatcher>());
        services.AddSingleton<IStatusContributor>(sp => sp.GetRequiredService<AlertDispatcher>());
        return services;
    }
}
