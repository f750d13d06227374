using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: waits for <c>hello</c>, hands each envelope to the handler, sends acks, and reports how
/// it ended (a <c>disconnect</c> reason, <c>closed</c>, or <c>silent</c>). It keeps reading after a disconnect message,
/// so envelopes that still arrive on it are answered until it is closed. It pings every
/// <see cref="SocketLiveness.KeepAlive"/>; a watchdog on the <see cref="TimeProvider"/> aborts it when nothing at all
/// (no envelope, ping or pong) has come from Slack for <see cref="SocketLiveness.SilenceLimit"/>.
/// </summary>
public sealed class SocketModeConnection : IAsyncDisposable
{
    public const string Closed = "closed";
    public const string Silent = "silent";

    private readonly ClientWebSocket webSocket = new();
    private readonly HttpMessageInvoker invoker;
    private readonly SocketLiveness liveness;
    private readonly TimeProvider time;
    private readonly Func<SocketModeConnection, JsonObject, Task> onEnvelope;
    private readonly ILogger logger;
    private ITimer? watchdog;

    public SocketModeConnection(TimeProvider time, Func<SocketModeConnection, JsonObject, Task> onEnvelope, ILogger logger)
    {
        this.time = time;
        this.onEnvelope = onEnvelope;
        this.logger = logger;
        liveness = new SocketLiveness(time);
        // The stream filter sits above TLS, so every byte Slack sends (pongs included) is seen by the liveness clock.
        invoker = new HttpMessageInvoker(new SocketsHttpHandler
        {
            PlaintextStreamFilter = (context, _) => ValueTask.FromResult<Stream>(new HeardStream(context.PlaintextStream, liveness)),
        });
        webSocket.Options.KeepAliveInterval = SocketLiveness.KeepAlive;
        webSocket.Options.KeepAliveTimeout = SocketLiveness.SilenceLimit * 2; // a backstop on the real clock; the watchdog decides first
    }

    public Task ConnectAsync(Uri url, CancellationToken cancellationToken) => webSocket.ConnectAsync(url, invoker, cancellationToken);

    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly TaskCompletionSource hello = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource reading = new();
    private int inFlight;
    private Task receiving = Task.CompletedTask;

    /// <summary>Completes on <c>hello</c>.</summary>
    public Task Hello => hello.Task;

    /// <summary>The first <c>disconnect</c> reason, or <see cref="Closed"/> when the socket ended without one.</summary>
    public Task<string> Ended => ended.Task;

    public void Start()
    {
        liveness.Heard();
        receiving = Task.Run(ReceiveLoopAsync);
        watchdog = time.CreateTimer(_ => CheckSilence(), null, SocketLiveness.KeepAlive, SocketLiveness.KeepAlive);
    }

    private void CheckSilence()
    {
        var silence = liveness.Silence;
        if (silence <= SocketLiveness.SilenceLimit || ended.Task.IsCompleted) return;
        logger.LogWarning("The Slack socket has been silent for {Silence} (no envelope, ping or pong); dropping it", silence);
        ended.TrySetResult(Silent);
        webSocket.Abort();
    }

    public async Task SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken);
        try
        {
            await webSocket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        }
        finally
        {
            sendLock.Release();
        }
    }

    /// <summary>Closes once the envelopes taken on this socket are acknowledged (bounded), then frees it.</summary>
    public async Task CloseWhenIdleAsync(TimeSpan patience)
    {
        using var timeout = new CancellationTokenSource(patience);
        try
        {
            while (Volatile.Read(ref inFlight) > 0) await Task.Delay(TimeSpan.FromMilliseconds(20), timeout.Token);
            await webSocket.CloseAsync(WebSocketCloseStatus.NormalClosure, "reconnecting", timeout.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            logger.LogDebug("Closing an old Slack socket did not finish cleanly: {Reason}", ex.Message);
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (watchdog is not null) await watchdog.DisposeAsync();
        await reading.CancelAsync();
        webSocket.Abort();
        try
        {
            await receiving;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
        }

        webSocket.Dispose();
        invoker.Dispose();
        reading.Dispose();
        ended.TrySetResult(Closed);
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (webSocket.State == WebSocketState.Open)
            {
                using var message = new MemoryStream();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await webSocket.ReceiveAsync(buffer.AsMemory(), reading.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close) break;
                if (JsonNode.Parse(message.ToArray()) is JsonObject envelope) Dispatch(envelope);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException or IOException)
        {
            logger.LogInformation("Slack socket ended: {Reason}", ex.Message);
        }
        finally
        {
            ended.TrySetResult(Closed);
            hello.TrySetException(new WebSocketException("The Slack socket closed before hello."));
        }
    }

    private void Dispatch(JsonObject envelope)
    {
        switch (envelope["type"]?.ToString())
        {
            case "hello":
                hello.TrySetResult();
                break;
            case "disconnect":
                ended.TrySetResult(envelope["reason"]?.ToString() ?? "unknown");
                break;
            default:
                if (envelope["envelope_id"] is null) break;
                Interlocked.Increment(ref inFlight);
                _ = Task.Run(async () =>
                {
                    try
                    {
                        await onEnvelope(this, envelope);
                    }
                    finally
                    {
                        Interlocked.Decrement(ref inFlight);
                    }
                });
                break;
        }
    }
}
