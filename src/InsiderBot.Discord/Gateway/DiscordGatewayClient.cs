using System.Net.WebSockets;
using System.Text.Json;
using InsiderBot.Chat;
using InsiderBot.Discord.Interactions;
using InsiderBot.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Gateway;

/// <summary>
/// Receives slash commands over Discord's gateway (no public URL needed) and answers them through the callback
/// endpoint. Resumes after op 7, resumable closes, dropped sockets and zombie connections; identifies anew after
/// op 9 d:false; stops the bot on the close codes that forbid reconnecting; backs off with jitter between attempts.
/// </summary>
public sealed class DiscordGatewayClient(
    IOptions<DiscordOptions> options,
    InteractionHandler handler,
    DiscordRestClient rest,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayClient> logger) : BackgroundService, IReadinessCheck
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly GatewaySession session = new();
    private volatile bool connected;

    /// <summary>Random in [0, 1): spreads the first heartbeat and reconnects. Tests pin it.</summary>
    public Func<double> Jitter { get; set; } = Random.Shared.NextDouble;

    public string? Problem() => connected ? null : "discord: gateway not connected";

    /// <summary>0.5–1 × min(60 s, 2^failures s).</summary>
    public TimeSpan Backoff(int failures) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures, 6)))) * (0.5 + (Jitter() / 2));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var resume = session.CanResume;
            if (!resume && !await WaitForIdentifyBudgetAsync(stoppingToken)) return;
            var (outcome, code, wasReady) = await ConnectOnceAsync(resume, stoppingToken);
            connected = false;
            switch (outcome)
            {
                case GatewayOutcome.Stopped:
                    return;
                case GatewayOutcome.Fatal:
                    logger.LogCritical("Discord gateway closed for good: {WhatToFix} Stopping the bot.", GatewayCloseCodes.WhatToFix(code));
                    lifetime.StopApplication();
                    return;
                case GatewayOutcome.Identify:
                    session.Forget();
                    break;
            }

            failures = wasReady ? 0 : failures + 1;
            if (outcome == GatewayOutcome.ResumeNow) continue;
            var delay = Backoff(failures);
            logger.LogInformation("Discord gateway disconnected ({Outcome}, close code {Code}); reconnecting in {Delay}", outcome, code, delay);
            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<(GatewayOutcome Outcome, int? Code, bool WasReady)> ConnectOnceAsync(bool resume, CancellationToken stoppingToken)
    {
        var target = new UriBuilder(resume ? session.ResumeUrl! : options.Value.GatewayUrl) { Query = "v=10&encoding=json" }.Uri;
        using var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(target, stoppingToken);
            connected = true;
            var connection = new GatewayConnection(socket, session, options.Value.Token!, time, () => Jitter(), OnInteractionAsync, logger);
            var (outcome, code) = await connection.RunAsync(resume, stoppingToken);
            return (outcome, code, connection.WasReady);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return (GatewayOutcome.Stopped, null, false);
        }
        catch (WebSocketException ex)
        {
            logger.LogWarning("Discord gateway connection failed: {Error}", ex.Message);
            return (GatewayOutcome.Resume, null, false);
        }
    }

    /// <summary>
    /// Identifies count against a daily budget (1000; exceeding it resets the token). <c>GET /gateway/bot</c> says how
    /// many are left; with none left, wait for the reset instead of burning the token.
    /// </summary>
    private async Task<bool> WaitForIdentifyBudgetAsync(CancellationToken stoppingToken)
    {
        var response = await rest.SendAsync(HttpMethod.Get, "gateway/bot", null, stoppingToken);
        if (!response.IsSuccess) return true;
        try
        {
            using var document = JsonDocument.Parse(response.Body);
            if (!document.RootElement.TryGetProperty("session_start_limit", out var limit)) return true;
            if (limit.GetProperty("remaining").GetInt32() > 0) return true;
            var wait = TimeSpan.FromMilliseconds(limit.GetProperty("reset_after").GetDouble());
            logger.LogWarning("Discord's daily identify budget is used up; waiting {Wait} before connecting", wait);
            await Task.Delay(wait, time, stoppingToken);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private Task OnInteractionAsync(JsonElement data)
    {
        var interaction = DiscordInteraction.Parse(data);
        return handler.HandleAsync(interaction, async (answer, ct) =>
        {
            var response = await rest.SendAsync(HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback", answer.ToContent, ct);
            if (!response.IsSuccess) logger.LogWarning("Discord refused the answer to interaction {Interaction}: {Detail}", interaction.Id, response.Describe());
        }, answerCarriesFiles: true, lifetime.ApplicationStopping);
    }
}
