using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// <c>/clusters [days | from:DATE to:DATE]</c>: the cluster buys of a window market-wide, clean ones first, with the selling check; within clean
/// and within mixed, the ones a tracked superinvestor also holds (13F confluence) come first.
/// </summary>
public sealed class ClustersCommand(InsiderStore store, StoreSeeder seeder, TimeProvider time, SuperinvestorTracker? superinvestors = null) : IImmediateCommand
{
    public const int DefaultDays = 30;
    public const int MaxDays = 3650;
    public const int MaxItems = 15;

    public string Name => "clusters";

    public string Description => "Latest cluster buys across the market (3+ insiders within 14 days), clean first";

    public bool PagesItsList => true;

    public IReadOnlyList<CommandParameter> Parameters { get; } =
    [
        new("days", $"How many days back to look (1–{MaxDays}, default {DefaultDays})", Kind: ParameterKind.Integer),
        new("from", $"First day, {TradeWindow.DateFormat} (instead of days)"),
        new("to", $"Last day, {TradeWindow.DateFormat} (default today)"),
    ];

    public StoreReadiness Readiness => new(seeder, store, signals: true);

    public ChatReply Execute(CommandInput input)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (input.Arguments.Count > 3)
            return ChatReply.Error($"/clusters takes a number of days from 1 to {MaxDays} or from:/to: dates, e.g. /clusters {DefaultDays} or /clusters from:2022-04-01 to:2022-04-30.");
        if (TradeWindow.TryParse(input.Arguments, firstDatePosition: 1, today, DefaultDays, MaxDays, "/clusters", out var window) is { } problem)
            return ChatReply.Error(problem);

        var (from, to) = (window.From, window.To);
        var snapshot = superinvestors?.Snapshot();
        var clusters = store.SignalsOfKind(SignalKind.ClusterBuying, from, to)
            .Select(s => (Signal: s, Confluence: snapshot?.ConfluenceFor(s.Ticker, s.IssuerName)))
            .OrderBy(c => c.Signal.IsMixed).ThenBy(c => c.Confluence is null)
            .ThenBy(c => c.Signal.Status == InsiderStatus.Opportunistic ? 0 : c.Signal.Status == InsiderStatus.Unknown ? 1 : 2)
            .ThenByDescending(c => c.Signal.To).ThenBy(c => c.Signal.Id, StringComparer.Ordinal)
            .ToList();
        var settings = store.SignalSettings;
        var rule = $"A cluster is {settings.ClusterMinInsiders}+ insiders buying on the open market within {settings.ClusterWindowDays} days; " +
            "clean means no insider of the company sold at their own discretion in the window.";
        if (clusters.Count == 0)
        {
            var latest = store.LatestSignal(SignalKind.ClusterBuying);
            var hint = latest is null
                ? "The store holds no cluster buy at all yet."
                : $"The latest stored one is {latest.Ticker} on {Dates.WithAgo(latest.To, now)}: try /clusters {Math.Min(MaxDays, today.DayNumber - latest.To.DayNumber + 1)}.";
            return CoverageText.WithNote(ChatReply.Text($"No cluster buying in {window.Phrase}", $"{hint} {rule}"), store.Coverage(), null, null, from, to);
        }

        var clean = clusters.Count(c => !c.Signal.IsMixed);
        var page = ListPage.For(input, MaxItems, clusters.Count);
        if (page.Refusal(Name, input, "clusters") is { } past) return ChatReply.Error(past);
        var items = page.Of(clusters).Select(c => SignalFormatter.Item(c.Signal, now, showCompany: true, c.Confluence)).ToList();
        var order = clusters.Any(c => c.Confluence is not null) ? "Clean first, then mixed; 13F confluence first; newest first" : "Clean first, then mixed; newest first";
        return CoverageText.WithNote(new ChatReply
        {
            Title = $"Cluster buying, {window.Label}: {clusters.Count} ({clean} clean)",
            Tone = clean > 0 ? ReplyTone.Buying : ReplyTone.Mixed,
            Sections = [new TextSection(rule), new ItemsSection(order, items, page.After) { Paging = page.Paging(Name, input, "clusters") }],
            Footer = "From SEC Form 4 filings. Joint filers count as one insider; plan, exercise and tax sales are listed, not counted as selling.",
        }, store.Coverage(), null, null, from, to);
    }
}
