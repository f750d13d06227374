using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InsiderBot.Import;

public static class ImportSetup
{
    /// <summary>
    /// The filing importer (its caps: <c>Import</c> section), the 13F importer it hands 13F-HR files to, and the seeder
    /// with the bundled sample's 13F reports. Needs the store (<c>AddInsiderStore</c>), whose readers and holdings they use.
    /// </summary>
    public static IServiceCollection AddImport(this IServiceCollection services)
    {
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ThirteenFImporter>();
        services.TryAddSingleton<FilingImporter>();
        services.TryAddSingleton<SampleHoldings>();
        services.TryAddSingleton<StoreSeeder>();
        return services;
    }
}
