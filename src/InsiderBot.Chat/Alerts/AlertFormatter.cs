using InsiderBot.Chat.Formatting;
using InsiderBot.Chat.Replies;
using InsiderBot.Insights;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Chat.Alerts;

/// <summary>
/// An alert: headline (kind, company, ticker), the one-sentence reason, the evidence rows, what was checked and would
/// have explained it away, and links to the SEC filings; with the 13F confluence line when a tracked superinvestor holds the company.
/// </summary>
public static class AlertFormatter
{
    /// <param name="cSuite">The roles that count as C-suite (<c>Signals:CSuiteRoles</c>): the evidence rows read as the signal did.</param>
    public static ChatReply For(Signal signal, DateTimeOffset now, InsiderRole cSuite, int version = 1, Confluence? confluence = null)
    {
        var company = signal.Ticker.Length > 0 ? $"{signal.Ticker} ({signal.IssuerName})" : signal.IssuerName;
        var sections = new List<ReplySection>
        {
            new TextSection(signal.Reason),
        };
        if (confluence is not null) sections.Add(new TextSection(ConfluenceFormatter.Line(confluence)));
        sections.AddRange(
        [
            new ItemsSection("Evidence", TradeGroup.Of(signal.Evidence.OrderByDescending(t => t.Date)).Select(g => TradeFormatter.Item(g, now, cSuite)).ToList()),
            new TextSection("*Checked:* " + signal.Checked),
        ]);
        if (signal.Context.Count > 0)
            sections.Add(new ItemsSection("Also in the window (context)", TradeGroup.Of(signal.Context.OrderByDescending(t => t.Date)).Select(g => TradeFormatter.Item(g, now, cSuite)).ToList()));
        sections.Add(new FieldsSection(
        [
            new ReplyField("Insiders", $"{signal.Insiders.Count}: {string.Join(", ", signal.InsiderNames.Take(6))}"),
            new ReplyField("Insider status", StatusWords(signal.Status)),
            new ReplyField("SEC filings", string.Join(" ", FilingLinks(signal))),
        ]));

        return new ChatReply
        {
            Title = Title(signal, company, version),
            Tone = ToneOf(signal),
            Sections = sections,
            Footer = "InsiderBot alert from SEC Form 4 filings. /subscriptions shows what this channel gets.",
        };
    }

    /// <summary>One alert that stands for several: used when a channel would otherwise be flooded.</summary>
    public static ChatReply Digest(IReadOnlyList<ChatReply> alerts) => new()
    {
        Title = $"{alerts.Count} insider signals",
        Tone = alerts.All(a => a.Tone == ReplyTone.Buying) ? ReplyTone.Buying : ReplyTone.Mixed,
        Sections =
        [
            new ItemsSection("Signals", alerts.Select(a => new ReplyItem(a.Title, "", a.Sections.OfType<TextSection>().FirstOrDefault()?.Text ?? "", a.Tone)).ToList()),
        ],
        Footer = "Many signals fired at once, so they come as one digest. /insiders TICKER shows each company's detail.",
    };

    public static string Headline(SignalKind kind, bool mixed) => kind switch
    {
        SignalKind.ClusterBuying => mixed ? "Cluster buying (mixed: insiders also sold)" : "Cluster buying",
        SignalKind.UnexplainedCSuiteSelling => "Unexplained C-suite selling",
        SignalKind.NearCompleteLiquidation => "Near-complete liquidation",
        SignalKind.ClusterSelling => "Cluster selling",
        SignalKind.SellingIntoStrength => "Selling into strength after a quiet period",
    };

    private static string Title(Signal signal, string company, int version) =>
        $"{Headline(signal.Kind, signal.IsMixed)} — {company}" + (version > 1 ? " (updated)" : "");

    private static ReplyTone ToneOf(Signal signal) =>
        signal.Kind == SignalKind.ClusterBuying ? signal.IsMixed ? ReplyTone.Mixed : ReplyTone.Buying : ReplyTone.Selling;

    private static string StatusWords(InsiderStatus status) => status switch
    {
        InsiderStatus.Opportunistic => "opportunistic — no calendar habit, the trades that carry information (Cohen, Malloy & Pomorski)",
        InsiderStatus.Routine => "routine — trades in the same month every year, carries little information",
        _ => "unknown — less than three years of history",
    };

    public static IEnumerable<string> FilingLinks(Signal signal) =>
        signal.Evidence.Select(t => (t.IssuerCik, t.Accession)).Distinct()
            .Where(f => Filings.AccessionNumber.IsValid(f.Accession))
            .Take(5)
            .Select(f => $"https://www.sec.gov/Archives/edgar/data/{f.IssuerCik}/{f.Accession.Replace("-", "", StringComparison.Ordinal)}/");
}
