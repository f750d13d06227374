using InsiderBot.Filings;
using InsiderBot.Insights;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.Store;

public static class StoreSetup
{
    /// <summary>The LiteDB store, the classifier it stores with, the signal thresholds it evaluates with, and the 13F holdings.</summary>
    public static IServiceCollection AddInsiderStore(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSignals();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<StoreDatabase>();
        services.TryAddSingleton<TransactionClassifier>();
        services.TryAddSingleton<InsiderStore>();
        services.TryAddSingleton<Form4Parser>();
        services.TryAddSingleton<FilingDocumentReader>();
        services.AddSuperinvestors();
        return services;
    }
}
