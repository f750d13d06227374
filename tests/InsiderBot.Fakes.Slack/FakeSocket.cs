using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace InsiderBot.Fakes.Slack;

/// <summary>One Socket Mode connection on the fake's side: send envelopes and disconnects, drop it, read the acks.</summary>
public sealed class FakeSocket(int id, WebSocket webSocket, FakeSlack slack)
{
    private readonly SemaphoreSlim sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, JsonObject> acks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> ackCounts = new(StringComparer.Ordinal);
    private readonly Channel<JsonObject> ackSignal = Channel.CreateUnbounded<JsonObject>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Id { get; } = id;

    internal FreezableStream? Transport { get; init; }

    /// <summary>Goes silent without closing: sends nothing more (no envelopes, no pongs to the bot's pings) and reads nothing.</summary>
    public void Freeze() => Transport?.Freeze();

    public Task Closed => closed.Task;

    public IReadOnlyDictionary<string, JsonObject> Acks => acks;

    /// <summary>Sends a <c>slash_commands</c> envelope; its response_url is recorded under the envelope id.</summary>
    public async Task<string> SendSlashCommandAsync(string command, string text, string user = "U1", string channel = "C1", string? envelopeId = null, int retryAttempt = 0)
    {
        envelopeId ??= Guid.NewGuid().ToString();
        var envelope = new JsonObject
        {
            ["envelope_id"] = envelopeId,
            ["type"] = "slash_commands",
            ["accepts_response_payload"] = true,
            ["retry_attempt"] = retryAttempt,
            ["payload"] = new JsonObject
            {
                ["team_id"] = "T1", ["team_domain"] = "fake", ["channel_id"] = channel, ["channel_name"] = "general",
                ["user_id"] = user, ["user_name"] = "tester", ["command"] = command, ["text"] = text,
                ["response_url"] = slack.ResponseUrl(envelopeId).ToString(), ["trigger_id"] = "trigger-" + envelopeId,
            },
        };
        await SendAsync(envelope);
        return envelopeId;
    }

    /// <summary>Sends an <c>interactive</c> envelope (a pressed button's <c>block_actions</c> payload, see <see cref="FakeBlocks.Press"/>).</summary>
    public async Task<string> SendInteractiveAsync(JsonObject payload, string? envelopeId = null)
    {
        envelopeId ??= Guid.NewGuid().ToString();
        await SendAsync(new JsonObject { ["envelope_id"] = envelopeId, ["type"] = "interactive", ["accepts_response_payload"] = false, ["payload"] = payload.DeepClone() });
        return envelopeId;
    }

    /// <summary>Sends <c>{"type":"disconnect","reason":…}</c> (warning, refresh_requested, link_disabled, too_many_websockets).</summary>
    public Task SendDisconnectAsync(string reason) =>
        SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = reason, ["debug_info"] = new JsonObject { ["host"] = "fake" } });

    /// <summary>Closes from the server side with a close frame.</summary>
    public async Task CloseAsync()
    {
        try
        {
            await webSocket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException)
        {
        }
    }

    /// <summary>Drops the connection without a close frame.</summary>
    public void Abort() => webSocket.Abort();

    /// <summary>How many acks arrived for <paramref name="envelopeId"/>.</summary>
    public int AckCount(string envelopeId) => ackCounts.GetValueOrDefault(envelopeId);

    /// <summary>Waits for the <paramref name="occurrence"/>th ack of <paramref name="envelopeId"/> and returns the first.</summary>
    public async Task<JsonObject> AckAsync(string envelopeId, TimeSpan timeout, int occurrence = 1)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (AckCount(envelopeId) < occurrence) await ackSignal.Reader.ReadAsync(cts.Token);
        return acks[envelopeId];
    }

    internal Task SendHelloAsync() => SendAsync(JsonNode.Parse("""{"type":"hello","num_connections":1,"debug_info":{"host":"fake","approximate_connection_time":18060},"connection_info":{"app_id":"A1"}}""")!.AsObject());

    internal async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (webSocket.State == WebSocketState.Open || webSocket.State == WebSocketState.CloseSent)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await webSocket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (webSocket.State == WebSocketState.CloseReceived)
                        await webSocket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    return;
                }

                if (JsonNode.Parse(message.ToArray()) is JsonObject ack && ack["envelope_id"]?.ToString() is { } envelope)
                {
                    acks.TryAdd(envelope, ack);
                    ackCounts.AddOrUpdate(envelope, 1, (_, n) => n + 1);
                    ackSignal.Writer.TryWrite(ack);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or JsonException)
        {
        }
    }

    internal void MarkClosed() => closed.TrySetResult();

    private async Task SendAsync(JsonObject message)
    {
        await sendLock.WaitAsync();
        try
        {
            await webSocket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }
    }
}
