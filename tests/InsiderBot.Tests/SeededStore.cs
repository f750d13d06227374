using InsiderBot.Testing;

namespace InsiderBot.Tests;

/// <summary>Seeds one store from the bundled filings through the real bot, then hands each test its own copy.</summary>
public sealed class SeededStore : IAsyncLifetime
{
    private readonly TempDirectory folder = new();

    public string TemplatePath => folder.File("template.db");

    public string SeedOutput { get; private set; } = "";

    public async Task InitializeAsync()
    {
        // /insiders needs data, so it seeds the empty store with the bundled filings.
        var (exit, _, _) = await BotRun.RunAsync(["ask", "/insiders TSLA", "--store", TemplatePath]);
        Assert.Equal(0, exit);
        (_, SeedOutput, _) = await BotRun.RunAsync(["ask", "/status", "--store", TemplatePath]);
    }

    /// <summary>A private copy of the seeded store.</summary>
    public string Copy(TempDirectory into)
    {
        var path = into.File("store.db");
        File.Copy(TemplatePath, path);
        return path;
    }

    public Task DisposeAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }
}
