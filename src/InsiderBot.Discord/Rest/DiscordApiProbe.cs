using InsiderBot.Chat;

namespace InsiderBot.Discord.Rest;

/// <summary>HTTP mode's readiness: Discord's REST API answers <c>GET /gateway</c> (no gateway connection is made).</summary>
public sealed class DiscordApiProbe(DiscordRestClient rest, TimeProvider time) : PlatformApiProbe("discord", time)
{
    protected override async Task<string?> AskAsync(CancellationToken cancellationToken)
    {
        var response = await rest.SendAsync(HttpMethod.Get, "gateway", null, cancellationToken);
        return response.IsSuccess ? null : response.Describe();
    }
}
