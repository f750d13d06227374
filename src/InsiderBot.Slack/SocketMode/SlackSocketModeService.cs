using System.Net.WebSockets;
using System.Text.Json.Nodes;
using InsiderBot.Chat;
using InsiderBot.Chat.Alerts;
using InsiderBot.Slack.Commands;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.SocketMode;

/// <summary>
/// Socket Mode: <c>apps.connections.open</c> with the app token, one live WebSocket, slash commands and pressed paging
/// buttons (<c>interactive</c> envelopes) acknowledged within three seconds. A <c>warning</c> or <c>refresh_requested</c> opens the next socket before the old one closes;
/// <c>link_disabled</c> and a refused token stop the bot with one line saying what to fix and exit code 2 (a
/// configuration problem: no restart loop); drops reconnect with jittered backoff.
/// </summary>
public sealed class SlackSocketModeService(
    SlackWebApi api,
    SlackCommandRunner runner,
    SlackDeliveryLog deliveries,
    SlackHealth health,
    BotExit exit,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<SlackSocketModeService> logger) : BackgroundService
{
    public static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan HandoverPatience = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        SocketModeConnection? current = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (current is null)
                {
                    if (failures > 1) await Task.Delay(Backoff(failures - 1), time, stoppingToken); // the first reconnect is immediate
                    var (opened, stop) = await OpenAsync(stoppingToken);
                    if (stop) return;
                    if (opened is null)
                    {
                        failures++;
                        continue;
                    }

                    current = opened;
                    failures = 0;
                }

                var reason = await current.Ended.WaitAsync(stoppingToken);
                health.Connected(false);
                switch (reason)
                {
                    case "link_disabled":
                        Stop("Socket Mode is switched off for this Slack app (link_disabled): turn on Socket Mode in the app settings, or set Slack:Mode to http");
                        return;
                    case "warning" or "refresh_requested":
                        logger.LogInformation("Slack asked for a new socket ({Reason}); opening it before closing the old one", reason);
                        var (next, stopNow) = await OpenAsync(stoppingToken);
                        if (stopNow) return;
                        var old = current;
                        current = next;
                        _ = old.CloseWhenIdleAsync(HandoverPatience);
                        if (next is null) failures = 2;
                        break;
                    default:
                        logger.LogWarning("The Slack socket ended ({Reason}); opening a new one", reason);
                        await current.DisposeAsync();
                        current = null;
                        failures++;
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            health.Connected(false);
            if (current is not null) await current.CloseWhenIdleAsync(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>A new socket that said hello; null when it failed and may be retried; stop when retrying is pointless.</summary>
    private async Task<(SocketModeConnection? Connection, bool Stop)> OpenAsync(CancellationToken stoppingToken)
    {
        var ticket = await api.OpenConnectionAsync(stoppingToken);
        if (!ticket.Ok)
        {
            if (SlackErrors.Meaning(ticket) == AlertPostStatus.Fatal)
            {
                Stop($"Slack refused the app token ({ticket.Error}): create an app-level token with connections:write and put it in Slack:AppToken");
                return (null, true);
            }

            logger.LogWarning("apps.connections.open failed: {Error}", ticket.Error);
            if (ticket.IsRateLimited) await Task.Delay(SlackErrors.WaitFor(ticket), time, stoppingToken);
            return (null, false);
        }

        if (!Uri.TryCreate(ticket.Text("url"), UriKind.Absolute, out var url)) return (null, false);
        var connection = new SocketModeConnection(time, HandleEnvelopeAsync, logger);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            timeout.CancelAfter(HelloTimeout);
            await connection.ConnectAsync(url, timeout.Token);
            connection.Start();
            await connection.Hello.WaitAsync(timeout.Token);
            health.Connected(true);
            logger.LogInformation("Connected to Slack in Socket Mode");
            return (connection, false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or HttpRequestException)
        {
            logger.LogWarning("Could not open the Slack socket: {Reason}", ex.Message);
            await connection.DisposeAsync();
            stoppingToken.ThrowIfCancellationRequested();
            return (null, false);
        }
    }

    private async Task HandleEnvelopeAsync(SocketModeConnection connection, JsonObject envelope)
    {
        var id = envelope["envelope_id"]!.ToString();
        JsonObject? answer = null;
        var type = envelope["type"]?.ToString();
        var command = type switch
        {
            "slash_commands" => SlackCommand.FromPayload(envelope["payload"] as JsonObject),
            "interactive" => PagingPress.From(envelope["payload"] as JsonObject), // a pressed paging button
            _ => null,
        };
        if (command is not null && deliveries.FirstTime("socket:" + id)) answer = await runner.RunAsync(command);

        var ack = new JsonObject { ["envelope_id"] = id };
        if (answer is not null) ack["payload"] = answer;
        try
        {
            await connection.SendAsync(ack, CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogWarning("Could not acknowledge envelope {Envelope}: {Reason}", id, ex.Message);
        }
    }

    private void Stop(string whatToFix)
    {
        logger.LogCritical("Slack Socket Mode stopped: {WhatToFix}. Stopping the bot.", whatToFix);
        health.Stop(whatToFix);
        exit.ConfigurationProblem();
        lifetime.StopApplication();
    }

    private static TimeSpan Backoff(int failures)
    {
        var ceiling = Math.Min(MaxBackoff.TotalMilliseconds, 1000 * Math.Pow(2, Math.Min(failures - 1, 10)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble() / 2));
    }
}
