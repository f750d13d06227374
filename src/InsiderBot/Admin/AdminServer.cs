using System.Net.Sockets;
using System.Text;
using InsiderBot.Cli;
using InsiderBot.Hosting;
using InsiderBot.Store;

namespace InsiderBot.Admin;

/// <summary>
/// The running bot's door for operator verbs: it holds the store's lock, so <c>ask</c>, <c>import</c>,
/// <c>quarantine</c>, <c>backfill</c> and <c>backup</c> from another process are carried out here, by the one
/// writer, instead of opening the store a second time. Listens on <see cref="AdminSocket"/> (owner-only permissions).
/// </summary>
public sealed partial class AdminServer(IServiceProvider services, StoreDatabase store, ILogger<AdminServer> logger) : IAsyncDisposable
{
    private const int MaxRequestBytes = 1 << 20;
    private const int MaxConcurrentRequests = 8;

    private readonly CancellationTokenSource stopping = new();
    private readonly SemaphoreSlim slots = new(MaxConcurrentRequests);
    private readonly List<Task> running = [];
    private Socket? listener;
    private Task? accepting;

    public string SocketPath { get; } = AdminSocket.PathFor(store.FilePath);

    /// <summary>Binds the socket. A socket file left by a killed bot is replaced: holding the store's lock proves it is stale.</summary>
    public void Start()
    {
        if (File.Exists(SocketPath)) File.Delete(SocketPath);
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        try
        {
            socket.Bind(new UnixDomainSocketEndPoint(SocketPath));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(SocketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            socket.Listen(16);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        listener = socket;
        accepting = AcceptAsync(socket, stopping.Token);
        LogListening(SocketPath);
    }

    private async Task AcceptAsync(Socket socket, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await socket.AcceptAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            var task = ServeAsync(client, cancellationToken);
            lock (running)
            {
                running.RemoveAll(t => t.IsCompleted);
                running.Add(task);
            }
        }
    }

    private async Task ServeAsync(Socket client, CancellationToken cancellationToken)
    {
        await using var stream = new NetworkStream(client, ownsSocket: true);
        using var request = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var gate = new Lock();
        try
        {
            var line = await ReadLineAsync(stream, cancellationToken);
            var ask = line is null ? null : AdminWire.Parse<AdminRequest>(line);
            if (ask is null || !OperatorVerbs.IsHanded(ask.Verb))
            {
                Send(stream, gate, new AdminFrame(Error: $"Not an operator request; the bot takes {string.Join(", ", OperatorVerbs.Handed)}.\n"));
                Send(stream, gate, new AdminFrame(ExitCode: 2));
                return;
            }

            // The operator's process closing its end (Ctrl-C) cancels the work.
            _ = WatchHangUpAsync(stream, request);
            await slots.WaitAsync(request.Token);
            try
            {
                LogRequest(ask.Verb, ask.Operands.Count);
                using var output = new AdminFrameWriter(stream, gate, isError: false);
                using var error = new AdminFrameWriter(stream, gate, isError: true);
                var console = new BotConsole(TextReader.Null, output, error);
                int exit;
                try
                {
                    exit = await OperatorVerbs.RunAsync(services, console, ask.Verb, ask.Operands, request.Token);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogFailed(ex, ask.Verb);
                    await error.WriteLineAsync($"{ask.Verb} failed in the running bot: {ex.Message}");
                    exit = 1;
                }

                await output.FlushAsync();
                await error.FlushAsync();
                Send(stream, gate, new AdminFrame(ExitCode: exit));
            }
            finally
            {
                slots.Release();
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or System.Text.Json.JsonException)
        {
            LogDropped(ex.GetType().Name);
        }
    }

    private static void Send(Stream stream, Lock gate, AdminFrame frame)
    {
        lock (gate)
        {
            stream.Write(AdminWire.Line(frame));
            stream.Flush();
        }
    }

    private static async Task WatchHangUpAsync(Stream stream, CancellationTokenSource request)
    {
        var buffer = new byte[1];
        try
        {
            while (await stream.ReadAsync(buffer, request.Token) > 0)
            {
            }

            await request.CancelAsync();
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The request ended first, or the connection is gone either way.
        }
    }

    /// <summary>One request line, at most <see cref="MaxRequestBytes"/>; null when the client closes first.</summary>
    private static async Task<string?> ReadLineAsync(Stream stream, CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var buffer = new byte[1];
        while (await stream.ReadAsync(buffer, cancellationToken) == 1)
        {
            if (buffer[0] == (byte)'\n') return Encoding.UTF8.GetString(bytes.ToArray());
            if (bytes.Count >= MaxRequestBytes) throw new IOException("admin request too long");
            bytes.Add(buffer[0]);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener?.Dispose();
        if (accepting is not null) await accepting;
        Task[] left;
        lock (running) left = running.ToArray();
        await Task.WhenAll(left);
        if (listener is not null && File.Exists(SocketPath)) File.Delete(SocketPath);
        stopping.Dispose();
        slots.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taking operator requests (ask, import, quarantine, backfill, backup) on {SocketPath}")]
    private partial void LogListening(string socketPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator request: {Verb} with {Operands} operand(s)")]
    private partial void LogRequest(string verb, int operands);

    [LoggerMessage(Level = LogLevel.Error, Message = "Operator request {Verb} failed")]
    private partial void LogFailed(Exception exception, string verb);

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator request ended early: {Reason}")]
    private partial void LogDropped(string reason);
}
