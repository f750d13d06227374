using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Discord;

/// <summary>The <c>Discord</c> section. Validated at start; every message names the key to set.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>The bot token (Developer Portal → Bot → Reset Token). Needed for the gateway, alerts and command registration.</summary>
    public string? Token { get; set; }

    [Required(ErrorMessage = "Discord needs the application id: set Discord:ApplicationId (Developer Portal → General Information → Application ID).")]
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:ApplicationId must be the numeric Application ID from the Developer Portal.")]
    public string? ApplicationId { get; set; }

    /// <summary>Hex Ed25519 public key (Developer Portal → General Information → Public Key); needed in HTTP mode.</summary>
    public string? PublicKey { get; set; }

    [RegularExpression("^(?i)(gateway|http)$", ErrorMessage = "Discord:Mode must be 'gateway' (default, no public URL needed) or 'http'.")]
    public string Mode { get; set; } = "gateway";

    /// <summary>When set, commands are registered in this server only (instant updates while testing).</summary>
    [RegularExpression("^[0-9]{1,20}$", ErrorMessage = "Discord:GuildId must be a numeric server id (right-click the server → Copy Server ID), or left empty.")]
    public string? GuildId { get; set; }

    [Required(ErrorMessage = "Set Discord:ApiBaseUrl (default https://discord.com/api/v10).")]
    [Url(ErrorMessage = "Discord:ApiBaseUrl must be an absolute URL such as https://discord.com/api/v10.")]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    [Required(ErrorMessage = "Set Discord:GatewayUrl (default wss://gateway.discord.gg).")]
    public string GatewayUrl { get; set; } = "wss://gateway.discord.gg";

    /// <summary>A command still running after this long is answered "thinking…" (type 5) and completed by an edit.</summary>
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromSeconds(1);

    public bool UsesGateway => string.Equals(Mode, "gateway", StringComparison.OrdinalIgnoreCase);

    public bool UsesHttp => string.Equals(Mode, "http", StringComparison.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (UsesGateway && string.IsNullOrWhiteSpace(Token))
            yield return new ValidationResult("Discord gateway mode needs the bot token: set Discord:Token (Developer Portal → Bot → Reset Token), or set Discord:Mode to http.", [nameof(Token)]);
        if (UsesHttp && string.IsNullOrWhiteSpace(PublicKey))
            yield return new ValidationResult("Discord HTTP mode needs the interactions public key: set Discord:PublicKey (Developer Portal → General Information → Public Key).", [nameof(PublicKey)]);
        if (!string.IsNullOrWhiteSpace(PublicKey) && !DiscordSignatureVerifier.IsPublicKey(PublicKey))
            yield return new ValidationResult("Discord:PublicKey must be the 64 hex characters shown as Public Key in the Developer Portal.", [nameof(PublicKey)]);
        if (!Uri.TryCreate(GatewayUrl, UriKind.Absolute, out var gateway) || gateway.Scheme is not ("wss" or "ws"))
            yield return new ValidationResult("Discord:GatewayUrl must be a wss:// URL (default wss://gateway.discord.gg).", [nameof(GatewayUrl)]);
        if (DeferAfter <= TimeSpan.Zero || DeferAfter > TimeSpan.FromSeconds(2.5))
            yield return new ValidationResult("Discord:DeferAfter must be between 0 and 2.5 seconds (Discord drops interactions not answered within 3 s).", [nameof(DeferAfter)]);
    }
}
