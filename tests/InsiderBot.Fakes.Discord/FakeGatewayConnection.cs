using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace InsiderBot.Fakes.Discord;

/// <summary>One bot connection to the fake gateway. The test sends Hello, READY, dispatches, op 7/9 and closes; reads what the bot sent.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string target, FakeGateway gateway)
{
    private readonly Channel<JsonElement> received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource<WebSocketCloseStatus?> closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim sending = new(1, 1);
    private readonly CancellationTokenSource abort = new();
    private int sequence;

    /// <summary>Path and query the bot connected with (<c>/gateway?v=10&amp;encoding=json</c>).</summary>
    public string Target { get; } = target;

    /// <summary>Completes with the bot's close code when the bot closes (null if the socket just dropped).</summary>
    public Task<WebSocketCloseStatus?> Closed => closed.Task;

    public int HeartbeatsReceived { get; private set; }

    public Task HelloAsync(int heartbeatIntervalMs) => SendAsync(new { op = 10, d = new { heartbeat_interval = heartbeatIntervalMs } });

    public Task ReadyAsync(string sessionId, string resumeGatewayUrl) =>
        DispatchAsync("READY", new { v = 10, session_id = sessionId, resume_gateway_url = resumeGatewayUrl, user = new { id = "1", username = "insiderbot" }, guilds = Array.Empty<object>(), application = new { id = "775799577604522054", flags = 0 } });

    public Task DispatchAsync(string type, object data) => SendAsync(new { op = 0, d = data, s = Interlocked.Increment(ref sequence), t = type });

    /// <summary>Sends a dispatch whose <c>d</c> is raw JSON (an interaction body).</summary>
    public Task DispatchRawAsync(string type, string json) =>
        SendRawAsync($"{{\"op\":0,\"d\":{json},\"s\":{Interlocked.Increment(ref sequence)},\"t\":\"{type}\"}}");

    public Task ReconnectAsync() => SendAsync(new { op = 7, d = (object?)null });

    public Task InvalidSessionAsync(bool resumable) => SendAsync(new { op = 9, d = resumable });

    public int Sequence => sequence;

    public Task SendAsync(object payload) => SendRawAsync(JsonSerializer.Serialize(payload));

    public async Task SendRawAsync(string json)
    {
        await sending.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, abort.Token);
        }
        finally
        {
            sending.Release();
        }
    }

    /// <summary>The next payload the bot sent (heartbeats included); fails after the timeout.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await received.Reader.ReadAsync(limit.Token);
    }

    /// <summary>The next payload with this opcode, skipping others (heartbeats).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        while (true)
        {
            var payload = await ReceiveAsync(timeout);
            if (payload.GetProperty("op").GetInt32() == op) return payload;
        }
    }

    /// <summary>Closes from the server side with a Discord close code (4000, 4004 …).</summary>
    public async Task CloseAsync(int code, string reason = "")
    {
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // Already gone.
        }
    }

    /// <summary>Drops the TCP connection with no close frame: the bot sees 1006.</summary>
    public async Task AbortAsync()
    {
        await abort.CancelAsync();
        try
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request already ended.
        }
    }

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, abort.Token);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        closed.TrySetResult(result.CloseStatus);
                        if (socket.State == WebSocketState.CloseReceived) await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                using var document = JsonDocument.Parse(message.ToArray());
                var payload = document.RootElement.Clone();
                var op = payload.GetProperty("op").GetInt32();
                if (op == 2 && gateway.IdentifyTooSoon()) await InvalidSessionAsync(resumable: false);
                if (op == 1)
                {
                    HeartbeatsReceived++;
                    if (gateway.AcknowledgeHeartbeats) await SendAsync(new { op = 11 });
                }

                await received.Writer.WriteAsync(payload);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException)
        {
            closed.TrySetResult(null);
        }
        finally
        {
            received.Writer.TryComplete();
        }
    }
}
