using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Store;

public static class SignalSetup
{
    /// <summary>
    /// The <c>Signals</c> thresholds and the <c>Splits</c> settings, validated at start; the store evaluates signals as
    /// filings arrive.
    /// </summary>
    public static IServiceCollection AddSignals(this IServiceCollection services)
    {
        services.AddOptions<SignalOptions>().BindConfiguration(SignalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SplitOptions>().BindConfiguration(SplitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
