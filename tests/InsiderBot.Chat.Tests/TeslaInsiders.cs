using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests;

/// <summary>A store holding the bundled Tesla filings alone, on 2026-11-25, and <c>/insiders</c> asked of it as the console asks (no chart).</summary>
internal sealed class TeslaInsiders : IDisposable
{
    public static readonly DateOnly Today = new(2026, 11, 25);

    public TeslaInsiders()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "TSLA_*.xml").Order(StringComparer.Ordinal).ToList();
        Assert.Empty(Store.Importer.Import(files).Quarantined);
    }

    public TestStore Store { get; } = new(new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero));

    public async Task<ChatReply> AskAsync(params string[] args) =>
        await new InsidersCommand(Store.Store, Store.Seeder, Store.Time, drawChart: false).ExecuteAsync(new CommandInput(args, ChatOrigin.Console), CancellationToken.None);

    public void Dispose() => Store.Dispose();
}
