using System.Collections.Concurrent;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Fakes.Edgar;

/// <summary>
/// EDGAR on loopback: real files served in EDGAR's URL layout, faults on demand, and a meter of every request
/// stamped with the test's clock so a test can assert the rate limit was never exceeded.
/// </summary>
public sealed class FakeEdgar : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TimeProvider clock;
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<string>> folders = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string PathContains, FakeFault Fault)> faults = new();
    private readonly List<Arrival> requests = [];
    private byte[] serviceUnavailablePage = Encoding.ASCII.GetBytes("<html><body>Service Unavailable</body></html>");

    private FakeEdgar(WebApplication app, TimeProvider clock)
    {
        this.app = app;
        this.clock = clock;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>getcurrent pages by <c>start</c>; a start with no page answers EDGAR's 503 page, as the real feed does past its end.</summary>
    public ConcurrentDictionary<int, byte[]> FeedPages { get; } = new();

    public int RetryAfterSeconds { get; set; } = 5;

    /// <summary>
    /// As EDGAR's fair-access rule: a request beyond this many within one second of the test's clock gets the 403
    /// rate-limit page. Null turns the check off.
    /// </summary>
    public int? MaxRequestsPerSecond { get; set; } = 10;

    /// <summary>Requests answered with EDGAR's 403 (no User-Agent, or over the rate limit).</summary>
    public int Refused => Requests.Count(r => r.Status == 403);

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (requests) return requests.Select((r, i) => new RecordedRequest(i, r.PathAndQuery, r.At, r.UserAgent, r.AcceptEncoding, r.Status)).ToList();
        }
    }

    /// <summary>Signalled with each request's path after it is answered.</summary>
    public event Action<string>? Answered;

    public static async Task<FakeEdgar> StartAsync(TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeEdgar(app, clock);
        app.Run(fake.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return fake;
    }

    public void ServeServiceUnavailablePage(byte[] page) => serviceUnavailablePage = page;

    /// <summary>A file at its EDGAR path, e.g. <c>/files/company_tickers.json</c>.</summary>
    public void AddFile(string path, byte[] content) => files[path] = content;

    /// <summary>A filing folder <c>/Archives/edgar/data/{cik}/{accession-no-dashes}/</c> with its primary document (and index.json).</summary>
    public void AddFiling(long cik, string accession, string documentName, byte[] content)
    {
        var folder = $"/Archives/edgar/data/{cik}/{accession.Replace("-", "", StringComparison.Ordinal)}/";
        files[folder + documentName] = content;
        folders.GetOrAdd(folder, _ => []).Add(documentName);
    }

    /// <summary>A company's submissions history at <c>/submissions/CIK##########.json</c> (data.sec.gov's layout).</summary>
    public void AddSubmissions(long cik, byte[] json) => files[$"/submissions/CIK{cik.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)}.json"] = json;

    public void AddDailyIndex(DateOnly day, byte[] content) =>
        files[$"/Archives/edgar/daily-index/{day.Year}/QTR{(day.Month - 1) / 3 + 1}/form.{day:yyyyMMdd}.idx"] = content;

    /// <summary>The next request whose path contains the text gets the fault (once per call).</summary>
    public void Inject(string pathContains, FakeFault fault, int times = 1)
    {
        for (var i = 0; i < times; i++) faults.Enqueue((pathContains, fault));
    }

    public int PendingFaults => faults.Count;

    /// <summary>The most requests that started within any window of the given length.</summary>
    public int MostRequestsWithin(TimeSpan window)
    {
        var at = Requests.Select(r => r.At).Order().ToList();
        var most = 0;
        for (int i = 0, j = 0; j < at.Count; j++)
        {
            while (at[j] - at[i] >= window) i++;
            most = Math.Max(most, j - i + 1);
        }

        return most;
    }

    public int CountRequests(string pathContains) => Requests.Count(r => r.PathAndQuery.Contains(pathContains, StringComparison.Ordinal));

    /// <summary>Recorded on arrival (so a client that has its answer always finds its request here), status on response start.</summary>
    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var pathAndQuery = path + context.Request.QueryString.Value;
        var arrival = new Arrival(pathAndQuery, clock.GetUtcNow(), context.Request.Headers.UserAgent.ToString(), context.Request.Headers.AcceptEncoding.ToString());
        lock (requests) requests.Add(arrival);
        context.Response.OnStarting(() =>
        {
            arrival.Status = context.Response.StatusCode;
            return Task.CompletedTask;
        });
        await AnswerAsync(context, path, pathAndQuery);
        Answered?.Invoke(pathAndQuery);
    }

    private sealed class Arrival(string pathAndQuery, DateTimeOffset at, string userAgent, string acceptEncoding)
    {
        public string PathAndQuery { get; } = pathAndQuery;
        public DateTimeOffset At { get; } = at;
        public string UserAgent { get; } = userAgent;
        public string AcceptEncoding { get; } = acceptEncoding;
        public int Status { get; set; }
    }

    private async Task<int> AnswerAsync(HttpContext context, string path, string pathAndQuery)
    {
        var body = Find(context, path);
        if (string.IsNullOrWhiteSpace(context.Request.Headers.UserAgent)) return await FaultAsync(context, FakeFault.UndeclaredTool, body);
        if (OverRateLimit()) return await FaultAsync(context, FakeFault.RateLimitPage, body);
        if (TakeFault(pathAndQuery) is { } fault) return await FaultAsync(context, fault, body);
        if (body is null)
        {
            context.Response.StatusCode = path.StartsWith("/cgi-bin/", StringComparison.Ordinal) ? 503 : 404;
            if (context.Response.StatusCode == 503) await context.Response.Body.WriteAsync(serviceUnavailablePage);
            return context.Response.StatusCode;
        }

        await WriteAsync(context, body);
        return 200;
    }

    private byte[]? Find(HttpContext context, string path)
    {
        if (path == "/cgi-bin/browse-edgar")
        {
            var q = context.Request.Query;
            if (q["action"] != "getcurrent" || q["type"] != "4" || q["owner"] != "include" || q["output"] != "atom") return null;
            return FeedPages.TryGetValue(int.TryParse(q["start"], out var s) ? s : 0, out var page) ? page : null;
        }

        if (path.EndsWith("/index.json", StringComparison.Ordinal) && folders.TryGetValue(path[..^"index.json".Length], out var names))
            return IndexJson(path[..^"index.json".Length], names);
        return files.TryGetValue(path, out var file) ? file : null;
    }

    private static byte[] IndexJson(string folder, List<string> names)
    {
        var accession = folder.TrimEnd('/').Split('/')[^1];
        var dashed = $"{accession[..10]}-{accession[10..12]}-{accession[12..]}";
        var rendering = names.Contains("primary_doc.xml") ? "xslForm13F_X02" : "xslF345X05";
        var items = new List<object>
        {
            new Dictionary<string, string> { ["last-modified"] = "2025-12-12 18:02:43", ["name"] = rendering, ["type"] = "folder.gif", ["size"] = "" },
            new Dictionary<string, string> { ["last-modified"] = "2025-12-12 18:02:43", ["name"] = $"{dashed}-index-headers.html", ["type"] = "text.gif", ["size"] = "" },
            new Dictionary<string, string> { ["last-modified"] = "2025-12-12 18:02:43", ["name"] = $"{dashed}-index.html", ["type"] = "text.gif", ["size"] = "" },
            new Dictionary<string, string> { ["last-modified"] = "2025-12-12 18:02:43", ["name"] = $"{dashed}.txt", ["type"] = "text.gif", ["size"] = "" },
        };
        items.AddRange(names.Select(n => new Dictionary<string, string> { ["last-modified"] = "2025-12-12 18:02:43", ["name"] = n, ["type"] = "text.gif", ["size"] = "4 KB" }));
        var json = new { directory = new { item = items, name = folder.TrimEnd('/'), parent_dir = folder.TrimEnd('/')[..folder.TrimEnd('/').LastIndexOf('/')] } };
        return JsonSerializer.SerializeToUtf8Bytes(json);
    }

    private bool OverRateLimit()
    {
        if (MaxRequestsPerSecond is not { } limit) return false;
        var now = clock.GetUtcNow();
        lock (requests) return requests.Count(r => r.At > now - TimeSpan.FromSeconds(1) && r.At <= now) > limit;
    }

    private FakeFault? TakeFault(string pathAndQuery)
    {
        lock (faults)
        {
            if (faults.TryPeek(out var next) && pathAndQuery.Contains(next.PathContains, StringComparison.Ordinal) && faults.TryDequeue(out var f)) return f.Fault;
            return null;
        }
    }

    private async Task<int> FaultAsync(HttpContext context, FakeFault fault, byte[]? body)
    {
        var response = context.Response;
        switch (fault)
        {
            case FakeFault.TooManyRequests:
                response.StatusCode = 429;
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return 429;
            case FakeFault.RateLimitPage:
                response.StatusCode = 403;
                response.ContentType = "text/html";
                await response.WriteAsync("<html><head><title>SEC.gov | Request Rate Threshold Exceeded</title></head><body><h1>Your Request Originates from an Undeclared Automated Tool</h1><p>Request Rate Threshold Exceeded</p></body></html>");
                return 403;
            case FakeFault.UndeclaredTool:
                response.StatusCode = 403;
                response.ContentType = "text/html";
                await response.WriteAsync("<html><head><title>SEC.gov | Your Request Originates from an Undeclared Automated Tool</title></head><body><p>Please declare your traffic by updating your user agent.</p></body></html>");
                return 403;
            case FakeFault.ServiceUnavailable:
                response.StatusCode = 503;
                await response.Body.WriteAsync(serviceUnavailablePage);
                return 503;
            case FakeFault.Slow:
                try
                {
                    await Task.Delay(Timeout.Infinite, context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up, as it should.
                }

                return 0;
            case FakeFault.Truncated:
                body ??= new byte[2048];
                response.ContentLength = body.Length;
                await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                await response.Body.FlushAsync();
                context.Abort();
                return 200;
            default:
                body ??= Encoding.ASCII.GetBytes("<ownershipDocument><issuer>");
                await response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                return 200;
        }
    }

    /// <summary>Gzips the body when the client accepts it, as www.sec.gov does.</summary>
    private static async Task WriteAsync(HttpContext context, byte[] body)
    {
        if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            await context.Response.Body.WriteAsync(body);
            return;
        }

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true)) gzip.Write(body);
        context.Response.Headers.ContentEncoding = "gzip";
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
