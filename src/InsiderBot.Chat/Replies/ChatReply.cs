namespace InsiderBot.Chat.Replies;

/// <summary>
/// A platform-neutral answer. Discord renders it as an embed, Slack as Block Kit, the console as plain text.
/// Errors are one line, ephemeral, and say what would work.
/// </summary>
public sealed record ChatReply
{
    public required string Title { get; init; }
    public ReplyTone Tone { get; init; } = ReplyTone.Neutral;
    public IReadOnlyList<ReplySection> Sections { get; init; } = [];
    public string? Footer { get; init; }
    public ReplyImage? Chart { get; init; }
    /// <summary>Data to take away (<c>export:csv</c>): sent as a file beside the chart.</summary>
    public ReplyFile? Export { get; init; }
    /// <summary>Shown only to the user who asked.</summary>
    public bool Ephemeral { get; init; }
    public bool IsError => Tone == ReplyTone.Error;
    public bool HasFiles => Chart is not null || Export is not null;

    public static ChatReply Error(string message) => new()
    {
        Title = message,
        Tone = ReplyTone.Error,
        Ephemeral = true,
    };

    public static ChatReply Text(string title, string text, ReplyTone tone = ReplyTone.Neutral) => new()
    {
        Title = title,
        Tone = tone,
        Sections = [new TextSection(text)],
    };
}
