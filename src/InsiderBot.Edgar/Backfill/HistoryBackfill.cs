using InsiderBot.Edgar.DataSets;
using InsiderBot.Edgar.Live;
using InsiderBot.Store;

namespace InsiderBot.Edgar.Backfill;

/// <summary>
/// <c>backfill</c> over any range up to today: every complete quarter the SEC has published as a data set comes from
/// the data set (one download), every other day from the daily indexes. Days the store already covers are left out,
/// so nothing is fetched twice and a rerun after a failure fills only what is missing.
/// </summary>
public sealed class HistoryBackfill(DataSetBackfill dataSets, DailyIndexBackfill dailyIndexes, InsiderStore store, TimeProvider time)
{
    public async Task<BackfillReport> RunAsync(
        DateOnly from, DateOnly to, Func<string, IProgress<DataSetProgress>?> dataSetProgress, IProgress<BackfillProgress>? progress, CancellationToken cancellationToken)
    {
        var today = EasternTime.Today(time);
        if (to > today) to = today;
        var covered = store.Coverage().Market;
        bool IsCovered(DateOnly day) => covered.Any(s => s.Contains(day));

        var imported = new List<DataSetImportSummary>();
        var daily = new List<DateOnly>();
        var run = dataSets.StartRun();
        foreach (var quarter in DataSetBackfill.Between(DataSetQuarters.Of(from), DataSetQuarters.Of(to)))
        {
            var first = Max(DataSetQuarters.FirstDay(quarter), from);
            var last = Min(DataSetQuarters.LastDay(quarter), to);
            var missing = Days(first, last).Where(d => !IsCovered(d)).ToList();
            if (missing.Count == 0) continue;
            if (DataSetQuarters.LastDay(quarter) < today)
            {
                var (summary, unpublished) = await dataSets.ImportQuarterAsync(quarter, dataSetProgress, cancellationToken, run).ConfigureAwait(false);
                if (!unpublished)
                {
                    imported.Add(summary);
                    if (summary.WasRefused)
                    {
                        run.End();
                        return new BackfillReport(imported, 0, 0, 0, 0, 0, $"{DataSetBackfill.FileName(quarter)}: {summary.Refused}");
                    }

                    continue;
                }
            }

            daily.AddRange(missing);
        }

        run.End(); // the data sets' signals are in before the daily indexes begin

        var report = daily.Count == 0
            ? new BackfillReport([], 0, 0, 0, 0, 0, null)
            : await dailyIndexes.RunAsync(daily, progress, cancellationToken).ConfigureAwait(false);
        return report with { DataSets = imported };
    }

    private static IEnumerable<DateOnly> Days(DateOnly first, DateOnly last)
    {
        for (var day = first; day <= last; day = day.AddDays(1)) yield return day;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
