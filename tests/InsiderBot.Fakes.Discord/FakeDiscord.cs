using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Fakes.Discord;

/// <summary>
/// Discord on loopback: the REST routes the adapter uses (recording every request, answering with real rate-limit
/// headers, with injectable 429s, 5xx and slow answers) and a gateway WebSocket scripted by the test.
/// </summary>
public sealed class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<(Func<RecordedRequest, bool> Match, FakeResponse Response)> injected = new();
    private readonly List<(Func<RecordedRequest, bool> Match, Task Release)> held = [];
    private readonly List<RecordedRequest> requests = [];
    private readonly List<(Func<RecordedRequest, bool> Match, TaskCompletionSource<RecordedRequest> Signal)> waiters = [];
    private readonly Lock gate = new();
    private readonly FakeRestRoutes routes;
    private readonly ConcurrentQueue<FakeHold> holds = new();
    private readonly ChangeSignal changes = new();

    private FakeDiscord(WebApplication app, TimeProvider time)
    {
        this.app = app;
        Time = time;
        routes = new FakeRestRoutes(this);
        Gateway = new FakeGateway(time);
    }

    public TimeProvider Time { get; }

    public FakeGateway Gateway { get; }

    /// <summary><c>http://127.0.0.1:port/api/v10</c>: set as <c>Discord:ApiBaseUrl</c>.</summary>
    public string ApiBaseUrl { get; private set; } = "";

    /// <summary><c>ws://127.0.0.1:port/gateway</c>: set as <c>Discord:GatewayUrl</c>.</summary>
    public string GatewayUrl { get; private set; } = "";

    /// <summary>Channels the bot may not post in (403 Missing Access).</summary>
    public ConcurrentDictionary<string, bool> ForbiddenChannels { get; } = new();

    /// <summary>Channels that no longer exist (404 Unknown Channel).</summary>
    public ConcurrentDictionary<string, bool> DeletedChannels { get; } = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (gate) return requests.ToList(); }
    }

    public static async Task<FakeDiscord> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var fake = new FakeDiscord(builder.Build(), time ?? TimeProvider.System);
        fake.app.UseWebSockets();
        fake.app.Map("/gateway/{**rest}", fake.Gateway.AcceptAsync);
        fake.app.Map("/gateway", fake.Gateway.AcceptAsync);
        fake.app.Map("/api/v10/{**path}", fake.HandleAsync);
        await fake.app.StartAsync();
        var address = fake.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.ApiBaseUrl = address + "/api/v10";
        fake.GatewayUrl = address.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway";
        return fake;
    }

    /// <summary>The messages a channel shows, in the order they were created (a repeated nonce creates nothing).</summary>
    public IReadOnlyList<FakeChannelMessage> ChannelMessages(string channel) => routes.Messages(channel);

    /// <summary>The next message post (<c>POST /channels/{id}/messages</c>) waits on the returned hold.</summary>
    public FakeHold HoldNextMessagePost(bool afterCreating)
    {
        var hold = new FakeHold(afterCreating);
        holds.Enqueue(hold);
        return hold;
    }

    /// <summary>Completes when <paramref name="condition"/> holds, re-checked whenever a channel message is created or edited.</summary>
    public Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) => changes.WaitUntilAsync(condition, timeout);

    internal void ChannelChanged() => changes.Changed();

    /// <summary>Accepted answers (<c>POST /interactions/{id}/{token}/callback</c>) to one interaction.</summary>
    public int AnswersFor(string interactionId) => routes.Answers(interactionId);

    /// <summary>Completes when the fake has accepted an answer to the interaction; fails after the timeout.</summary>
    public Task WaitForAnswerAsync(string interactionId, TimeSpan? timeout = null) =>
        routes.Answered(interactionId).WaitAsync(timeout ?? TimeSpan.FromSeconds(10));

    /// <summary>
    /// The message a user sees once the bot answered interaction <paramref name="interactionId"/> with
    /// <paramref name="answer"/> (its HTTP response, or over the gateway its callback): the data of a type 4 or 7; after a
    /// type 5 or 6, the bot's edit of <c>@original</c> or its follow-up. Throws where Discord would refuse the answer:
    /// types 6 and 7 for anything but a component interaction, components that break a rule.
    /// </summary>
    public async Task<FakeShown> ShownAfterAsync(string interactionId, JsonElement answer, TimeSpan? timeout = null)
    {
        var type = answer.GetProperty("type").GetInt32();
        if (type is 6 or 7 && !FakeInteractions.IsComponent(interactionId))
            throw new InvalidOperationException($"Discord refuses a type {type} answer to interaction {interactionId}: it answers only a message component.");
        if (type is 4 or 7)
        {
            var data = answer.GetProperty("data");
            FakeComponents.Check(data);
            return new FakeShown(type, data.Clone(), false);
        }

        if (type is not (5 or 6)) throw new InvalidOperationException($"Interaction {interactionId} was answered with type {type}, which shows no message.");
        var webhook = $"/webhooks/{FakeInteractions.ApplicationId}/{FakeInteractions.TokenOf(interactionId)}";
        var shown = await WaitForAsync(r => (r.Method == "PATCH" && r.Path == webhook + "/messages/@original") || (r.Method == "POST" && r.Path == webhook), timeout);
        var message = shown.Json();
        FakeComponents.Check(message);
        return new FakeShown(type, message, shown.Method == "POST");
    }

    /// <summary>The next request matching <paramref name="match"/> gets <paramref name="response"/> instead of the normal answer.</summary>
    public void Inject(Func<RecordedRequest, bool> match, FakeResponse response) => injected.Enqueue((match, response));

    /// <summary>
    /// A slow Discord: the next request matching <paramref name="match"/> takes effect at once (an interaction callback is
    /// accepted, a message is created) but its answer is held until <paramref name="release"/> completes.
    /// </summary>
    public void Hold(Func<RecordedRequest, bool> match, Task release)
    {
        lock (gate) held.Add((match, release));
    }

    /// <summary>Messages actually created in a channel (a retried post with an enforced nonce creates none).</summary>
    public int MessagesCreated(string channel) => routes.Created(channel);

    public IReadOnlyList<RecordedRequest> RequestsTo(string method, string pathPart) =>
        Requests.Where(r => r.Method == method && r.Path.Contains(pathPart, StringComparison.Ordinal)).ToList();

    /// <summary>Completes with the first request (already received or still to come) that matches; fails after the timeout.</summary>
    public async Task<RecordedRequest> WaitForAsync(Func<RecordedRequest, bool> match, TimeSpan? timeout = null)
    {
        TaskCompletionSource<RecordedRequest> signal;
        lock (gate)
        {
            if (requests.FirstOrDefault(match) is { } seen) return seen;
            signal = new TaskCompletionSource<RecordedRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            waiters.Add((match, signal));
        }

        return await signal.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
    }

    /// <summary>Completes when <paramref name="count"/> requests match.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForCountAsync(Func<RecordedRequest, bool> match, int count, TimeSpan? timeout = null)
    {
        var seen = 0;
        await WaitForAsync(r => match(r) && ++seen >= count, timeout);
        return Requests.Where(match).ToList();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var path = "/" + (context.Request.RouteValues["path"] as string ?? "");
        var request = new RecordedRequest(context.Request.Method, path, headers, context.Request.ContentType, buffer.ToArray(), Time.GetUtcNow());
        Record(request);

        var held = request.Method == "POST" && FakeRestRoutes.IsMessagePost(path) && holds.TryDequeue(out var h) ? h : null;
        if (held is { AfterCreating: false } && !await HoldAsync(held, request, context)) return;
        var response = TakeInjected(request) ?? (request.IsMultipart ? FakeUploadRules.Check(request, FakeRestRoutes.IsCallback(path)) : null) ?? routes.Answer(request);
        if (held is { AfterCreating: true } && !await HoldAsync(held, request, context)) return;
        if (response.Hold is { } hold) await hold.WaitAsync(context.RequestAborted);
        if (TakeHeld(request) is { } release) await release.WaitAsync(context.RequestAborted);
        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers) context.Response.Headers[name] = value;
        if (response.Body.Length > 0)
        {
            context.Response.ContentType = response.ContentType;
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    /// <summary>False when the hold was released without an answer (the connection is dropped).</summary>
    private static async Task<bool> HoldAsync(FakeHold hold, RecordedRequest request, HttpContext context)
    {
        hold.Arrive(request);
        var answer = await hold.Released.WaitAsync(context.RequestAborted);
        if (!answer) context.Abort();
        return answer;
    }

    private void Record(RecordedRequest request)
    {
        List<TaskCompletionSource<RecordedRequest>> ready;
        lock (gate)
        {
            requests.Add(request);
            ready = waiters.Where(w => w.Match(request)).Select(w => w.Signal).ToList();
            waiters.RemoveAll(w => ready.Contains(w.Signal));
        }

        foreach (var signal in ready) signal.TrySetResult(request);
    }

    private FakeResponse? TakeInjected(RecordedRequest request)
    {
        lock (gate)
        {
            var pending = injected.ToList();
            var hit = pending.FindIndex(p => p.Match(request));
            if (hit < 0) return null;
            injected.Clear();
            foreach (var (i, item) in pending.Index()) if (i != hit) injected.Enqueue(item);
            return pending[hit].Response;
        }
    }

    private Task? TakeHeld(RecordedRequest request)
    {
        lock (gate)
        {
            var hit = held.FindIndex(h => h.Match(request));
            if (hit < 0) return null;
            var release = held[hit].Release;
            held.RemoveAt(hit);
            return release;
        }
    }

    internal static string Json(object value) => JsonSerializer.Serialize(value);

    public async ValueTask DisposeAsync()
    {
        while (holds.TryDequeue(out var hold)) hold.Release(false);
        await Gateway.DisposeAsync();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
