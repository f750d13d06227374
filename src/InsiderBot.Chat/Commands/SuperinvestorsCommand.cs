using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Commands;

/// <summary><c>/superinvestors TICKER</c>: which tracked 13F managers hold the company, how much, and the change since their previous quarter.</summary>
public sealed class SuperinvestorsCommand(InsiderStore store, StoreSeeder seeder, SuperinvestorTracker tracker) : IImmediateCommand
{
    public string Name => "superinvestors";

    public string Description => "Which tracked superinvestors (13F filers) hold a company, and how their positions changed";

    public IReadOnlyList<CommandParameter> Parameters { get; } =
        [new("ticker", "The company's ticker, e.g. BAC", Required: true, Autocomplete: true)];

    /// <summary>The demo's seed brings its own 13F filers.</summary>
    public StoreReadiness Readiness => new(seeder, store, signals: false);

    public ChatReply Execute(CommandInput input)
    {
        var ticker = input.Argument(0)?.Trim() ?? "";
        if (ticker.Length == 0 || input.Arguments.Count > 1) return ChatReply.Error("Name one ticker: /superinvestors TICKER, e.g. /superinvestors BAC.");
        if (!TickerSymbol.IsValid(ticker)) return ChatReply.Error($"'{EchoedInput.Clip(ticker)}' is not a ticker: {TickerSymbol.Rule}.");
        var managers = tracker.Managers;
        if (managers.Count == 0)
            return ChatReply.Error("No superinvestors are tracked: list them under Superinvestors:Managers in the configuration.");

        var issuer = store.FindIssuer(ticker);
        if (issuer is null) return ChatReply.Error($"Unknown ticker {ticker.ToUpperInvariant()}.");

        var title = $"{issuer.Ticker} — {issuer.Name}: tracked superinvestors";
        var positions = tracker.PositionsIn(issuer.Ticker, issuer.Name);
        var unknown = tracker.WithoutStoredReport();
        if (unknown.Count == managers.Count)
            return ChatReply.Text(title,
                $"No 13F report of the {managers.Count} tracked managers is stored yet, so this store cannot say whether they hold {issuer.Ticker}. " +
                "With Edgar:Enabled the bot fetches their latest two quarters at start and daily; import also takes their 13F-HR submissions.");
        var missing = unknown.Count == 0 ? "" : $" {Managers(unknown)} {(unknown.Count == 1 ? "has" : "have")} no 13F stored yet, so {(unknown.Count == 1 ? "its" : "their")} holdings are unknown.";
        if (positions.Count == 0)
        {
            var known = managers.Where(m => unknown.All(u => u.Cik != m.Cik)).ToList();
            var none = known.Count == 1
                ? $"{known[0].Name}, the one tracked manager with a stored 13F, does not hold {issuer.Ticker} in its latest one and did not sell it out since the quarter before."
                : $"None of the {known.Count} tracked managers with a stored 13F holds {issuer.Ticker} in their latest one, and none sold it out since the quarter before.";
            return ChatReply.Text(title, none + missing);
        }

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
        if (missing.Length > 0) sections.Add(new TextSection(missing.Trim()));

        return new ChatReply
        {
            Title = title,
            Tone = positions.Any(p => p.Change is PositionChange.New or PositionChange.Added) ? ReplyTone.Buying
                : positions.Any(p => p.Change is PositionChange.SoldOut or PositionChange.Trimmed) ? ReplyTone.Selling : ReplyTone.Neutral,
            Sections = sections,
            Footer = "From 13F-HR filings, due 45 days after each quarter end. Matched to the company by " +
                (positions.All(p => p.Confidence == MatchConfidence.Configured) ? "configured CUSIP." : "issuer name (or a configured CUSIP)."),
        };
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

    private static string Managers(IReadOnlyList<TrackedManager> managers) =>
        managers.Count <= 3 ? string.Join(", ", managers.Select(m => m.Name)) : $"{managers.Count} of the tracked managers";
}
