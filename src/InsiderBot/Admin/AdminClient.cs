using System.Net.Sockets;
using System.Text;
using InsiderBot.Cli;

namespace InsiderBot.Admin;

/// <summary>
/// Hands an operator verb to the bot that holds the store, and relays its output and exit code, so that an operator
/// never opens a running bot's store a second time.
/// </summary>
public static class AdminClient
{
    /// <summary>
    /// The verb's exit code from the running bot, or null when no running bot takes requests for the store (it is
    /// held by another one-shot command, or the bot is still starting).
    /// </summary>
    public static async Task<int?> TryRunAsync(string storePath, AdminRequest request, BotConsole console, CancellationToken cancellationToken)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            await socket.ConnectAsync(new UnixDomainSocketEndPoint(AdminSocket.PathFor(storePath)), cancellationToken);
        }
        catch (SocketException)
        {
            return null;
        }

        await using var stream = new NetworkStream(socket, ownsSocket: false);
        await stream.WriteAsync(AdminWire.Line(request), cancellationToken);
        await stream.FlushAsync(cancellationToken);

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            var frame = AdminWire.Parse<AdminFrame>(line);
            if (frame is null) continue;
            if (frame.Out is { } text) await console.Out.WriteAsync(text);
            if (frame.Error is { } error) await console.Error.WriteAsync(error);
            if (frame.ExitCode is { } exit)
            {
                await console.Out.FlushAsync(cancellationToken);
                return exit;
            }
        }

        await console.Error.WriteLineAsync("The running bot closed the connection before the command finished (it may be stopping); try again.");
        return 1;
    }
}
