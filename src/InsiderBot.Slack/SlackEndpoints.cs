using InsiderBot.Slack.Commands;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InsiderBot.Slack;

public static class SlackEndpoints
{
    public const string CommandsPath = "/slack/commands";

    /// <summary>The Interactivity Request URL: pressed buttons (<c>block_actions</c>).</summary>
    public const string ActionsPath = "/slack/actions";

    /// <summary>
    /// Maps <c>POST /slack/commands</c> and <c>POST /slack/actions</c> when Slack is configured with a signing secret;
    /// does nothing otherwise, so the host can call it unconditionally.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackCommands(this IEndpointRouteBuilder endpoints, string pattern = CommandsPath)
    {
        if (endpoints.ServiceProvider.GetService<SlackHttpCommands>() is null) return endpoints;
        endpoints.MapPost(pattern, (HttpContext context, SlackHttpCommands commands) => commands.HandleAsync(context));
        endpoints.MapPost(ActionsPath, (HttpContext context, SlackHttpActions actions) => actions.HandleAsync(context));
        return endpoints;
    }
}
