using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket: Hello → heartbeats (first one jittered, on their own timer so handlers never delay them),
/// Identify or Resume, dispatches; ends with what the next connection should do.
/// </summary>
internal sealed class GatewayConnection(
    WebSocket socket,
    GatewaySession session,
    string token,
    TimeProvider time,
    Func<double> jitter,
    Action<JsonElement> onInteraction,
    Action identified,
    ILogger logger)
{
    private static readonly TimeSpan CloseHandshake = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim sending = new(1, 1);
    private volatile bool acknowledged = true;
    private int decided = -1;

    /// <summary>READY or RESUMED arrived on this connection.</summary>
    public bool WasReady { get; private set; }

    public async Task<(GatewayOutcome Outcome, int? CloseCode)> RunAsync(bool resume, CancellationToken stopping)
    {
        // Not linked to `stopping`: cancelling a pending receive aborts the socket without a close frame. On shutdown the
        // bot closes with 1000, which ends the session at once (the session lives only in memory, so the next start
        // identifies anyway, and a resumable close would leave a ghost session behind); the close handshake ends the loop.
        using var connection = new CancellationTokenSource();
        using var onStop = stopping.Register(() => _ = CloseAsync(GatewayOutcome.Stopped, 1000, "shutting down", connection));
        Task heartbeat = Task.CompletedTask;
        try
        {
            while (await ReceiveAsync(connection.Token) is { } payload)
            {
                if (!TryReadOp(payload, out var op))
                {
                    // A frame of a shape Discord never sends: drop this connection (resumably) rather than guess.
                    logger.LogWarning("Discord gateway sent a frame without a numeric op; reconnecting");
                    await CloseAsync(GatewayOutcome.Resume, 4000, "unexpected payload", connection);
                    continue;
                }

                switch (op)
                {
                    case 10:
                        acknowledged = true;
                        var interval = TimeSpan.FromMilliseconds(payload.GetProperty("d").GetProperty("heartbeat_interval").GetDouble());
                        heartbeat = HeartbeatAsync(interval, connection);
                        await SendAsync(resume ? Resume() : Identify(), connection.Token);
                        if (!resume) identified();
                        break;
                    case 11:
                        acknowledged = true;
                        break;
                    case 1:
                        await SendAsync(new { op = 1, d = session.Sequence }, connection.Token);
                        break;
                    case 0:
                        Dispatch(payload);
                        break;
                    case 7:
                        logger.LogInformation("Discord asked the gateway to reconnect (op 7); resuming");
                        await CloseAsync(GatewayOutcome.ResumeNow, 4000, "reconnect requested", connection);
                        break;
                    case 9:
                        var resumable = payload.TryGetProperty("d", out var d) && d.ValueKind == JsonValueKind.True;
                        logger.LogInformation("Discord invalidated the gateway session (op 9, resumable {Resumable})", resumable);
                        await CloseAsync(resumable ? GatewayOutcome.Resume : GatewayOutcome.Identify, resumable ? 4000 : 1000, "invalid session", connection);
                        break;
                }
            }

            return Decided() is { } outcome ? (outcome, null) : (GatewayCloseCodes.OutcomeOf((int?)socket.CloseStatus), (int?)socket.CloseStatus);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            if (stopping.IsCancellationRequested) return (GatewayOutcome.Stopped, null);
            return (Decided() ?? GatewayOutcome.Resume, null);
        }
        catch (Exception ex) when (IsMalformed(ex))
        {
            // A payload whose parts have unexpected shapes (Hello without an interval, READY without a session id …).
            logger.LogWarning("Discord gateway sent a payload the bot cannot read ({Error}); reconnecting", ex.Message);
            await CloseAsync(GatewayOutcome.Resume, 4000, "unexpected payload", connection);
            if (stopping.IsCancellationRequested) return (GatewayOutcome.Stopped, null);
            return (Decided() ?? GatewayOutcome.Resume, null);
        }
        finally
        {
            await connection.CancelAsync();
            await heartbeat;
        }
    }

    private static bool TryReadOp(JsonElement payload, out int op)
    {
        op = 0;
        return payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("op", out var value)
            && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out op);
    }

    private static bool IsMalformed(Exception ex) =>
        ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException or DecoderFallbackException;

    private void Dispatch(JsonElement payload)
    {
        if (payload.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number) session.Sequence = s.GetInt64();
        var type = payload.TryGetProperty("t", out var t) ? t.GetString() : null;
        var data = payload.GetProperty("d");
        switch (type)
        {
            case "READY":
                session.SessionId = data.GetProperty("session_id").GetString();
                session.ResumeUrl = data.GetProperty("resume_gateway_url").GetString();
                WasReady = true;
                logger.LogInformation("Discord gateway ready");
                break;
            case "RESUMED":
                WasReady = true;
                logger.LogInformation("Discord gateway session resumed");
                break;
            case "INTERACTION_CREATE":
                onInteraction(data.Clone());
                break;
        }
    }

    private async Task HeartbeatAsync(TimeSpan interval, CancellationTokenSource connection)
    {
        try
        {
            await Task.Delay(interval * jitter(), time, connection.Token);
            while (true)
            {
                if (!acknowledged)
                {
                    logger.LogWarning("Discord did not acknowledge the last heartbeat; closing the zombie connection to resume");
                    await CloseAsync(GatewayOutcome.Resume, 4000, "heartbeat not acknowledged", connection);
                    return;
                }

                acknowledged = false;
                await SendAsync(new { op = 1, d = session.Sequence }, connection.Token);
                await Task.Delay(interval, time, connection.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop reports how.
        }
    }

    /// <summary>Closes with a non-1000 code (keeps the session resumable) unless the session is to be dropped.</summary>
    private async Task CloseAsync(GatewayOutcome outcome, int code, string reason, CancellationTokenSource connection)
    {
        if (Interlocked.CompareExchange(ref decided, (int)outcome, -1) != -1) return;
        connection.CancelAfter(CloseHandshake);
        try
        {
            await sending.WaitAsync(connection.Token);
            try
            {
                await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, connection.Token);
            }
            finally
            {
                sending.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The socket is already gone or the handshake timed out: the receive loop ends either way.
        }
    }

    private GatewayOutcome? Decided() => Volatile.Read(ref decided) is var d and >= 0 ? (GatewayOutcome)d : null;

    private object Identify() => new
    {
        op = 2,
        d = new { token, intents = 0, properties = new { os = "linux", browser = "insiderbot", device = "insiderbot" } },
    };

    private object Resume() => new { op = 6, d = new { token, session_id = session.SessionId, seq = session.Sequence } };

    private async Task SendAsync(object payload, CancellationToken cancellationToken)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(payload);
        await sending.WaitAsync(cancellationToken);
        try
        {
            if (Decided() is null) await socket.SendAsync(bytes, WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            sending.Release();
        }
    }

    private async Task<JsonElement?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close) return null;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            if (result.MessageType != WebSocketMessageType.Text) return null;
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
            return document.RootElement.Clone();
        }
    }
}
