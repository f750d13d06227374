using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Fakes.Slack;

/// <summary>
/// A loopback Slack for tests (Kestrel on 127.0.0.1:0): the Web API methods the adapter uses, response URLs, file
/// uploads and a Socket Mode WebSocket. Records every call and plays scripted faults (429 with Retry-After, ok:false).
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<FakeSlackCall> calls = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackFault>> faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (bool Admin, bool Owner)> users = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, List<JsonObject>> channels = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeSlackResponse> responses = new();
    private readonly ConcurrentDictionary<string, byte[]> uploads = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string FileName, long Length)> tickets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> completed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackFile>> sharedFiles = new(StringComparer.Ordinal);
    private readonly Channel<FakeSlackCall> callSignal = Channel.CreateUnbounded<FakeSlackCall>();
    private readonly Channel<FakeSlackResponse> responseSignal = Channel.CreateUnbounded<FakeSlackResponse>();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeSlackHold>> holds = new(StringComparer.Ordinal);
    private readonly ChangeSignal changes = new();
    private long sequence;

    private FakeSlack(WebApplication app) => this.app = app;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Give this to the adapter as <c>Slack:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl => new Uri(BaseUrl, "api").ToString();

    public IReadOnlyList<FakeSlackCall> Calls => calls.ToArray();

    public IReadOnlyList<FakeSlackCall> CallsTo(string method) => calls.Where(c => c.Method == method).ToList();

    public IReadOnlyList<FakeSlackResponse> Responses => responses.ToArray();

    /// <summary>Bytes uploaded to an upload URL with exactly the length its ticket declared, by file id.</summary>
    public IReadOnlyDictionary<string, byte[]> Uploads => uploads;

    /// <summary>The files <c>files.completeUploadExternal</c> shared in a channel, in order.</summary>
    public IReadOnlyList<FakeSlackFile> SharedFiles(string channel) => sharedFiles.TryGetValue(channel, out var files) ? files.ToArray() : [];

    public static async Task<FakeSlack> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeSlack(builder.Build());
        fake.app.UseWebSockets();
        fake.app.MapPost("/api/{method}", (string method, HttpContext context) => fake.HandleApiAsync(method, context));
        fake.app.MapPost("/respond/{id}", (string id, HttpContext context) => fake.HandleResponseAsync(id, context));
        fake.app.MapPost("/upload/{id}", (string id, HttpContext context) => fake.HandleUploadAsync(id, context));
        fake.app.Map("/link", (HttpContext context) => fake.HandleSocketAsync(context));
        await fake.app.StartAsync();
        fake.BaseUrl = new Uri(fake.app.Urls.First().TrimEnd('/') + "/");
        return fake;
    }

    /// <summary>The next <paramref name="times"/> calls of <paramref name="method"/> answer <c>{"ok":false,"error":…}</c>.</summary>
    public void FailNext(string method, string error, int times = 1) => Script(method, new FakeSlackFault(Error: error), times);

    /// <summary>The next call of <paramref name="method"/> answers HTTP 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(string method, int retryAfterSeconds, int times = 1) => Script(method, new FakeSlackFault(RetryAfterSeconds: retryAfterSeconds), times);

    /// <summary>The next <paramref name="times"/> posts to any <c>response_url</c> answer HTTP 429 with <c>Retry-After</c> and are not recorded.</summary>
    public void RateLimitNextResponse(int retryAfterSeconds, int times = 1) => Script(ResponseUrlFaults, new FakeSlackFault(RetryAfterSeconds: retryAfterSeconds), times);

    private const string ResponseUrlFaults = "response_url";

    /// <summary>The next call of <paramref name="method"/> takes effect but the answer is lost (HTTP 500).</summary>
    public void LoseNextAnswer(string method) => Script(method, new FakeSlackFault(DoThenFail: true), 1);

    /// <summary>The next call of <paramref name="method"/> waits on the returned hold.</summary>
    public FakeSlackHold HoldNext(string method, bool afterPerforming)
    {
        var hold = new FakeSlackHold(afterPerforming);
        holds.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackHold>()).Enqueue(hold);
        return hold;
    }

    /// <summary>Completes when <paramref name="count"/> files have been shared in <paramref name="channel"/>.</summary>
    public Task WaitUntilFilesAsync(string channel, int count, TimeSpan timeout) => changes.WaitUntilAsync(() => SharedFiles(channel).Count >= count, timeout);

    /// <summary>Completes when <paramref name="condition"/> holds, re-checked whenever a message is posted or updated or a file shared.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => changes.WaitUntilAsync(condition, timeout);

    public void SetUser(string userId, bool isAdmin, bool isOwner = false) => users[userId] = (isAdmin, isOwner);

    public IReadOnlyList<JsonObject> Messages(string channel) => channels.TryGetValue(channel, out var list) ? Locked(list, l => l.Select(m => (JsonObject)m.DeepClone()).ToList()) : [];

    /// <summary>A fresh <c>response_url</c> whose posts are recorded under <paramref name="id"/>.</summary>
    public Uri ResponseUrl(string id) => new(BaseUrl, "respond/" + Uri.EscapeDataString(id));

    public IReadOnlyList<FakeSlackResponse> ResponsesFor(string id) => responses.Where(r => r.ResponseId == id).ToList();

    /// <summary>Waits for the next Web API call to <paramref name="method"/> (bounded by <paramref name="timeout"/>).</summary>
    public async Task<FakeSlackCall> NextCallAsync(string method, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            var call = await callSignal.Reader.ReadAsync(cts.Token);
            if (call.Method == method) return call;
        }
    }

    /// <summary>Waits for the next post to any <c>response_url</c> (bounded by <paramref name="timeout"/>).</summary>
    public async Task<FakeSlackResponse> NextResponseAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        return await responseSignal.Reader.ReadAsync(cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var queue in holds.Values)
        {
            while (queue.TryDequeue(out var hold)) hold.Release(false);
        }

        foreach (var socket in sockets.Values) socket.Abort();
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private void Script(string method, FakeSlackFault fault, int times)
    {
        var queue = faults.GetOrAdd(method, _ => new ConcurrentQueue<FakeSlackFault>());
        for (var i = 0; i < times; i++) queue.Enqueue(fault);
    }

    private string NextTs() => "1700000000." + Interlocked.Increment(ref sequence).ToString("D6", CultureInfo.InvariantCulture);

    private static T Locked<T>(List<JsonObject> list, Func<List<JsonObject>, T> read)
    {
        lock (list) return read(list);
    }
}
