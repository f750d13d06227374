using System.Text.Json.Nodes;

namespace InsiderBot.Fakes.Slack;

/// <summary>One Web API call the fake received: the method, the bearer token, and the arguments (JSON or form, as JSON).</summary>
public sealed record FakeSlackCall(string Method, string? Token, JsonObject Arguments)
{
    public string? Argument(string name) => Arguments[name]?.ToString();
}
