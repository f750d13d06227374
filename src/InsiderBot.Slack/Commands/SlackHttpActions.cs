using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using InsiderBot.Slack.Signing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Slack.Commands;

/// <summary>
/// <c>POST /slack/actions</c>, the Interactivity Request URL: a pressed paging button arrives as form field
/// <c>payload</c> (URL-encoded JSON), signed like a command. A forged or stale-timestamped request gets 401; a genuine
/// one is acknowledged at once and the page goes to the payload's <c>response_url</c>.
/// </summary>
public sealed class SlackHttpActions(
    SlackRequestVerifier verifier,
    SlackCommandRunner runner,
    SlackDeliveryLog deliveries,
    ILogger<SlackHttpActions> logger)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var body = await SlackHttpCommands.ReadBodyAsync(context.Request, context.RequestAborted);
        if (body is null) return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var check = verifier.Verify(context.Request.Headers[SlackRequestVerifier.TimestampHeader], context.Request.Headers[SlackRequestVerifier.SignatureHeader], body);
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Rejected a Slack interactivity request: {Check}", check);
            return Results.Text("invalid Slack signature", statusCode: StatusCodes.Status401Unauthorized);
        }

        var form = QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(body));
        JsonObject? payload;
        try
        {
            payload = form.TryGetValue("payload", out var json) ? JsonNode.Parse(json.ToString()) as JsonObject : null;
        }
        catch (JsonException)
        {
            return Results.BadRequest("payload is not JSON");
        }

        if (PagingPress.From(payload) is not { } press) return Results.Ok(); // another kind of interaction: nothing to do
        if (!deliveries.FirstTime("action:" + (press.TriggerId ?? Convert.ToHexString(SHA256.HashData(body))))) return Results.Ok();
        await runner.RunAsync(press);
        return Results.Ok();
    }
}
