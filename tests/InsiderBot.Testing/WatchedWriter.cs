using System.Text;

namespace InsiderBot.Testing;

/// <summary>Captured output a test can await: <see cref="WaitForAsync"/> completes when the text appears.</summary>
public sealed class WatchedWriter : StringWriter
{
    private readonly Lock gate = new();
    private readonly List<(string Marker, TaskCompletionSource Seen)> waiters = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        lock (gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override void Write(string? value)
    {
        lock (gate)
        {
            base.Write(value);
            Check();
        }
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteLineAsync(string? value)
    {
        Write(value + NewLine);
        return Task.CompletedTask;
    }

    public override string ToString()
    {
        lock (gate)
        {
            return base.ToString();
        }
    }

    /// <summary>Completes when the output contains the marker; fails after the timeout so a bug cannot hang a test.</summary>
    public Task WaitForAsync(string marker, TimeSpan? timeout = null)
    {
        lock (gate)
        {
            if (base.ToString().Contains(marker, StringComparison.Ordinal)) return Task.CompletedTask;
            var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((marker, seen));
            return seen.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        }
    }

    private void Check()
    {
        var text = base.ToString();
        foreach (var waiter in waiters.Where(w => text.Contains(w.Marker, StringComparison.Ordinal)).ToList())
        {
            waiters.Remove(waiter);
            waiter.Seen.TrySetResult();
        }
    }
}
