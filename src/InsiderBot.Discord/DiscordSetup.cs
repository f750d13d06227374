using System.Net.Http.Headers;
using InsiderBot.Chat;
using InsiderBot.Chat.Answering;
using InsiderBot.Chat.Alerts;
using InsiderBot.Discord.Alerts;
using InsiderBot.Discord.Commands;
using InsiderBot.Discord.Gateway;
using InsiderBot.Discord.Interactions;
using InsiderBot.Discord.Rendering;
using InsiderBot.Discord.Rest;
using InsiderBot.Health;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord;

public static class DiscordSetup
{
    /// <summary>
    /// The Discord adapter, only when <c>Discord:Token</c> or <c>Discord:PublicKey</c> is set: options validated at
    /// start, the REST client, alerts, command registration, the HTTP interactions endpoint's services, and the gateway.
    /// </summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DiscordOptions.Section);
        if (string.IsNullOrWhiteSpace(section["Token"]) && string.IsNullOrWhiteSpace(section["PublicKey"])) return services;

        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddPlatformShutdown();
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<DiscordMessageRenderer>();
        services.AddHttpClient<DiscordRestClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
            http.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordRestClient.UserAgent);
            if (!string.IsNullOrWhiteSpace(options.Token)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", options.Token);
            http.Timeout = Timeout.InfiniteTimeSpan; // DiscordRestClient.RequestTimeout, on the TimeProvider
        }).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        // Singletons hold this client for the process's life, so its connections are rotated (DNS changes are seen).
        services.TryAddSingleton<HeavyCommandLane>();
        services.TryAddSingleton<DeadlineRunner>();
        services.TryAddSingleton<InteractionHandler>();
        services.AddSingleton<IAlertPublisher, DiscordAlertPublisher>();
        services.AddHostedService<CommandRegistrar>();

        if (!string.Equals(section["Mode"], "http", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<DiscordGatewayClient>();
            services.AddHostedService(provider => provider.GetRequiredService<DiscordGatewayClient>());
            services.AddSingleton<IReadinessCheck>(provider => provider.GetRequiredService<DiscordGatewayClient>());
        }
        else
        {
            services.TryAddSingleton<DiscordApiProbe>();
            services.AddHostedService(provider => provider.GetRequiredService<DiscordApiProbe>());
            services.AddSingleton<IReadinessCheck>(provider => provider.GetRequiredService<DiscordApiProbe>());
        }

        if (!string.IsNullOrWhiteSpace(section["PublicKey"]))
            services.TryAddSingleton(provider => new DiscordSignatureVerifier(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
        return services;
    }

    /// <summary><c>POST /discord/interactions</c> when Discord is configured with a public key; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints) => InteractionEndpoint.Map(endpoints);
}
