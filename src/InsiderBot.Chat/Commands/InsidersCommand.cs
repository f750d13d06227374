using System.Globalization;
using InsiderBot.Chat.Export;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Splits;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Coverage;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// <c>/insiders TICKER [days | from:DATE to:DATE] [signals] [export:csv]</c>: a company's insider trades over a window, classified,
/// with what they mean; <c>signals</c> lists the window's signals instead, page by page; <c>export:</c> attaches every
/// transaction of the window as a file.
/// </summary>
/// <param name="drawChart">False where only text is shown (the benchmark of the text answer): no chart PNG is rendered.</param>
/// <param name="history">Fetches a company's own history when the store does not cover the window (live EDGAR access only).</param>
public sealed class InsidersCommand(
    InsiderStore store, StoreSeeder seeder, TimeProvider time, SuperinvestorTracker? superinvestors = null, bool drawChart = true, ICompanyHistory? history = null) : IChatCommand
{
    public const int DefaultDays = 90;
    public const int MaxDays = 3650;
    public const int MaxItems = 20;
    public const int MaxSignals = 5;

    /// <summary>The word after the window that asks for the window's signals alone: <c>/insiders TSLA 3650 signals</c>.</summary>
    public const string SignalsWord = "signals";
    private readonly InsiderStatusCache statusCache = new();

    public string Name => "insiders";

    public string Description => "Recent insider trades for a company, classified, with what they mean";

    public bool MayAttachChart => true;

    public bool PagesItsList => true;

    public IReadOnlyList<CommandParameter> Parameters { get; } =
    [
        new("ticker", "The company's ticker, e.g. AAPL", Required: true, Autocomplete: true),
        new("days", $"How many days back to look (1–{MaxDays}, default {DefaultDays})", Kind: ParameterKind.Integer),
        new("from", $"First day, {TradeWindow.DateFormat} (instead of days)"),
        new("to", $"Last day, {TradeWindow.DateFormat} (default today)"),
        ExportOption.Parameter,
    ];

    public StoreReadiness Readiness => new(seeder, store, signals: true);

    public ChatReply? Refusal(CommandInput input)
    {
        var refusal = ArgumentRefusal(input, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), out var ticker, out _, out _, out _);
        if (refusal is not null || !seeder.IsSettled) return refusal; // before seeding, only the full run can say a ticker is unknown
        return store.FindIssuer(ticker) is null ? UnknownTicker(ticker) : null;
    }

    /// <summary>
    /// Awaits the company's history from EDGAR when the store does not cover the window; the rest reads the store. An
    /// answer abandoned before the fill does not start it, and one abandoned during the fill stops before the reads.
    /// </summary>
    public async Task<ChatReply> ExecuteAsync(CommandInput input, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (ArgumentRefusal(input, today, out var ticker, out var window, out var export, out var signalsOnly) is { } refusal) return refusal;
        var issuer = store.FindIssuer(ticker);
        if (issuer is null) return UnknownTicker(ticker);

        var (from, to) = (window.From, window.To);
        var fill = await FillHistoryAsync(issuer.Cik, from, to, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        if (fill is { Stored: > 0 }) issuer = store.FindIssuer(ticker) ?? issuer;
        var trades = store.TradesForIssuer(issuer.Cik, from, to);
        var signals = store.SignalsForIssuer(issuer.Cik, from, to);
        var splits = store.SplitsFor(issuer.Cik);
        ChatReply Noted(ChatReply reply) =>
            CoverageText.WithNote(Exported(reply, export, issuer, window, trades, signals, splits), store.Coverage(), issuer.Cik, issuer.Ticker, from, to, fill);

        var name = $"{issuer.Ticker} — {issuer.Name}";
        if (signalsOnly && SignalsView(issuer, signals, window, now, input) is var view) return view.IsError ? view : Noted(view);
        if (trades.Count == 0)
        {
            var latest = issuer.LatestActivity is { } date
                ? $"Latest stored activity: {Dates.WithAgo(date, now)}. Try /insiders {issuer.Ticker} {Math.Min(MaxDays, today.DayNumber - date.DayNumber + 30)}."
                : "The store holds no Form 4 trades for this company yet.";
            return Noted(ChatReply.Text(name, $"No insider trades in {window.Phrase}. {latest}"));
        }

        var groups = TradeGroup.Of(trades);
        var page = ListPage.For(input, MaxItems, groups.Count);
        if (page.Refusal(Name, input, "trades") is { } past) return ChatReply.Error(past);
        var shown = page.Of(groups);
        var statuses = statusCache.Get(issuer.Cik, from, to, page.Number, issuer.TradeCount, () => StatusesOf(issuer.Cik, from, to, shown));
        var listing = new TradeListing(groups.Count, shown, page.After, page.Paging(Name, input, "trades"));
        var activity = Activity(name, trades, listing, window, now, t => SignalFormatter.Short(statuses.GetValueOrDefault((t.InsiderCik, t.Date.Year), InsiderStatus.Unknown)), splits);
        if (SplitNotes.Spanned(issuer.Ticker, splits, from, to) is { } spanned) activity = activity with { Sections = [.. activity.Sections, new TextSection(spanned)] };
        // The chart is the same on every page: drawn with the first, left to it on the others.
        var chart = !drawChart || page.Number > 1 ? null : ActivityCharts.For(issuer.Ticker, issuer.Name, trades, from, to, signals, splits);
        if (signals.Count > 0 && page.Number == 1) // like the chart, the window's signals go with the first page
        {
            var confluence = superinvestors?.ConfluenceFor(issuer.Ticker, issuer.Name);
            activity = activity with { Sections = [.. activity.Sections.Take(2), Signals(signals, now, confluence, input), .. activity.Sections.Skip(2)] };
        }

        return Noted(activity with { Chart = chart });
    }

    /// <summary>
    /// When the store's history does not cover the window for the company and EDGAR can be asked, its own filings are
    /// fetched first (up to the history's budget; the rest continue in the background). Null when nothing was asked.
    /// </summary>
    private async Task<CompanyHistoryFill?> FillHistoryAsync(long issuerCik, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (history is null || store.Coverage().Check(issuerCik, from, to) is null) return null;
        return await history.FillAsync(issuerCik, from, cancellationToken);
    }

    // The first page of the window's signals; when there are more, the line of the signals view, which pages through all
    // of them from the first (a platform may show fewer here than on the view's first page, to fit its message).
    private ItemsSection Signals(IReadOnlyList<SignalRecord> signals, DateTimeOffset now, Confluence? confluence, CommandInput input)
    {
        var items = signals.Take(MaxSignals).Select(s => SignalFormatter.Item(s, now, confluence: confluence)).ToList();
        var rest = signals.Count > items.Count ? new ReplyLink(SignalsWord, PageToken.Line(Name, [.. ListPage.Browsed(input), SignalsWord], 1)) : null;
        return new ItemsSection(SignalsTitle(signals.Count), items, signals.Count - items.Count) { Rest = rest };
    }

    private static string SignalsTitle(int count) => $"Signals ({count}), opportunistic insiders first";

    /// <summary><c>/insiders TSLA 3650 signals</c>: the window's signals alone, page by page.</summary>
    private ChatReply SignalsView(IssuerRecord issuer, IReadOnlyList<SignalRecord> signals, TradeWindow window, DateTimeOffset now, CommandInput input)
    {
        var name = $"{issuer.Ticker} — {issuer.Name}";
        if (signals.Count == 0) return ChatReply.Text(name, $"No signals in {window.Phrase}.");
        var page = ListPage.For(input, MaxSignals, signals.Count);
        if (page.Refusal(Name, input, SignalsWord) is { } past) return ChatReply.Error(past);
        var confluence = superinvestors?.ConfluenceFor(issuer.Ticker, issuer.Name);
        var items = page.Of(signals).Select(s => SignalFormatter.Item(s, now, confluence: confluence)).ToList();
        return new ChatReply
        {
            Title = $"{name}: insider signals, {window.Label}",
            Sections = [new ItemsSection(SignalsTitle(signals.Count), items, page.After) { Paging = page.Paging(Name, input, SignalsWord) }],
            Footer = "From SEC Form 4 filings.",
        };
    }

    private static bool IsSignalsWord(string argument) => argument.Trim().Equals(SignalsWord, StringComparison.OrdinalIgnoreCase);

    // Cohen–Malloy–Pomorski status of each shown insider in each shown trade year, from the company's stored history
    // (the window and the years before it): each shown insider's market-trade days, one market-day ledger read each.
    // Once per company, window and stored trade count (then cached).
    private Dictionary<(long Insider, int Year), InsiderStatus> StatusesOf(long issuer, DateOnly from, DateOnly to, IReadOnlyList<TradeGroup> shown)
    {
        var years = store.SignalSettings.RoutineLookbackYears;
        var days = shown.Select(g => g.First.InsiderCik).Distinct().ToDictionary(
            insider => insider,
            insider => store.MarketTradeDays(insider, issuer, from.AddYears(-years - 1), to));
        return shown.Select(g => g.First).DistinctBy(t => (t.InsiderCik, t.Date.Year))
            .ToDictionary(t => (t.InsiderCik, t.Date.Year), t => InsiderStatusReader.StatusOfMarketDays(days[t.InsiderCik], t.Date, years));
    }

    /// <summary>The reply with every transaction of the window attached, when <c>export:</c> asked for it.</summary>
    private ChatReply Exported(ChatReply reply, ExportFormat? format, IssuerRecord issuer, TradeWindow window, IReadOnlyList<InsiderTrade> trades, IReadOnlyList<SignalRecord> signals, SplitHistory splits)
    {
        if (format is not { } chosen) return reply;
        var subject = new ExportSubject("company", issuer.Cik, issuer.Name, issuer.Ticker);
        var document = TransactionExport.Build(subject, window.From, window.To, trades, _ => splits, signals, store.SignalSettings.CSuiteRoles);
        return reply with { Export = TransactionExport.File(document, chosen) };
    }

    private static ChatReply? ArgumentRefusal(CommandInput input, DateOnly today, out string ticker, out TradeWindow window, out ExportFormat? export, out bool signalsOnly)
    {
        ticker = input.Argument(0)?.Trim() ?? "";
        window = new TradeWindow(today.AddDays(-DefaultDays), today, DefaultDays);
        export = null;
        signalsOnly = false;
        if (ticker.Length == 0) return ChatReply.Error($"Name a ticker: /insiders TICKER [days | from:{TradeWindow.DateFormat} to:{TradeWindow.DateFormat}], e.g. /insiders MSFT {DefaultDays}.");
        if (!TickerSymbol.IsValid(ticker)) return ChatReply.Error($"'{EchoedInput.Clip(ticker)}' is not a ticker: {TickerSymbol.Rule}.");
        var example = $"/insiders {ticker.ToUpperInvariant()}";
        if (ExportOption.Take(input.Arguments, example, out export, out var exportless) is { } badExport) return ChatReply.Error(badExport);
        var arguments = exportless.Where((a, i) => i == 0 || !IsSignalsWord(a)).ToList();
        signalsOnly = arguments.Count < exportless.Count;
        if (arguments.Count > 4)
            return ChatReply.Error($"/insiders takes a ticker, then a number of days or from:/to: dates, e.g. {example} {DefaultDays} or {example} from:2022-04-01 to:2022-04-30.");
        return TradeWindow.TryParse(arguments.Skip(1).ToList(), firstDatePosition: 1, today, DefaultDays, MaxDays, example, out window) is { } problem
            ? ChatReply.Error(problem)
            : null;
    }

    private ChatReply UnknownTicker(string ticker)
    {
        var close = store.SuggestIssuers(ticker);
        var hint = close.Count > 0
            ? "Close matches: " + string.Join(", ", close.Select(c => $"{c.Ticker} ({c.Name})")) + "."
            : "Try one the store holds: " + string.Join(", ", store.BusiestIssuers(6).Select(c => c.Ticker)) + ".";
        return ChatReply.Error($"Unknown ticker {ticker.ToUpperInvariant()}. {hint}");
    }

    private ChatReply Activity(string name, IReadOnlyList<InsiderTrade> trades, TradeListing listing, TradeWindow window, DateTimeOffset now, Func<InsiderTrade, string> status, SplitHistory splits)
    {
        var summary = ActivitySummary.Of(trades);
        var groupCount = listing.Trades;
        var items = listing.Shown.Select(g => (Item: TradeFormatter.Item(g, now, store.SignalSettings.CSuiteRoles, splits: splits), Status: status(g.First)))
            .Select(x => x.Status.Length == 0 ? x.Item : x.Item with { Headline = $"{x.Item.Headline} · {x.Status} insider" }).ToList();
        return new ChatReply
        {
            Title = $"{name}: insider trades, {window.Label}",
            Tone = ToneOf(summary),
            Sections =
            [
                new FieldsSection(
                [
                    new ReplyField("Open-market buying", summary.Purchases == 0 ? "none" : $"{Amounts.Money(summary.PurchaseValue)} by {Insiders(summary.Buyers)}"),
                    new ReplyField("Selling", summary.Sales == 0 ? "none" : $"{Amounts.Money(summary.SaleValue)} by {Insiders(summary.Sellers)}"),
                    new ReplyField("Discretionary selling", summary.DiscretionarySellers == 0 ? "none" : $"{Amounts.Money(summary.DiscretionarySaleValue)} by {Insiders(summary.DiscretionarySellers)}"),
                ]),
                new TextSection(Reading(summary)),
                new ItemsSection($"{trades.Count} transaction{(trades.Count == 1 ? "" : "s")} in {groupCount} trade{(groupCount == 1 ? "" : "s")}, newest first", items, listing.After) { Paging = listing.Paging },
            ],
            Footer = "From SEC Form 4 filings. Value = shares × reported price; joint filers count as one insider.",
        };
    }

    private static string Reading(ActivitySummary s)
    {
        if (s.Purchases > 0 && s.DiscretionarySellers == 0)
            return $"*Buying without discretionary selling*: {Insiders(s.Buyers)} bought on the open market — the clean bullish signal.";
        if (s.Purchases > 0)
            return "*Mixed*: open-market buying alongside discretionary selling — read the individual trades.";
        if (s.DiscretionarySellers > 0)
            return $"*No open-market buying.* {Insiders(s.DiscretionarySellers)} sold at their own discretion; selling is weak on its own — it matters in clusters, near-complete exits or large C-suite sales.";
        if (s.Sales > 0)
            return "*No open-market buying.* The selling is mechanical (10b5-1 plans, option exercises, taxes on vesting) and carries no view.";
        return "*No open-market buying or selling*: only grants, exercises, gifts and other mechanical transactions.";
    }

    private static ReplyTone ToneOf(ActivitySummary s) =>
        s.Purchases > 0 && s.DiscretionarySellers > 0 ? ReplyTone.Mixed :
        s.Purchases > 0 ? ReplyTone.Buying :
        s.DiscretionarySellers > 0 ? ReplyTone.Selling : ReplyTone.Neutral;

    private static string Insiders(int n) => n == 1 ? "1 insider" : $"{n} insiders";


}
