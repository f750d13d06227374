using System.Text.Json;
using InsiderBot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Slack.Commands;

/// <summary>May this user manage alerts? Users in <c>Slack:AdminUserIds</c>, and workspace admins and owners (<c>users.info</c>).</summary>
public sealed class SlackPermissions(SlackWebApi api, IOptions<SlackOptions> options, ILogger<SlackPermissions> logger)
{
    public async Task<bool> CanManageAsync(string userId, CancellationToken cancellationToken)
    {
        if (options.Value.AdminUserIds.Contains(userId, StringComparer.Ordinal)) return true;
        var info = await api.CallFormAsync("users.info", [new("user", userId)], cancellationToken);
        if (!info.Ok)
        {
            logger.LogWarning("users.info failed for {User} ({Error}); treating the user as not an admin", userId, info.Error);
            return false;
        }

        var user = info.Body["user"];
        return IsTrue(user?["is_admin"]) || IsTrue(user?["is_owner"]) || IsTrue(user?["is_primary_owner"]);
    }

    private static bool IsTrue(System.Text.Json.Nodes.JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;
}
