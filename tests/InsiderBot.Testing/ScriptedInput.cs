using System.Threading.Channels;

namespace InsiderBot.Testing;

/// <summary>Console input a test types line by line while the bot runs; <see cref="End"/> is end-of-input.</summary>
public sealed class ScriptedInput : TextReader
{
    private readonly Channel<string?> lines = Channel.CreateUnbounded<string?>();

    public void Type(string line) => lines.Writer.TryWrite(line);

    public void End() => lines.Writer.TryWrite(null);

    public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) =>
        await lines.Reader.ReadAsync(cancellationToken);

    public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
}
