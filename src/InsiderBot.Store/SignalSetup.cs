using InsiderBot.Insights.Signals;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Store;

public static class SignalSetup
{
    /// <summary>The <c>Signals</c> thresholds, validated at start; the store evaluates signals as filings arrive.</summary>
    public static IServiceCollection AddSignals(this IServiceCollection services)
    {
        services.AddOptions<SignalOptions>().BindConfiguration(SignalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
