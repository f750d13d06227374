using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Insights.Signals;
using InsiderBot.Store;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// <c>/ratio [month]</c> or <c>/ratio from:DATE to:DATE</c>: market-wide open-market buying against discretionary
/// selling, ranked against its own history (a month against the months before it, a window of days against as many
/// windows of its length before it).
/// </summary>
public sealed class RatioCommand(InsiderStore store, StoreSeeder seeder, TimeProvider time) : IImmediateCommand
{
    public string Name => "ratio";

    public string Description => "The market's insider buy/sell ratio this month, ranked against the previous 59 months";

    /// <summary>The longest window of days /ratio reads (59 windows before it make its history).</summary>
    public const int MaxWindowDays = 366;

    public IReadOnlyList<CommandParameter> Parameters { get; } =
    [
        new("month", "A month as YYYY-MM (default: this month, or the latest month with stored trades)"),
        new("from", $"First day, {TradeWindow.DateFormat} (instead of a month)"),
        new("to", $"Last day, {TradeWindow.DateFormat} (default today)"),
    ];

    public StoreReadiness Readiness => new(seeder, store, signals: false);

    public ChatReply Execute(CommandInput input)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (IsWindow(input)) return WindowReading(input, today);

        DateOnly? asked = null;
        if (input.Argument(0) is { } raw)
        {
            if (input.Arguments.Count(a => a.Trim().Length > 0) > 1 || !DateOnly.TryParseExact(raw.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ||
                month.Year < 1990 || month > today)
                return ChatReply.Error($"month must be YYYY-MM between 1990-01 and {today:yyyy-MM}, e.g. /ratio {today.AddMonths(-1):yyyy-MM}; or give dates: /ratio from:2022-04-01 to:2022-04-30.");
            asked = month;
        }

        var tallies = store.ReadMarketTallies(); // one refresh of the day tallies serves every reading below
        var reading = tallies.Reading(asked ?? today);
        var note = "";
        if (asked is null && reading.Month.Decisions == 0 && tallies.NewestDecisionDay() is { } newest && newest < MarketRatio.MonthStart(today))
        {
            note = $"No open-market purchases or discretionary sales are stored for {today:MMMM yyyy} yet; showing {newest:MMMM yyyy}, the latest month with one. ";
            reading = tallies.Reading(newest);
        }

        var monthEnd = reading.Month.Start.AddMonths(1).AddDays(-1);
        var title = reading.Month.Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        return CoverageText.WithNote(Reply(reading, note, title, "months"), store.Coverage(), null, null, reading.Month.Start, monthEnd < today ? monthEnd : today);
    }

    // from:/to: typed (Slack, the console), or Discord's from and to options in their positions.
    private static bool IsWindow(CommandInput input) =>
        input.Arguments.Skip(1).Any(a => a.Trim().Length > 0)
        || input.Arguments.Any(a => a.TrimStart().StartsWith("from:", StringComparison.OrdinalIgnoreCase) || a.TrimStart().StartsWith("to:", StringComparison.OrdinalIgnoreCase));

    private ChatReply WindowReading(CommandInput input, DateOnly today)
    {
        var month = input.Argument(0) is { } first && !first.Contains(':', StringComparison.Ordinal) ? first.Trim() : "";
        if (month.Length > 0) return ChatReply.Error($"Give a month (YYYY-MM) or from:/to: dates ({TradeWindow.DateFormat}), not both, e.g. /ratio {today.AddMonths(-1):yyyy-MM} or /ratio from:2022-04-01 to:2022-04-30.");
        if (TradeWindow.TryParse(input.Arguments, firstDatePosition: 1, today, defaultDays: 30, MaxWindowDays, "/ratio", out var window) is { } problem)
            return ChatReply.Error(problem);

        var reading = store.ReadMarketTallies().Reading(window.From, window.To);
        var days = window.To.DayNumber - window.From.DayNumber + 1;
        return CoverageText.WithNote(Reply(reading, "", window.Label, $"{days}-day periods"), store.Coverage(), null, null, window.From, window.To);
    }

    private static ChatReply Reply(MarketReading r, string note, string title, string periods)
    {
        var m = r.Month;
        var weeks = r.Weeks.Select(w => (IReadOnlyList<string>)
            [$"{Dates.Iso(w.Start)}", w.Purchases.ToString(CultureInfo.InvariantCulture), w.Sales.ToString(CultureInfo.InvariantCulture),
             Amounts.Money(w.PurchaseValue), Amounts.Money(w.SaleValue), Ratio(w.CountRatio)]).ToList();
        var tone = r.CountRank switch
        {
            { IsExtremeHigh: true } => ReplyTone.Buying,
            { IsExtremeLow: true } => ReplyTone.Selling,
            _ => ReplyTone.Neutral,
        };
        return new ChatReply
        {
            Title = $"Insider buy/sell ratio: {title}",
            Tone = tone,
            Sections =
            [
                new TextSection(note + r.Text),
                new FieldsSection(
                [
                    new ReplyField("Open-market buys", $"{m.Purchases} ({Amounts.Money(m.PurchaseValue)})"),
                    new ReplyField("Discretionary sales", $"{m.Sales} ({Amounts.Money(m.SaleValue)})"),
                    new ReplyField("Net purchase ratio", $"{Ratio(m.CountRatio)} by count, {Ratio(m.ValueRatio)} by value"),
                    new ReplyField("Rank vs own history", Rank(r.CountRank, "count", periods) + "; " + Rank(r.ValueRank, "value", periods)),
                ]),
                new TableSection(["week of", "buys", "sales", "bought", "sold", "ratio"], weeks),
            ],
            Footer = "Net purchase ratio = (buys − sales) / (buys + sales), counted in insider-days; plan, exercise and tax sales and flagged rows are left out (Lakonishok & Lee).",
        };
    }

    private static string Ratio(decimal? ratio) => ratio is { } r ? r.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) : "—";

    private static string Rank(RatioRank? rank, string by, string periods) => rank is null
        ? $"by {by}: not enough history"
        : $"by {by}: above {rank.Percentile * 100:0}% of {rank.HistoryCount} {periods}{(rank.IsExtreme ? " (extreme)" : "")}";
}
