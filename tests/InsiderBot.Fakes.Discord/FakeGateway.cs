using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace InsiderBot.Fakes.Discord;

/// <summary>The gateway endpoint: each WebSocket the bot opens becomes a <see cref="FakeGatewayConnection"/> the test scripts.</summary>
public sealed class FakeGateway(TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan IdentifyInterval = TimeSpan.FromSeconds(5);
    private readonly Channel<FakeGatewayConnection> accepted = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly ConcurrentBag<FakeGatewayConnection> all = [];
    private readonly Lock gate = new();
    private DateTimeOffset? lastIdentify;

    /// <summary>IDENTIFYs that came less than 5 s after the previous one; Discord answered each with op 9.</summary>
    public int EarlyIdentifies { get; private set; }

    /// <summary>Like Discord (max_concurrency 1): an IDENTIFY within 5 s of the previous one is answered with op 9 d:false.</summary>
    internal bool IdentifyTooSoon()
    {
        lock (gate)
        {
            var now = time.GetUtcNow();
            var early = lastIdentify is { } last && now - last < IdentifyInterval;
            lastIdentify = now;
            if (early) EarlyIdentifies++;
            return early;
        }
    }

    /// <summary>Heartbeats are answered with op 11 unless the test turns this off (a zombie connection).</summary>
    public bool AcknowledgeHeartbeats { get; set; } = true;

    public int ConnectionCount => all.Count;

    /// <summary>The next connection the bot opens.</summary>
    public async Task<FakeGatewayConnection> NextConnectionAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        return await accepted.Reader.ReadAsync(limit.Token);
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = 400;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString, this);
        all.Add(connection);
        await accepted.Writer.WriteAsync(connection);
        await connection.RunAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in all) await connection.AbortAsync();
    }
}
