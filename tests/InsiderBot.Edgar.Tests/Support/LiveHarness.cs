using System.Collections.Concurrent;
using System.Text;
using InsiderBot.Edgar.Live;
using InsiderBot.Fakes.Edgar;
using InsiderBot.Filings;
using InsiderBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.Tests.Support;

/// <summary>The fake EDGAR serving real sample filings in EDGAR's layout, a real LiteDB store, and the ingestion under test.</summary>
public sealed class LiveHarness : IAsyncDisposable
{
    private static readonly Lazy<IReadOnlyList<(Form4Filing Filing, byte[] Bytes)>> Samples = new(() =>
        SampleFilings.AllForm4Files()
            .Select(p => (Path: p, Bytes: File.ReadAllBytes(p)))
            .Select(x => (Outcome: new FilingDocumentReader().Read(x.Bytes, x.Path), x.Bytes))
            .Where(x => x.Outcome.IsParsed && AccessionNumber.IsValid(x.Outcome.Filing!.Accession))
            .DistinctBy(x => x.Outcome.Filing!.Accession)
            .Select(x => (x.Outcome.Filing!, x.Bytes))
            .ToList());

    private LiveHarness(EdgarHarness edgar, TestStore store)
    {
        Edgar = edgar;
        Store = store;
        Status = new IngestionStatus(Options.Create(edgar.Options), edgar.Time, edgar.Limiter);
        Ingestion = NewIngestion();
        Edgar.Fake.ServeServiceUnavailablePage(File.ReadAllBytes(RepoPaths.Fixture("edgar", "feeds", "getcurrent_atom_extracted_from_cassette", "getcurrent_type4_start5100_HTTP503.html")));
        Edgar.Fake.AddFile("/files/company_tickers.json", File.ReadAllBytes(Path.Combine(RepoPaths.SampleData, "tickers", "company_tickers.json")));
        foreach (var (filing, bytes) in Samples.Value)
        {
            foreach (var cik in Ciks(filing)) Edgar.Fake.AddFiling(cik, filing.Accession, "form4.xml", bytes);
        }
    }

    public EdgarHarness Edgar { get; }
    public TestStore Store { get; }
    public IngestionStatus Status { get; }
    public EdgarIngestion Ingestion { get; private set; }
    public ConcurrentQueue<string> Notified { get; } = new();

    public static IReadOnlyList<Form4Filing> Filings => Samples.Value.Select(s => s.Filing).ToList();

    public static async Task<LiveHarness> StartAsync(Action<EdgarOptions>? configure = null) =>
        new(await EdgarHarness.StartAsync(o => { o.Enabled = true; configure?.Invoke(o); }), new TestStore());

    /// <summary>A fresh ingestion over the same store: what a restarted bot has.</summary>
    public EdgarIngestion NewIngestion() => Ingestion = new EdgarIngestion(
        Edgar.Client, new DailyIndexWalk(Edgar.Client), Store.Store, new FilingDocumentReader(), Status, [new Recorder(Notified)], Edgar.Time, NullLogger<EdgarIngestion>.Instance)
    {
        BatchSize = 4,
    };

    public static IEnumerable<long> Ciks(Form4Filing f) => f.Owners.Select(o => o.Cik).Prepend(f.Issuer.Cik).Distinct();

    /// <summary>Feed pages of 50 filings (100 entries) newest first, with other form types mixed in as the real feed has.</summary>
    public void PublishFeed(IReadOnlyList<Form4Filing> newestFirst, DateTimeOffset? newestAt = null, int pages = int.MaxValue)
    {
        Edgar.Fake.FeedPages.Clear();
        var at = newestAt ?? new DateTimeOffset(2025, 12, 12, 17, 59, 0, TimeSpan.FromHours(-5));
        var entries = newestFirst.Select((f, i) => Entry(f, at.AddMinutes(-i))).ToList();
        for (var page = 0; page * 50 < entries.Count && page < pages; page++)
        {
            var slice = entries.Skip(page * 50).Take(50).ToList();
            slice.Insert(Math.Min(3, slice.Count), new AtomFeedBuilder.Entry("424B2", "0000950103-25-016087", 831001, "CITIGROUP INC", 831001, "CITIGROUP INC", at));
            Edgar.Fake.FeedPages[page * 100] = AtomFeedBuilder.Page(slice, at);
        }
    }

    public static AtomFeedBuilder.Entry Entry(Form4Filing f, DateTimeOffset accepted) =>
        new(f.DocumentType, f.Accession, f.Owners[0].Cik, f.Owners[0].Name, f.Issuer.Cik, f.Issuer.Name, accepted);

    /// <summary>A daily form index in EDGAR's fixed-width layout (header copied from a real index).</summary>
    public static byte[] DailyIndex(DateOnly day, IEnumerable<Form4Filing> filings)
    {
        var real = File.ReadAllLines(RepoPaths.Fixture("edgar", "feeds", "form.20200318.idx"), Encoding.Latin1);
        var header = real.TakeWhile(l => !l.StartsWith("-----", StringComparison.Ordinal)).Append(real.First(l => l.StartsWith("-----", StringComparison.Ordinal)));
        var lines = filings.SelectMany(f => Ciks(f).Select(cik =>
            $"{f.DocumentType,-12}{(cik == f.Issuer.Cik ? f.Issuer.Name : f.Owners.First(o => o.Cik == cik).Name),-62}{cik,-12}{day:yyyyMMdd}    edgar/data/{cik}/{f.Accession}.txt         "));
        return Encoding.Latin1.GetBytes(string.Join("\n", header.Concat(lines)) + "\n");
    }

    public int StoredCount(IEnumerable<Form4Filing> filings) => filings.Count(f => Store.Store.HasFiling(f.Accession));

    public async ValueTask DisposeAsync()
    {
        await Edgar.DisposeAsync();
        Store.Dispose();
    }

    private sealed class Recorder(ConcurrentQueue<string> into) : IIngestionListener
    {
        public Task FilingsIngestedAsync(IReadOnlyList<string> accessions, bool live, CancellationToken cancellationToken)
        {
            foreach (var a in accessions) into.Enqueue(a);
            return Task.CompletedTask;
        }
    }
}
