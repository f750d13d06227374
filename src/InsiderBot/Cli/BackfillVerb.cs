using InsiderBot.Chat.Formatting;
using InsiderBot.Edgar;
using InsiderBot.Edgar.Backfill;
using InsiderBot.Edgar.Live;
using InsiderBot.Store;
using Microsoft.Extensions.Options;

namespace InsiderBot.Cli;

/// <summary>
/// <c>backfill --from 2023q1 --to now</c> or <c>--days 120</c>: published quarters from the SEC's data sets, the rest
/// from the daily indexes, through the EDGAR rate limiter; ends with what the store now covers.
/// </summary>
public sealed class BackfillVerb(HistoryBackfill backfill, InsiderStore store, IOptions<EdgarOptions> options, TimeProvider time, BotConsole console)
{
    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        var today = EasternTime.Today(time);
        if (BackfillRange.Parse(operands, today) is not { } range)
        {
            await console.Out.WriteLineAsync(BackfillRange.Usage);
            return 1;
        }

        if (options.Value.UserAgentProblem() is { } problem)
        {
            await console.Error.WriteLineAsync($"Backfill needs EDGAR access: {problem}");
            return 2;
        }

        var progress = TerminalProgress.For(console);
        var report = await backfill.RunAsync(range.From, range.To, _ => progress, progress, cancellationToken);
        progress?.Done();
        foreach (var result in report.DataSets)
        {
            if (result.Refused is { } reason) await console.Out.WriteLineAsync($"{result.Path}: {reason}");
            else await console.Out.WriteLineAsync($"{Path.GetFileName(result.Path)}: imported {result.Import.FilingsImported:#,0} filing(s), {result.Import.Transactions:#,0} transaction(s), {result.Import.Duplicates:#,0} duplicate(s), {result.Import.QuarantinedCount:#,0} quarantined");
        }

        if (report.IndexDays > 0)
            await console.Out.WriteLineAsync($"daily indexes: {report.IndexDays:#,0} day(s), imported {report.Filings:#,0} filing(s), {report.Duplicates:#,0} duplicate(s), {report.Quarantined:#,0} quarantined");
        if (report.Problem is { } stopped) await console.Out.WriteLineAsync($"Stopped early: {stopped}. Run the same backfill again to resume.");
        await console.Out.WriteLineAsync("Now covered: " + CoverageText.Summary(store.Coverage(), today, cik => store.FindIssuer(cik)?.Ticker ?? $"CIK {cik}"));
        return report.Problem is null ? 0 : 1;
    }
}
