using InsiderBot.Insights;
using InsiderBot.Store;
using Microsoft.Extensions.Options;

namespace InsiderBot.Benchmarks.Scenarios;

/// <summary>A real store file wired as the bot wires it (real TimeProvider, default signal options, no seeding).</summary>
public sealed class BenchStore : IDisposable
{
    public BenchStore(string path, bool fresh)
    {
        if (fresh && File.Exists(path)) File.Delete(path);
        Options = Microsoft.Extensions.Options.Options.Create(new StoreOptions { Path = path, SeedSampleData = false });
        Database = new StoreDatabase(Options);
        Store = new InsiderStore(Database, new TransactionClassifier(), TimeProvider.System);
    }

    public IOptions<StoreOptions> Options { get; }

    public StoreDatabase Database { get; }

    public InsiderStore Store { get; }

    public void Dispose() => Database.Dispose();
}
