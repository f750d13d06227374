using System.Text;

namespace InsiderBot.Admin;

/// <summary>
/// A verb's stdout or stderr inside the running bot, sent to the operator's process line by line as
/// <see cref="AdminFrame"/>s. Both writers of one request share a gate, so frames never interleave mid-line.
/// </summary>
public sealed class AdminFrameWriter(Stream connection, Lock gate, bool isError) : TextWriter
{
    private readonly StringBuilder pending = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            pending.Append(value);
            if (value == '\n') Send();
        }
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value)) return;
        lock (gate)
        {
            pending.Append(value);
            if (value.Contains('\n', StringComparison.Ordinal) || value.Contains('\r', StringComparison.Ordinal)) Send();
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Flush()
    {
        lock (gate) Send();
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        WriteLine(value);
        return Task.CompletedTask;
    }

    public override Task FlushAsync()
    {
        Flush();
        return Task.CompletedTask;
    }

    private void Send()
    {
        if (pending.Length == 0) return;
        var text = pending.ToString();
        pending.Clear();
        connection.Write(AdminWire.Line(isError ? new AdminFrame(Error: text) : new AdminFrame(Out: text)));
        connection.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }
}
