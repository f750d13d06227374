using InsiderBot.Filings;
using InsiderBot.Insights.Superinvestors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.Store.Superinvestors;

public static class SuperinvestorSetup
{
    /// <summary>13F holdings in the store, the tracked managers (<c>Superinvestors</c> section) and the tracker that reads them.</summary>
    public static IServiceCollection AddSuperinvestors(this IServiceCollection services)
    {
        services.AddOptions<SuperinvestorOptions>().BindConfiguration(SuperinvestorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThirteenFParser>();
        services.TryAddSingleton<HoldingsStore>();
        services.TryAddSingleton<SuperinvestorTracker>();
        return services;
    }
}
