using System.Net;
using InsiderBot.Edgar.Http;
using InsiderBot.Fakes.Edgar;
using Microsoft.Extensions.Logging.Abstractions;

namespace InsiderBot.Edgar.Tests.Support;

/// <summary>The fake EDGAR on loopback and a real <see cref="EdgarClient"/> pointed at it, sharing one stepping clock.</summary>
public sealed class EdgarHarness : IAsyncDisposable
{
    public const string UserAgent = "InsiderBot Tests tests@insiderbot.example";

    private EdgarHarness(FakeEdgar fake, SteppingTime time, EdgarOptions options)
    {
        Fake = fake;
        Time = time;
        Options = options;
        Http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Limiter = new EdgarRateLimiter(time, options.MaxRequestsPerSecond);
        Client = new EdgarClient(Http, Limiter, Microsoft.Extensions.Options.Options.Create(options), time, NullLogger<EdgarClient>.Instance, new Random(7));
    }

    public FakeEdgar Fake { get; }
    public SteppingTime Time { get; }
    public EdgarOptions Options { get; }
    public HttpClient Http { get; }
    public EdgarRateLimiter Limiter { get; }
    public EdgarClient Client { get; }

    public static async Task<EdgarHarness> StartAsync(Action<EdgarOptions>? configure = null)
    {
        var time = new SteppingTime(new DateTimeOffset(2025, 12, 12, 23, 0, 0, TimeSpan.Zero));
        var fake = await FakeEdgar.StartAsync(time);
        var options = new EdgarOptions
        {
            BaseUrl = fake.BaseUrl.ToString(),
            DataBaseUrl = fake.BaseUrl.ToString(),
            UserAgent = UserAgent,
            RequestTimeout = TimeSpan.FromSeconds(5),
            MaxAttempts = 4,
        };
        configure?.Invoke(options);
        return new EdgarHarness(fake, time, options);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Fake.DisposeAsync();
    }
}
