using InsiderBot.Chat.Replies;
using InsiderBot.Store.Coverage;

namespace InsiderBot.Chat.Formatting;

/// <summary>What the store's history covers, in one line for <c>/status</c> and one line under an answer whose window it does not cover.</summary>
public static class CoverageText
{
    private const int MaxCompanies = 5;

    /// <summary>"market complete 2024-10-01 → now; AAPL from 2019-01-02".</summary>
    public static string Summary(StoreCoverage coverage, DateOnly today, Func<long, string> tickerOf)
    {
        if (!coverage.IsRecorded)
        {
            return coverage.HoldsSample
                ? "the bundled sample only (demo filings of a few companies, not the market)"
                : "unknown: this store records no coverage (written before coverage was recorded, or filled by import only); backfill records it";
        }

        var parts = new List<string>();
        if (coverage.Market.Count > 0)
            parts.Add("market complete " + string.Join(", ", coverage.Market.Select(s => Span(s, today))) + $" ({string.Join(", ", coverage.Market.SelectMany(s => s.Sources).Distinct())})");
        else parts.Add("market not covered");
        var companies = coverage.Companies
            .Select(c => (Ticker: tickerOf(c.Key), Spans: coverage.For(c.Key)))
            .Where(c => coverage.Market.Count == 0 || c.Spans[0].From < coverage.Market[0].From)
            .OrderBy(c => c.Ticker, StringComparer.Ordinal)
            .ToList();
        parts.AddRange(companies.Take(MaxCompanies).Select(c => $"{c.Ticker} from {Dates.Iso(c.Spans[0].From)}"));
        if (companies.Count > MaxCompanies) parts.Add($"{companies.Count - MaxCompanies} more companies with their own history");
        if (coverage.HoldsSample) parts.Add("also the bundled sample");
        return string.Join("; ", parts);
    }

    /// <summary>The one line an answer over [from, to] carries when the store's history does not cover it all; null when it does.</summary>
    /// <param name="issuerCik">The company the answer is about, or null for a market-wide answer.</param>
    public static string? Note(StoreCoverage coverage, long? issuerCik, string? ticker, DateOnly from, DateOnly to)
    {
        var shortfall = coverage.Check(issuerCik, from, to);
        if (shortfall is null) return null;
        var whose = ticker is null ? "the market" : ticker;
        var backfill = $"run backfill --from {Dates.Iso(from)} --to now";
        return shortfall.Kind switch
        {
            CoverageShortfallKind.Unknown => $"Coverage unknown: this store records no coverage of its history, so trades may be missing — {backfill} to fill and record it.",
            CoverageShortfallKind.SampleOnly => $"This store holds only the bundled sample filings, not the market: other trades are not in it — {backfill} for real history.",
            CoverageShortfallKind.StartsLater => $"This store's history for {whose} starts {Dates.Iso(shortfall.CoveredFrom!.Value)}; older trades are not in it — {backfill}.",
            _ => $"This store's history does not cover {Dates.Iso(from)} → {Dates.Iso(to)} for {whose} (it covers {string.Join(", ", shortfall.Spans.Select(s => Span(s, to)))}); trades may be missing — {backfill}.",
        };
    }

    /// <summary>The reply with the coverage line as its last section, when there is one.</summary>
    /// <param name="fill">What an on-demand fetch of the company's own history did before this answer, if one ran.</param>
    public static ChatReply WithNote(ChatReply reply, StoreCoverage coverage, long? issuerCik, string? ticker, DateOnly from, DateOnly to, CompanyHistoryFill? fill = null) =>
        (fill is null ? Note(coverage, issuerCik, ticker, from, to) : FetchNote(coverage, issuerCik, ticker, from, to, fill)) is { } note
            ? reply with { Sections = [.. reply.Sections, new TextSection(note)] }
            : reply;

    /// <summary>The coverage line after an on-demand fetch: what is complete now, and what is still being fetched or failed.</summary>
    public static string? FetchNote(StoreCoverage coverage, long? issuerCik, string? ticker, DateOnly from, DateOnly to, CompanyHistoryFill fill)
    {
        var shortfall = coverage.Check(issuerCik, from, to);
        if (shortfall is null) return null;
        var whose = ticker ?? "this company";
        var starts = shortfall.Kind == CoverageShortfallKind.StartsLater ? $"This store's history for {whose} starts {Dates.Iso(shortfall.CoveredFrom!.Value)}" : $"This store does not hold {whose}'s history yet";
        if (fill.Problem is { } problem) return $"{starts}: EDGAR did not answer while its filings were fetched ({problem}), so older trades may be missing — ask again later.";
        if (fill.IsAlreadyRunning) return $"{starts}; its older filings are being fetched from EDGAR — ask again in a minute.";
        if (fill.Remaining > 0) return $"{starts}; {fill.Remaining:#,0} older filing(s) are being fetched from EDGAR — ask again in a minute.";
        return Note(coverage, issuerCik, ticker, from, to);
    }

    private static string Span(CoveredSpan span, DateOnly today) =>
        $"{Dates.Iso(span.From)} → {(StoreCoverage.ReachesNow(span, today) ? "now" : Dates.Iso(span.To))}";
}
