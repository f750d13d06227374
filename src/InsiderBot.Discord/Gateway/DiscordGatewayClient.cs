using System.Net.WebSockets;
using System.Text.Json;
using InsiderBot.Chat;
using InsiderBot.Discord.Interactions;
using InsiderBot.Discord.Rest;
using InsiderBot.Health;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Discord.Gateway;

/// <summary>
/// Receives slash commands over Discord's gateway (no public URL needed) and answers them through the callback
/// endpoint. Resumes after op 7, resumable closes, dropped sockets, zombie connections and frames it cannot read;
/// identifies anew (on the URL <c>GET /gateway/bot</c> gives, IDENTIFYs 5 s apart) after op 9 d:false, 4003, 4007 and
/// 4009; stops the bot on the close codes that forbid reconnecting; backs off with jitter between attempts.
/// </summary>
public sealed class DiscordGatewayClient(
    IOptions<DiscordOptions> options,
    InteractionHandler handler,
    DiscordRestClient rest,
    AnswersInFlight inFlight,
    BotExit exit,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordGatewayClient> logger) : BackgroundService, IReadinessCheck
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly GatewaySession session = new();
    private readonly IdentifySpacing spacing = new(time);
    private volatile string? gatewayUrl;
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
            if (!resume && !await PrepareIdentifyAsync(stoppingToken)) return;
            var (outcome, code, wasReady) = await ConnectOnceAsync(resume, stoppingToken);
            connected = false;
            switch (outcome)
            {
                case GatewayOutcome.Stopped:
                    return;
                case GatewayOutcome.Fatal:
                    RefuseForGood(code);
                    return;
                case GatewayOutcome.Identify:
                    session.Forget();
                    break;
            }

            failures = wasReady ? 0 : failures + 1;
            if (outcome == GatewayOutcome.ResumeNow) continue;
            // After an invalidated session the gateway docs ask for a random 1–5 s before identifying again.
            var delay = outcome == GatewayOutcome.Identify ? InvalidSessionWait() : Backoff(failures);
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

    /// <summary>1 + 4 × jitter seconds: the random 1–5 s wait after op 9 before a new IDENTIFY.</summary>
    public TimeSpan InvalidSessionWait() => TimeSpan.FromSeconds(1 + (4 * Jitter()));

    /// <summary>A rejected token (4004) is a configuration problem: one line naming the key, exit code 2, no restart loop.</summary>
    private void RefuseForGood(int? code)
    {
        logger.LogCritical("Discord gateway closed for good: {WhatToFix} Stopping the bot.", GatewayCloseCodes.WhatToFix(code));
        if (code == GatewayCloseCodes.AuthenticationFailed) exit.ConfigurationProblem();
        lifetime.StopApplication();
    }

    private async Task<(GatewayOutcome Outcome, int? Code, bool WasReady)> ConnectOnceAsync(bool resume, CancellationToken stoppingToken)
    {
        var target = new UriBuilder(resume ? session.ResumeUrl! : gatewayUrl ?? options.Value.GatewayUrl) { Query = "v=10&encoding=json" }.Uri;
        using var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(target, stoppingToken);
            connected = true;
            var connection = new GatewayConnection(socket, session, options.Value.Token!, time, () => Jitter(), OnInteraction, spacing.Identified, logger);
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
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever one connection does wrong must not end the bot: drop it and connect again.
            logger.LogError(ex, "Discord gateway connection failed unexpectedly; reconnecting");
            return (GatewayOutcome.Resume, null, false);
        }
    }

    /// <summary>
    /// Before a new IDENTIFY: asks <c>GET /gateway/bot</c> for the URL to use (kept for when the call fails; the
    /// configured URL is only the fallback) and the daily identify budget (1000; exceeding it resets the token), waits
    /// for the budget's reset when none is left, and keeps IDENTIFYs 5 s apart. False when the bot is stopping.
    /// </summary>
    private async Task<bool> PrepareIdentifyAsync(CancellationToken stoppingToken)
    {
        try
        {
            var response = await rest.SendAsync(HttpMethod.Get, "gateway/bot", null, stoppingToken);
            var info = response.IsSuccess ? GatewayBotInfo.Parse(response.Body) : null;
            if (info?.Url is { } url) gatewayUrl = url;
            if (info is { Remaining: <= 0, ResetAfter: { } wait })
            {
                logger.LogWarning("Discord's daily identify budget is used up; waiting {Wait} before connecting", wait);
                await Task.Delay(wait, time, stoppingToken);
            }

            var spaced = spacing.WaitBeforeNext();
            if (spaced > TimeSpan.Zero) await Task.Delay(spaced, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Answers an INTERACTION_CREATE off the receive loop; shutdown lets it finish (<see cref="AnswersInFlight"/>).</summary>
    private void OnInteraction(JsonElement data) => inFlight.Track(AnswerAsync(data));

    private async Task AnswerAsync(JsonElement data)
    {
        await Task.Yield();
        try
        {
            var interaction = DiscordInteraction.Parse(data);
            await handler.HandleAsync(interaction, async (answer, ct) =>
            {
                var response = await rest.SendAsync(HttpMethod.Post, $"interactions/{interaction.Id}/{interaction.Token}/callback", answer.ToContent, ct);
                if (!response.IsSuccess) logger.LogWarning("Discord refused the answer to interaction {Interaction}: {Detail}", interaction.Id, response.Describe());
            }, answerCarriesFiles: true, inFlight.Abandoned);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Discord interaction failed");
        }
    }
}
