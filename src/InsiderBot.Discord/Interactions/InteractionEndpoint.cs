using System.Text.Json;
using InsiderBot.Chat;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Discord.Interactions;

/// <summary><c>POST /discord/interactions</c>: Discord's HTTP delivery of slash commands, verified with Ed25519.</summary>
public static class InteractionEndpoint
{
    public const string Path = "/discord/interactions";
    private const int MaxBody = 1 << 20;

    /// <summary>Maps the endpoint when Discord is configured with a public key; otherwise does nothing.</summary>
    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetService<DiscordSignatureVerifier>() is null) return endpoints;
        endpoints.MapPost(Path, HandleAsync);
        return endpoints;
    }

    private static async Task HandleAsync(HttpContext context, DiscordSignatureVerifier verifier, InteractionHandler handler, AnswersInFlight inFlight, ILoggerFactory loggers)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        var headers = context.Request.Headers;
        if (body is null || !verifier.IsValid(headers["X-Signature-Timestamp"], headers["X-Signature-Ed25519"], body))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsync("invalid request signature", context.RequestAborted);
            return;
        }

        DiscordInteraction interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            interaction = DiscordInteraction.Parse(document.RootElement);
        }
        catch (JsonException)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        // The reply goes out as this response. A deferred command then edits @original later; that work must not keep
        // this request open: HTTP/1.1 serves one request at a time per connection, so Discord's next interaction on the
        // same keep-alive connection would wait behind the edit and miss its 3 s deadline. So the request ends as soon
        // as the first answer is written, and the rest runs on; shutdown waits for it (AnswersInFlight).
        var answered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handling = handler.HandleAsync(interaction, async (answer, ct) =>
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.ToJson().ToJsonString(), ct);
            await context.Response.CompleteAsync();
            answered.TrySetResult();
        }, answerCarriesFiles: false, inFlight.Abandoned);
        await Task.WhenAny(answered.Task, handling);
        if (handling.IsCompleted) await handling;
        else inFlight.Track(FinishAsync(handling, interaction.CommandName, loggers.CreateLogger(typeof(InteractionEndpoint))));
    }

    private static async Task FinishAsync(Task handling, string? command, ILogger logger)
    {
        try
        {
            await handling;
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Completing the deferred answer to /{Command} failed", command);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBody) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBody) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
