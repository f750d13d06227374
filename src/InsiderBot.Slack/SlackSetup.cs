using InsiderBot.Chat;
using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Alerts;
using InsiderBot.Health;
using InsiderBot.Slack.Commands;
using InsiderBot.Slack.Signing;
using InsiderBot.Slack.SocketMode;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Slack;

public static class SlackSetup
{
    /// <summary>
    /// The Slack adapter, only when <c>Slack:BotToken</c> is set: options validated at start, the Web API client, the
    /// alert publisher, HTTP slash commands (with a signing secret) and the Socket Mode client (in socket mode).
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SlackOptions.Section);
        if (string.IsNullOrWhiteSpace(section[nameof(SlackOptions.BotToken)])) return services;

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPlatformShutdown();
        services.AddHttpClient(SlackWebApi.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(15))
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SlackWebApi>(sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(SlackWebApi.HttpClientName)));
        services.AddSingleton<SlackHealth>();
        services.AddSingleton<IReadinessCheck>(sp => sp.GetRequiredService<SlackHealth>());
        services.AddSingleton<IStatusContributor>(sp => sp.GetRequiredService<SlackHealth>());
        services.AddSingleton<SlackPostPacer>();
        services.AddSingleton<SlackFileUploader>();
        services.AddSingleton<SlackAlertPublisher>();
        services.AddSingleton<IAlertPublisher>(sp => sp.GetRequiredService<SlackAlertPublisher>());
        services.AddSingleton<SlackPermissions>();
        services.AddSingleton<SlackDeliveryLog>();
        services.TryAddSingleton<HeavyCommandLane>();
        services.TryAddSingleton<DeadlineRunner>();
        services.AddSingleton<SlackCommandRunner>();

        if (!string.IsNullOrWhiteSpace(section[nameof(SlackOptions.SigningSecret)]))
        {
            services.AddSingleton(sp => new SlackRequestVerifier(sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret, sp.GetRequiredService<TimeProvider>()));
            services.AddSingleton<SlackHttpCommands>();
            services.AddSingleton<SlackHttpActions>();
        }

        if (!string.Equals(section[nameof(SlackOptions.Mode)], SlackOptions.HttpMode, StringComparison.OrdinalIgnoreCase))
        {
            services.AddHostedService<SlackSocketModeService>();
        }
        else
        {
            services.AddSingleton<SlackApiProbe>();
            services.AddHostedService(sp => sp.GetRequiredService<SlackApiProbe>());
            services.AddSingleton<IReadinessCheck>(sp => sp.GetRequiredService<SlackApiProbe>());
        }
        return services;
    }
}
