using System.Security.Cryptography;
using InsiderBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// <c>POST /slack/commands</c>: verifies the signature over the raw body, answers <c>ssl_check</c>, ignores retried
/// deliveries of a command already taken, and answers inline or acknowledges and answers via <c>response_url</c>.
/// </summary>
public sealed class SlackHttpCommands(
    SlackRequestVerifier verifier,
    SlackCommandRunner runner,
    SlackDeliveryLog deliveries,
    ILogger<SlackHttpCommands> logger)
{
    public const int MaxBodyBytes = 64 * 1024;
    public const string RetryHeader = "X-Slack-Retry-Num";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
        if (form.TryGetValue("ssl_check", out var ssl) && ssl == "1" && !form.ContainsKey("command")) return Results.Ok();

        var check = verifier.Verify(context.Request.Headers[SlackRequestVerifier.TimestampHeader], context.Request.Headers[SlackRequestVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Rejected a Slack command request: {Check}", check);
            return Results.Text("invalid Slack signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        var command = SlackCommand.From(name => form.TryGetValue(name, out var v) ? v.ToString() : null);
        if (command is null) return Results.BadRequest("no command");

        var key = "http:" + (command.TriggerId ?? Convert.ToHexString(SHA256.HashData(body)));
        if (!deliveries.FirstTime(key))
        {
            logger.LogInformation("Slack retried /{Command} (retry {Retry}); it is already being answered", command.Name, context.Request.Headers[RetryHeader].ToString());
            return Results.Ok();
        }

        var answer = await runner.RunAsync(command);
        return answer is null ? Results.Ok() : Results.Json(answer);
    }

    /// <summary>The raw body (signatures cover its exact bytes), or null when it is over <see cref="MaxBodyBytes"/>.</summary>
    internal static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
