using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Store;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/quarantine</c>: the inputs set aside and why.</summary>
public sealed class QuarantineCommand(InsiderStore store, TimeProvider time) : IChatCommand
{
    public string Name => "quarantine";

    public string Description => "Filings set aside as unreadable, and why";

    public IReadOnlyList<CommandParameter> Parameters { get; } = [];

    public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        var entries = store.QuarantineEntries(25);
        var now = time.GetUtcNow();
        if (entries.Count == 0) return Task.FromResult(ChatReply.Text("Quarantine", "Nothing has been set aside: every input so far was read."));
        return Task.FromResult(new ChatReply
        {
            Title = $"Quarantine: {store.QuarantinedCount} input(s) set aside",
            Tone = ReplyTone.Warning,
            Sections = [new ItemsSection("Newest first", entries.Select(e => new ReplyItem(e.Source, Dates.WithAgo(DateOnly.FromDateTime(e.At.UtcDateTime), now), e.Reason, ReplyTone.Warning)).ToList())],
            Ephemeral = true,
        });
    }
}
