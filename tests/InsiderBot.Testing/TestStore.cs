using InsiderBot.Filings;
using InsiderBot.Import;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace InsiderBot.Testing;

/// <summary>A real LiteDB file in a temp folder with the store, importer and seeder wired as the bot wires them.</summary>
public sealed class TestStore : IDisposable
{
    private readonly TempDirectory folder;

    public TestStore(
        DateTimeOffset? now = null,
        string? path = null,
        Func<StoreDatabase, TimeProvider, ISignalChangeHandler>? signalHandler = null,
        SignalOptions? signals = null,
        SplitOptions? splits = null,
        bool sampleHoldings = false,
        bool layoutTwo = false)
    {
        folder = new TempDirectory();
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
        Options = Microsoft.Extensions.Options.Options.Create(new StoreOptions { Path = path ?? folder.File("store.db"), SampleDataPath = RepoPaths.SampleData });
        // layoutTwo: trades a document each, as the version before layout 3 wrote them (the upgrade tests' starting point).
        Database = layoutTwo ? new StoreDatabase(Options, null, new UpgradePace(LayoutTwo: true)) : new StoreDatabase(Options);
        Store = new InsiderStore(Database, new TransactionClassifier(), Time, Microsoft.Extensions.Options.Options.Create(signals ?? new SignalOptions()), signalHandlers: signalHandler is null ? null : [signalHandler(Database, Time)],
            splitOptions: Microsoft.Extensions.Options.Options.Create(splits ?? new SplitOptions()));
        Importer = new FilingImporter(Store, new FilingDocumentReader(), Time, NullLogger<FilingImporter>.Instance);
        Holdings = new HoldingsStore(Database);
        Seeder = new StoreSeeder(Store, Importer, Options, NullLogger<StoreSeeder>.Instance, sampleHoldings ? new SampleHoldings(new ThirteenFParser(), Holdings) : null);
    }

    public FakeTimeProvider Time { get; }

    public IOptions<StoreOptions> Options { get; }

    public StoreDatabase Database { get; }

    public InsiderStore Store { get; }

    public FilingImporter Importer { get; }

    /// <summary>The 13F holdings in the same file; the seeder fills them from the bundled sample only when asked to (<c>sampleHoldings</c>).</summary>
    public HoldingsStore Holdings { get; }

    public StoreSeeder Seeder { get; }

    public string Folder => folder.Path;

    public IngestResult Ingest(string path)
    {
        var outcome = new FilingDocumentReader().Read(System.IO.File.ReadAllBytes(path), path);
        if (!outcome.IsParsed) throw new InvalidOperationException($"{path}: {outcome.Reason}");
        return Store.Ingest(outcome.Filing!);
    }

    public void Dispose()
    {
        Database.Dispose();
        folder.Dispose();
    }
}
