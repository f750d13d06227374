using InsiderBot.Chat.Export;
using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Paging;
using InsiderBot.Chat.Replies;
using InsiderBot.Import;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Store;

namespace InsiderBot.Chat.Commands;

/// <summary>
/// <c>/insider NAME [export:csv]</c>: one insider's history across companies and whether they trade routinely or
/// opportunistically; <c>export:</c> attaches every transaction of that history as a file.
/// </summary>
public sealed class InsiderCommand(InsiderStore store, StoreSeeder seeder, TimeProvider time) : IImmediateCommand
{
    public const int MaxItems = 15;
    private static readonly DateOnly Earliest = new(1990, 1, 1);

    public string Name => "insider";

    public string Description => "One insider's trades and whether they trade routinely or opportunistically";

    public bool PagesItsList => true;

    public IReadOnlyList<CommandParameter> Parameters { get; } =
        [new("name", "Part of the insider's name, any order, e.g. musk or elon musk", Required: true, TakesRest: true), ExportOption.Parameter];

    public StoreReadiness Readiness => new(seeder, store, signals: true);

    public ChatReply Execute(CommandInput input)
    {
        if (ExportOption.Take(input.Arguments, "/insider musk", out var export, out var arguments) is { } badExport)
            return ChatReply.Error(badExport);
        var name = string.Join(' ', arguments.Where(a => a.Length > 0)).Trim();
        if (name.Length < 2 || name.Length > 80)
            return ChatReply.Error("Name an insider (2 to 80 characters): /insider NAME, e.g. /insider musk.");

        var found = store.FindInsiders(name);
        if (found.Count == 0)
        {
            var close = store.SuggestInsiders(name);
            var hint = close.Count > 0 ? "Close matches: " + string.Join(", ", close.Select(c => c.Name)) + "." : "Try part of a surname, e.g. /insider musk.";
            return ChatReply.Error($"No insider named '{EchoedInput.Clip(name, 30)}' in the store. {hint}");
        }

        var insider = found[0];
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var trades = store.TradesForInsider(insider.FilerCik, Earliest, today);
        var options = store.SignalSettings;
        var statuses = trades.GroupBy(t => (t.IssuerCik, t.Ticker))
            .Select(g => new ReplyField(g.Key.Ticker.Length > 0 ? g.Key.Ticker : g.First().IssuerName,
                $"{SignalFormatter.Status(InsiderStatusReader.StatusOf(g, today, options.RoutineLookbackYears))}; {g.Count()} transactions, {Dates.Iso(g.Min(t => t.Date))} to {Dates.Iso(g.Max(t => t.Date))}"))
            .ToList();
        var groups = TradeGroup.Of(trades);
        var page = ListPage.For(input, MaxItems, groups.Count);
        if (page.Refusal(Name, input, "trades") is { } past) return ChatReply.Error(past);
        var items = page.Of(groups).Select(g => TradeFormatter.Item(g, now, store.SignalSettings.CSuiteRoles, showCompany: true)).ToList();
        var others = found.Count > 1 ? new TextSection("Also matching: " + string.Join(", ", found.Skip(1).Take(5).Select(f => f.Name)) + ".") : null;
        var joint = insider.FilerCik != insider.Cik ? " (files jointly; shown with the filer's trades)" : "";
        var sections = new List<ReplySection>
        {
            new FieldsSection(statuses.Count > 0 ? statuses : [new ReplyField("Trades", "none stored")]),
            new TextSection("*Routine* insiders traded in the same calendar month in each of the last three years; their trades carry little information. " +
                "*Opportunistic* ones have three or more years of history and no such habit: their trades are the informative ones (Cohen, Malloy & Pomorski 2012)."),
            new ItemsSection($"{trades.Count} transaction{(trades.Count == 1 ? "" : "s")}, newest first", items, page.After) { Paging = page.Paging(Name, input, "trades") },
        };
        if (others is not null) sections.Add(others);
        var reply = new ChatReply
        {
            Title = $"{insider.Name}{joint}",
            Sections = sections,
            Footer = "From SEC Form 4 filings. Status is as of this year, from open-market trades (P and S) in the store.",
        };
        if (export is { } format) reply = reply with { Export = Exported(insider, today, trades, format) };
        // The status reads the lookback years: history that starts later leaves it unknown, and says why.
        return CoverageText.WithNote(reply, store.Coverage(), null, null, today.AddYears(-options.RoutineLookbackYears), today);
    }

    /// <summary>Every stored transaction of the insider, with the signals of each company over the days they traded there.</summary>
    private ReplyFile Exported(InsiderRecord insider, DateOnly today, IReadOnlyList<InsiderTrade> trades, ExportFormat format)
    {
        var signals = trades.GroupBy(t => t.IssuerCik)
            .SelectMany(g => store.SignalsForIssuer(g.Key, g.Min(t => t.Date), g.Max(t => t.Date)))
            .DistinctBy(s => s.Id).ToList();
        var subject = new ExportSubject("insider", insider.FilerCik, insider.Name, null);
        var document = TransactionExport.Build(subject, null, today, trades, store.SplitsFor, signals, store.SignalSettings.CSuiteRoles);
        return TransactionExport.File(document, format);
    }
}
