using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace InsiderBot.Fakes.Slack;

public sealed partial class FakeSlack
{
    private async Task<IResult> HandleApiAsync(string method, HttpContext context)
    {
        var auth = context.Request.Headers.Authorization.ToString();
        var token = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
        JsonObject arguments;
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            arguments = [];
            foreach (var (key, value) in form) arguments[key] = value.ToString();
        }
        else
        {
            arguments = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body) ?? [];
        }

        var call = new FakeSlackCall(method, token, arguments);
        calls.Enqueue(call);
        callSignal.Writer.TryWrite(call);

        FakeSlackFault? fault = null;
        if (faults.TryGetValue(method, out var queue)) queue.TryDequeue(out fault);
        if (fault?.RetryAfterSeconds is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "ratelimited" }, statusCode: 429);
        }

        if (fault?.Error is { } error) return Results.Json(new JsonObject { ["ok"] = false, ["error"] = error });
        // Like Slack: apps.connections.open takes only an app-level token, every other method refuses one.
        if (token is not null && (method == "apps.connections.open") != token.StartsWith("xapp-", StringComparison.Ordinal))
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "not_allowed_token_type" });
        if (method is "chat.postMessage" or "chat.update" && FakeBlocks.Problems(arguments) is { Count: > 0 })
            return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_blocks" });
        var held = holds.TryGetValue(method, out var waiting) && waiting.TryDequeue(out var h) ? h : null;
        if (held is { AfterPerforming: false } && !await HoldAsync(held, call, context)) return Results.Empty;
        var answer = Perform(method, arguments, context);
        if (method is "chat.postMessage" or "chat.update") changes.Changed();
        if (held is { AfterPerforming: true } && !await HoldAsync(held, call, context)) return Results.Empty;
        return fault?.DoThenFail == true ? Results.StatusCode(500) : Results.Json(answer);
    }

    private JsonObject Perform(string method, JsonObject args, HttpContext context)
    {
        switch (method)
        {
            case "chat.postMessage":
            {
                var ts = NextTs();
                var message = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = args["text"]?.DeepClone(), ["blocks"] = args["blocks"]?.DeepClone(), ["metadata"] = args["metadata"]?.DeepClone() };
                var list = channels.GetOrAdd(args["channel"]?.ToString() ?? "", _ => []);
                lock (list) list.Add(message);
                return new JsonObject { ["ok"] = true, ["channel"] = args["channel"]?.DeepClone(), ["ts"] = ts, ["message"] = message.DeepClone() };
            }
            case "chat.update":
            {
                var list = channels.GetOrAdd(args["channel"]?.ToString() ?? "", _ => []);
                lock (list)
                {
                    var existing = list.FirstOrDefault(m => m["ts"]?.ToString() == args["ts"]?.ToString());
                    if (existing is null) return Error("message_not_found");
                    existing["text"] = args["text"]?.DeepClone();
                    existing["blocks"] = args["blocks"]?.DeepClone();
                    existing["edited"] = true;
                }

                return new JsonObject { ["ok"] = true, ["channel"] = args["channel"]?.DeepClone(), ["ts"] = args["ts"]?.DeepClone() };
            }
            case "conversations.history":
            {
                var list = channels.GetOrAdd(args["channel"]?.ToString() ?? "", _ => []);
                JsonArray messages;
                lock (list) messages = [.. list.AsEnumerable().Reverse().Select(m => m.DeepClone())];
                return new JsonObject { ["ok"] = true, ["messages"] = messages, ["has_more"] = false };
            }
            case "users.info":
            {
                var id = args["user"]?.ToString() ?? "";
                var (admin, owner) = users.GetValueOrDefault(id);
                return new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = id, ["is_admin"] = admin, ["is_owner"] = owner } };
            }
            case "files.getUploadURLExternal":
            {
                // Like Slack: filename and a positive length are required; the upload must then be exactly that long.
                if (args["filename"]?.ToString() is not { Length: > 0 } fileName) return Error("invalid_arguments");
                if (!long.TryParse(args["length"]?.ToString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var length) || length <= 0)
                    return Error("missing_argument");
                var id = "F" + Interlocked.Increment(ref sequence);
                tickets[id] = (fileName, length);
                return new JsonObject { ["ok"] = true, ["upload_url"] = new Uri(BaseUrl, "upload/" + id).ToString(), ["file_id"] = id };
            }
            case "files.completeUploadExternal":
            {
                // Only ids from getUploadURLExternal whose bytes arrived, and each only once.
                var files = (args["files"] as JsonArray ?? []).Select(f => (Id: f?["id"]?.ToString() ?? "", Title: f?["title"]?.ToString())).ToList();
                if (files.Count == 0 || files.Any(f => !uploads.ContainsKey(f.Id) || !completed.TryAdd(f.Id, true))) return Error("file_not_found");
                var channel = args["channel_id"]?.ToString();
                foreach (var (id, title) in files)
                {
                    var shared = new FakeSlackFile(id, tickets[id].FileName, title ?? tickets[id].FileName, uploads[id], args["thread_ts"]?.ToString());
                    if (channel is not null) sharedFiles.GetOrAdd(channel, _ => new ConcurrentQueue<FakeSlackFile>()).Enqueue(shared);
                }

                changes.Changed();

                return new JsonObject { ["ok"] = true, ["files"] = args["files"]!.DeepClone() };
            }
            case "apps.connections.open":
            {
                var ws = new UriBuilder(BaseUrl) { Scheme = "ws", Path = "/link", Query = "ticket=" + Interlocked.Increment(ref sequence) };
                return new JsonObject { ["ok"] = true, ["url"] = ws.Uri.ToString() };
            }
            case "auth.test":
                return new JsonObject { ["ok"] = true, ["team_id"] = "T1", ["user_id"] = "UBOT", ["bot_id"] = "B1" };
            default:
                _ = context;
                return Error("unknown_method");
        }
    }

    /// <summary>False when the hold was released without an answer (the connection is dropped).</summary>
    private static async Task<bool> HoldAsync(FakeSlackHold hold, FakeSlackCall call, HttpContext context)
    {
        hold.Arrive(call);
        var answer = await hold.Released.WaitAsync(context.RequestAborted);
        if (!answer) context.Abort();
        return answer;
    }

    private static JsonObject Error(string error) => new() { ["ok"] = false, ["error"] = error };

    private async Task<IResult> HandleResponseAsync(string id, HttpContext context)
    {
        var message = await JsonSerializer.DeserializeAsync<JsonObject>(context.Request.Body) ?? [];
        if (faults.TryGetValue(ResponseUrlFaults, out var queue) && queue.TryDequeue(out var fault) && fault.RetryAfterSeconds is { } wait)
        {
            context.Response.Headers.RetryAfter = wait.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.StatusCode(429);
        }

        if (FakeBlocks.Problems(message) is { Count: > 0 } problems)
            return Results.Text("invalid_blocks: " + string.Join("; ", problems), statusCode: StatusCodes.Status400BadRequest);
        var response = new FakeSlackResponse(id, message);
        responses.Enqueue(response);
        responseSignal.Writer.TryWrite(response);
        return Results.Ok();
    }

    private async Task<IResult> HandleUploadAsync(string id, HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        if (!tickets.TryGetValue(id, out var ticket)) return Results.NotFound();
        if (buffer.Length != ticket.Length) return Results.BadRequest($"uploaded {buffer.Length} bytes, but getUploadURLExternal was told {ticket.Length}");
        uploads[id] = buffer.ToArray();
        return Results.Ok();
    }
}
