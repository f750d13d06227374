using System.Net;
using System.Net.Sockets;

namespace InsiderBot.Testing;

/// <summary>A loopback port that was free a moment ago, for a server that must be told its port up front.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
