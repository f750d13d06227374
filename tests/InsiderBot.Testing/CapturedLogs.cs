using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Testing;

/// <summary>A logger provider that keeps every formatted line (and exception text) so tests can read what the bot logged.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> lines = new();
    private readonly TaskCompletionSource enough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int wanted = int.MaxValue;

    public IReadOnlyCollection<string> Lines => lines;

    public string Text => string.Join('\n', lines);

    /// <summary>Completes once this many lines at Warning or above were logged.</summary>
    public Task WarningsAsync(int count)
    {
        wanted = count;
        if (lines.Count(l => !l.StartsWith("Information", StringComparison.Ordinal) && !l.StartsWith("Debug", StringComparison.Ordinal)) >= count) enough.TrySetResult();
        return enough.Task;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(LogLevel level, string line)
    {
        lines.Enqueue($"{level} {line}");
        if (level >= LogLevel.Warning && lines.Count(l => l.StartsWith("Warning", StringComparison.Ordinal) || l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Critical", StringComparison.Ordinal)) >= wanted)
            enough.TrySetResult();
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner.Add(logLevel, $"{category}: {formatter(state, exception)} {exception}");
    }
}
