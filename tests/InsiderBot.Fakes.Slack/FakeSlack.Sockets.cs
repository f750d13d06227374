using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace InsiderBot.Fakes.Slack;

public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<int, FakeSocket> sockets = new();
    private readonly Channel<FakeSocket> socketSignal = Channel.CreateUnbounded<FakeSocket>();
    private int socketIds;
    private int socketsAccepted;
    private int peakOpenSockets;

    /// <summary>The most Socket Mode connections that were ever open at once.</summary>
    public int PeakOpenSockets
    {
        get
        {
            lock (sockets) return peakOpenSockets;
        }
    }

    /// <summary>Socket Mode connections open right now (a leak shows as more than one).</summary>
    public int OpenSockets => sockets.Count;

    /// <summary>Socket Mode connections accepted since the start.</summary>
    public int SocketsAccepted => Volatile.Read(ref socketsAccepted);

    /// <summary>The newest open socket, or null.</summary>
    public FakeSocket? CurrentSocket => sockets.Values.OrderByDescending(s => s.Id).FirstOrDefault();

    /// <summary>Waits for the next Socket Mode connection (it has been sent <c>hello</c>).</summary>
    public async Task<FakeSocket> NextSocketAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await socketSignal.Reader.ReadAsync(cts.Token);
    }

    /// <summary>Waits until exactly <paramref name="count"/> sockets are open.</summary>
    public async Task WaitForOpenSocketsAsync(int count, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (OpenSockets != count)
        {
            var closing = sockets.Values.Select(s => s.Closed).ToList();
            if (closing.Count > count) await Task.WhenAny(closing).WaitAsync(cts.Token);
            else await socketSignal.Reader.WaitToReadAsync(cts.Token);
        }
    }

    private async Task HandleSocketAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // Upgraded by hand so the fake owns the raw stream and can go silent without closing (see FreezableStream).
        var key = context.Request.Headers["Sec-WebSocket-Key"].ToString();
        context.Response.Headers.Connection = "Upgrade";
        context.Response.Headers.Upgrade = "websocket";
        context.Response.Headers["Sec-WebSocket-Accept"] = Convert.ToBase64String(SHA1.HashData(Encoding.ASCII.GetBytes(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11")));
        var transport = new FreezableStream(await context.Features.GetRequiredFeature<IHttpUpgradeFeature>().UpgradeAsync(), context.Abort);
        using var webSocket = WebSocket.CreateFromStream(transport, new WebSocketCreationOptions { IsServer = true, KeepAliveInterval = TimeSpan.Zero });
        var socket = new FakeSocket(Interlocked.Increment(ref socketIds), webSocket, this) { Transport = transport };
        lock (sockets)
        {
            sockets[socket.Id] = socket;
            peakOpenSockets = Math.Max(peakOpenSockets, sockets.Count);
        }

        Interlocked.Increment(ref socketsAccepted);
        try
        {
            await socket.SendHelloAsync();
            socketSignal.Writer.TryWrite(socket);
            await socket.ReceiveLoopAsync(context.RequestAborted);
            await transport.Pumping; // frozen, the loop ends only when the bot drops the connection
        }
        finally
        {
            sockets.TryRemove(socket.Id, out _);
            socket.MarkClosed();
        }
    }
}
