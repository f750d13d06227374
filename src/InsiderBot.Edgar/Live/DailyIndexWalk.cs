using InsiderBot.Edgar.Http;

namespace InsiderBot.Edgar.Live;

/// <summary>
/// Reads EDGAR's daily form indexes (<c>form.YYYYMMDD.idx</c>) day by day through the one rate limiter: the live
/// poller's catch-up after downtime and <c>backfill</c>'s way to the days no data set covers yet.
/// </summary>
public sealed class DailyIndexWalk(EdgarClient client)
{
    /// <summary>
    /// Each day from <paramref name="first"/> to <paramref name="last"/> in order, as it is read. A day without an index
    /// (404) comes back empty and unpublished; the walk stops at the first day EDGAR fails to answer, with the reason.
    /// </summary>
    public async IAsyncEnumerable<(DailyIndexDay? Day, string? Problem)> WalkAsync(
        DateOnly first, DateOnly last, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var response = await client.GetAsync(client.Www(DailyFormIndex.PathOf(day)), EdgarBody.Index, cancellationToken).ConfigureAwait(false);
            if (response.Outcome == EdgarOutcome.NotFound)
            {
                yield return (new DailyIndexDay(day, [], Published: false), null);
                continue;
            }

            if (!response.IsOk)
            {
                yield return (null, $"the daily index of {day:yyyy-MM-dd}: {response.Problem}");
                yield break;
            }

            yield return (new DailyIndexDay(day, DailyFormIndex.Read(response.Body), Published: true), null);
        }
    }
}
