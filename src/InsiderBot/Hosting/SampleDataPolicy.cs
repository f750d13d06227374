using InsiderBot.Store;

namespace InsiderBot.Hosting;

/// <summary>
/// The bundled sample is a demo: it seeds only a store used with no chat platform and no live EDGAR ingestion, so a
/// command typed before a production deployment's first poll never mixes demo filings into its store.
/// </summary>
public static class SampleDataPolicy
{
    public static bool IsProduction(IConfiguration configuration) =>
        PlatformConfiguration.AnyConfigured(configuration) || configuration.GetValue<bool>("Edgar:Enabled");

    public static IServiceCollection AddSampleDataPolicy(this IServiceCollection services, IConfiguration configuration)
    {
        if (IsProduction(configuration)) services.PostConfigure<StoreOptions>(o => o.SeedSampleData = false);
        return services;
    }
}
