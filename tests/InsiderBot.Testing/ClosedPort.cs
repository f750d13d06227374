using System.Net;
using System.Net.Sockets;

namespace InsiderBot.Testing;

/// <summary>
/// A loopback port bound but never listening, held until disposed: a connection to it is refused at once, and no
/// other process can take the port meanwhile (a port merely found free a moment ago can be).
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    public ClosedPort()
    {
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        // .NET sets SO_REUSEADDR on every bind, and on Linux two unlistening sockets that both allow reuse may share a
        // port: Kestrel or another test could then bind and listen here. Turned off once bound, no other bind succeeds.
        socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, false);
    }

    public int Port => ((IPEndPoint)socket.LocalEndPoint!).Port;

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string HostAndPort => $"127.0.0.1:{Port}";

    public void Dispose() => socket.Dispose();
}
