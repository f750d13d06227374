using System.Net;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Edgar.Http;
using InsiderBot.Edgar.Live;
using InsiderBot.Edgar.Superinvestors;
using InsiderBot.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar;

public static class EdgarSetup
{
    /// <summary>
    /// Data-set import, the EDGAR client behind one rate limiter, and live polling when <c>Edgar:Enabled</c>
    /// (which logs the missing key and stays off without <c>Edgar:UserAgent</c>), with the tracked managers' 13F fetch.
    /// </summary>
    public static IServiceCollection AddEdgarIngestion(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EdgarOptions>().BindConfiguration(EdgarOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DataSetImporter>();
        services.TryAddSingleton(sp => new EdgarRateLimiter(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<EdgarOptions>>().Value.MaxRequestsPerSecond, quietStart: true));
        services.AddHttpClient(nameof(EdgarClient), c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });
        services.TryAddSingleton(sp => new EdgarClient(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(EdgarClient)),
            sp.GetRequiredService<EdgarRateLimiter>(),
            sp.GetRequiredService<IOptions<EdgarOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<EdgarClient>>(),
            priority: sp.GetRequiredService<EdgarPriority>()));
        services.TryAddSingleton<EdgarPriority>();
        services.TryAddSingleton<IngestionStatus>();
        services.AddSingleton<IStatusContributor>(sp => sp.GetRequiredService<IngestionStatus>());
        services.AddSingleton<IReadinessCheck>(sp => sp.GetRequiredService<IngestionStatus>());
        services.TryAddSingleton<DailyIndexWalk>();
        services.TryAddSingleton<EdgarIngestion>();
        services.TryAddSingleton<DataSetBackfill>();
        services.TryAddSingleton<Backfill.DailyIndexBackfill>();
        services.TryAddSingleton<Backfill.HistoryBackfill>();
        services.TryAddSingleton<ThirteenFFetchStatus>();
        services.AddSingleton<IStatusContributor>(sp => sp.GetRequiredService<ThirteenFFetchStatus>());
        services.TryAddSingleton<ThirteenFFetcher>();
        services.AddOptions<History.HistoryOptions>().BindConfiguration(History.HistoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<History.CompanyHistoryBacklog>();
        services.TryAddSingleton<History.CompanyHistoryFetcher>();
        services.TryAddSingleton<History.BootstrapStatus>();
        services.AddSingleton<IStatusContributor>(sp => sp.GetRequiredService<History.BootstrapStatus>());
        if (configuration.GetValue<bool>($"{EdgarOptions.Section}:{nameof(EdgarOptions.Enabled)}"))
        {
            services.AddHostedService<Live.EdgarPollingService>();
            services.AddHostedService<ThirteenFPollingService>();
            // Answers about a company the store does not cover fetch its own history first (live EDGAR access only).
            services.TryAddSingleton<Store.Coverage.ICompanyHistory>(sp => sp.GetRequiredService<History.CompanyHistoryFetcher>());
            services.AddHostedService<History.CompanyHistoryWorker>();
            services.AddHostedService<History.HistoryBootstrap>();
        }
        return services;
    }
}
