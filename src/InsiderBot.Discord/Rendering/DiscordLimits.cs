namespace InsiderBot.Discord.Rendering;

/// <summary>Discord's embed limits (developers/resources/message.mdx); going over any of them is a 400.</summary>
public static class DiscordLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int Footer = 2048;
    public const int TotalPerMessage = 6000;
    public const int Embeds = 10;
    public const int ChoiceName = 100;
    public const int Choices = 25;
    public const int CommandDescription = 100;
    public const int AttachmentDescription = 1024;

    /// <summary>The default per-file upload limit (10 MiB; an interaction's <c>attachment_size_limit</c> gives the actual).</summary>
    public const int FileBytes = 10 * 1024 * 1024;

    /// <summary>Listing entries per page: a trade takes up to about 400 characters, and a message holds 6,000 in all.</summary>
    public const int ListItems = 10;

    public static string Clip(string text, int max) =>
        text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
