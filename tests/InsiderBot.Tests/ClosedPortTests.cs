using System.Net;
using System.Net.Sockets;
using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary>The "nowhere" address the readiness, secrets and healthcheck tests point the bot at stays nowhere for the whole test.</summary>
public sealed class ClosedPortTests
{
    [Fact]
    public async Task AConnection_IsRefused_AndNoOtherListenerCanTakeThePortWhileItIsHeld()
    {
        using var closed = new ClosedPort();

        using var client = new TcpClient();
        var refused = await Assert.ThrowsAsync<SocketException>(() => client.ConnectAsync(IPAddress.Loopback, closed.Port));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);

        var taken = Assert.Throws<SocketException>(() => new TcpListener(IPAddress.Loopback, closed.Port).Start());
        Assert.Equal(SocketError.AddressAlreadyInUse, taken.SocketErrorCode);

        // The positive control: the same kind of connection to a port that listens gets through.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            using var other = new TcpClient();
            await other.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
            Assert.True(other.Connected);
        }
        finally
        {
            listener.Stop();
        }
    }
}
