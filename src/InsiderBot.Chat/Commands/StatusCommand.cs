using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Health;
using InsiderBot.Store;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/status</c>: the operator's view of the store and the bot's health.</summary>
public sealed class StatusCommand(InsiderStore store, IEnumerable<IStatusContributor> contributors, TimeProvider time) : IImmediateCommand
{
    public string Name => "status";

    public string Description => "The store and the bot's health, for the operator";

    public IReadOnlyList<CommandParameter> Parameters { get; } = [];

    public ChatReply Execute(CommandInput input)
    {
        var stats = store.Statistics();
        var now = time.GetUtcNow();
        var fields = new List<ReplyField>
        {
            new("Store", store.FilePath),
            new("Filings", stats.Filings.ToString("#,0", CultureInfo.InvariantCulture)),
            new("Transactions", stats.Trades.ToString("#,0", CultureInfo.InvariantCulture)),
            new("Companies", stats.Issuers.ToString("#,0", CultureInfo.InvariantCulture)),
            new("Quarantined", stats.Quarantined.ToString("#,0", CultureInfo.InvariantCulture)),
            new("Newest trade", stats.Newest is { } d ? Dates.WithAgo(d, now) : "none"),
            new("Coverage", CoverageText.Summary(store.Coverage(), DateOnly.FromDateTime(now.UtcDateTime), cik => store.FindIssuer(cik)?.Ticker ?? $"CIK {cik}")),
        };
        if (store.HoldsSample) fields.Add(new ReplyField("Sample data", "this store holds the bundled demo filings (a few companies' history, not the market); remove them with the command `sample remove`"));
        fields.AddRange(contributors.SelectMany(c => c.Status()).Select(line => new ReplyField(line.Name, line.Value)));
        return new ChatReply { Title = "InsiderBot status", Sections = [new FieldsSection(fields)], Ephemeral = true };
    }
}
