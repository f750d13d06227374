using System.Text.Json.Nodes;

namespace InsiderBot.Fakes.Slack;

/// <summary>A message the bot POSTed to a <c>response_url</c> the fake handed out.</summary>
public sealed record FakeSlackResponse(string ResponseId, JsonObject Message);
