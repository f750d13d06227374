using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Store;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/quarantine</c>: the inputs set aside and why, newest first, page by page.</summary>
public sealed class QuarantineCommand(InsiderStore store, TimeProvider time) : IImmediateCommand
{
    public const int MaxItems = 25;

    public string Name => "quarantine";

    public string Description => "Filings set aside as unreadable, and why";

    public IReadOnlyList<CommandParameter> Parameters { get; } = [];

    public bool PagesItsList => true;

    public ChatReply Execute(CommandInput input)
    {
        var total = store.QuarantinedCount;
        if (total == 0) return ChatReply.Text("Quarantine", "Nothing has been set aside: every input so far was read.");
        var page = ListPage.For(input, MaxItems, total);
        if (page.Refusal(Name, input, "inputs") is { } past) return ChatReply.Error(past);
        var entries = store.QuarantineEntries(page.Size, page.Skip);
        var now = time.GetUtcNow();
        return new ChatReply
        {
            Title = $"Quarantine: {total} input(s) set aside",
            Tone = ReplyTone.Warning,
            Sections =
            [
                new ItemsSection("Newest first", entries.Select(e => new ReplyItem(e.Source, Dates.WithAgo(DateOnly.FromDateTime(e.At.UtcDateTime), now), e.Reason, ReplyTone.Warning)).ToList(), page.After)
                {
                    Paging = page.Paging(Name, input, "inputs"),
                },
            ],
            Ephemeral = true,
        };
    }
}
