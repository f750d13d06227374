namespace InsiderBot.Hosting;

/// <summary>The <c>Web</c> section: the bot's HTTP host (health checks, Discord interactions, Slack commands).</summary>
public sealed class WebOptions
{
    public const string Section = "Web";

    /// <summary>Listen for HTTP. Turned on by itself when Discord or Slack is configured in HTTP mode.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where to listen, e.g. <c>http://0.0.0.0:8080</c>.</summary>
    public string Urls { get; set; } = "http://127.0.0.1:8080";
}
