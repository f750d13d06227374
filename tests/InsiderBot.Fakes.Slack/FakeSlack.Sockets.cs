using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace InsiderBot.Fakes.Slack;

public sealed partial class FakeSlack
{
    private readonly ConcurrentDictionary<int, FakeSocket> sockets = new();
    private readonly Channel<FakeSocket> socketSignal = Channel.CreateUnbounded<FakeSocket>();
    private int socketIds;
    private int socketsAccepted;

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

        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        var socket = new FakeSocket(Interlocked.Increment(ref socketIds), webSocket, this);
        sockets[socket.Id] = socket;
        Interlocked.Increment(ref socketsAccepted);
        try
        {
            await socket.SendHelloAsync();
            socketSignal.Writer.TryWrite(socket);
            await socket.ReceiveLoopAsync(context.RequestAborted);
        }
        finally
        {
            sockets.TryRemove(socket.Id, out _);
            socket.MarkClosed();
        }
    }
}
