using System.IO.Pipelines;

namespace InsiderBot.Fakes.Slack;

/// <summary>
/// The fake's side of one upgraded connection. A pump reads the TCP stream all the time, so the fake notices the bot
/// closing the connection even while frozen; frozen, it passes nothing on and sends nothing (no envelopes, no pongs),
/// like a peer that went silent without closing.
/// </summary>
internal sealed class FreezableStream : Stream
{
    private readonly Stream inner;
    private readonly Pipe incoming = new();
    private readonly Stream reader;
    private volatile bool frozen;

    private readonly Action abortConnection;

    /// <param name="abortConnection">Drops the TCP connection (disposing an upgraded stream alone does not).</param>
    public FreezableStream(Stream inner, Action abortConnection)
    {
        this.inner = inner;
        this.abortConnection = abortConnection;
        reader = incoming.Reader.AsStream();
        Pumping = Task.Run(PumpAsync);
    }

    /// <summary>Completes when the bot's side of the connection is gone.</summary>
    public Task Pumping { get; }

    public void Freeze() => frozen = true;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => reader.Read(buffer, offset, count);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => reader.ReadAsync(buffer, cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => reader.ReadAsync(buffer, offset, count, cancellationToken);

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (!frozen) inner.Write(buffer, offset, count);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
        frozen ? ValueTask.CompletedTask : inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
        if (!frozen) inner.Flush();
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => frozen ? Task.CompletedTask : inner.FlushAsync(cancellationToken);

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            abortConnection();
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await inner.ReadAsync(buffer)) > 0)
            {
                if (frozen) continue;
                await incoming.Writer.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or OperationCanceledException or InvalidOperationException)
        {
            // The connection is gone.
        }
        finally
        {
            await incoming.Writer.CompleteAsync();
        }
    }
}
