using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket: waits for <c>hello</c>, hands each envelope to the handler, sends acks, and reports how
/// it ended (a <c>disconnect</c> reason or <c>closed</c>). It keeps reading after a disconnect message, so envelopes
/// that still arrive on it are answered until it is closed.
/// </summary>
public sealed class SocketModeConnection(ClientWebSocket webSocket, Func<SocketModeConnection, JsonObject, Task> onEnvelope, ILogger logger) : IAsyncDisposable
{
    public const string Closed = "closed";

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

    public void Start() => receiving = Task.Run(ReceiveLoopAsync);

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
