using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/superinvestors TICKER</c>: which tracked 13F managers hold the company, how much, and the change since their previous quarter.</summary>
public sealed class SuperinvestorsCommand(InsiderStore store, StoreSeeder seeder, SuperinvestorTracker tracker) : IChatCommand
{
    public string Name => "superinvestors";

    public string Description => "Which tracked superinvestors (13F filers) hold a company, and how their positions changed";

    public IReadOnlyList<CommandParameter> Parameters { get; } =
        [new("ticker", "The company's ticker, e.g. BAC", Required: true, Autocomplete: true)];

    public Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        var ticker = input.Argument(0)?.Trim() ?? "";
        if (ticker.Length == 0 || input.Arguments.Count > 1) return Reply(ChatReply.Error("Name one ticker: /superinvestors TICKER, e.g. /superinvestors BAC."));
        if (!TickerSymbol.IsValid(ticker)) return Reply(ChatReply.Error($"'{EchoedInput.Clip(ticker)}' is not a ticker: {TickerSymbol.Rule}."));
        if (tracker.Managers.Count == 0)
            return Reply(ChatReply.Error("No superinvestors are tracked: list them under Superinvestors:Managers in the configuration."));

        seeder.EnsureSeeded();
        var issuer = store.FindIssuer(ticker);
        if (issuer is null) return Reply(ChatReply.Error($"Unknown ticker {ticker.ToUpperInvariant()}."));

        var title = $"{issuer.Ticker} — {issuer.Name}: tracked superinvestors";
        var positions = tracker.PositionsIn(issuer.Ticker, issuer.Name);
        if (positions.Count == 0)
            return Reply(ChatReply.Text(title, $"None of the {tracker.Managers.Count} tracked managers holds {issuer.Ticker} in their latest stored 13F, and none sold it out since the quarter before."));

        var rows = positions.Select(p => (IReadOnlyList<string>)
        [
            p.Manager.Name,
            Quarter(p.Period),
            p.Current is { } c ? Amounts.Count(c.Amount) + (c.AmountType == "PRN" ? " principal" : " shares") : "—",
            p.Current is { } v ? Amounts.Money(v.Value) : "—",
            Change(p),
        ]).ToList();
        var sections = new List<ReplySection> { new TableSection(["Manager", "Quarter", "Position", "Value", "Since previous quarter"], rows) };
        var guessed = positions.Where(p => p.Confidence == MatchConfidence.LikelyName).Select(p => $"{p.Manager.Name} ({p.Current?.IssuerName ?? p.Previous?.IssuerName})").ToList();
        if (guessed.Count > 0)
            sections.Add(new TextSection($"*Likely name match, check it:* {string.Join("; ", guessed)}. Fix a match with Superinvestors:Matches (Ticker, Cusip)."));

        return Reply(new ChatReply
        {
            Title = title,
            Tone = positions.Any(p => p.Change is PositionChange.New or PositionChange.Added) ? ReplyTone.Buying
                : positions.Any(p => p.Change is PositionChange.SoldOut or PositionChange.Trimmed) ? ReplyTone.Selling : ReplyTone.Neutral,
            Sections = sections,
            Footer = "From 13F-HR filings, due 45 days after each quarter end. Matched to the company by " +
                (positions.All(p => p.Confidence == MatchConfidence.Configured) ? "configured CUSIP." : "issuer name (or a configured CUSIP)."),
        });
    }

    private static string Change(ManagerPosition p) => p.Change switch
    {
        PositionChange.New when p.PreviousPeriod is null => "first stored quarter",
        PositionChange.New => "new position",
        PositionChange.SoldOut => $"sold out (held {Amounts.Count(p.Previous!.Amount)} at {Quarter(p.PreviousPeriod!.Value)})",
        PositionChange.Unchanged => "unchanged",
        _ => $"{(p.Change == PositionChange.Added ? "added" : "trimmed")} {Percent(p.Current!.Amount, p.Previous!.Amount)}",
    };

    private static string Percent(decimal now, decimal before) =>
        before == 0 ? "" : ((now - before) / before).ToString("+0.##%;−0.##%", CultureInfo.InvariantCulture);

    private static string Quarter(DateOnly period) => $"Q{(period.Month + 2) / 3} {period.Year}";

    private static Task<ChatReply> Reply(ChatReply reply) => Task.FromResult(reply);
}
