namespace InsiderBot.Slack.Blocks;

/// <summary>Slack's Block Kit limits for messages (docs.slack.dev/reference/block-kit).</summary>
public static class BlockKitLimits
{
    public const int Blocks = 50;
    public const int SectionText = 3000;
    public const int Field = 2000;
    public const int FieldsPerSection = 10;
    public const int Header = 150;
    public const int ContextElements = 10;
    /// <summary>Keep the fallback <c>text</c> under Slack's 4,000-character advice.</summary>
    public const int FallbackText = 3900;
}
