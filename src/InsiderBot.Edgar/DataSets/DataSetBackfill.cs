using System.Globalization;
using System.Text.RegularExpressions;
using InsiderBot.Edgar.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Edgar.DataSets;

/// <summary><c>backfill --from 2023q1 --to 2024q4</c>: downloads the quarterly zips through the one rate limiter and imports them.</summary>
public sealed partial class DataSetBackfill(EdgarClient client, DataSetImporter importer, IOptions<EdgarOptions> options, ILogger<DataSetBackfill> logger)
{
    [GeneratedRegex(@"^(\d{4})[qQ]([1-4])$")]
    private static partial Regex QuarterText();

    public static bool TryParseQuarter(string text, out (int Year, int Quarter) quarter)
    {
        quarter = default;
        var m = QuarterText().Match(text.Trim());
        if (!m.Success) return false;
        quarter = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
        return quarter.Year >= 2003;
    }

    public static IReadOnlyList<(int Year, int Quarter)> Between((int Year, int Quarter) from, (int Year, int Quarter) to)
    {
        var list = new List<(int, int)>();
        for (var (y, q) = from; y < to.Year || (y == to.Year && q <= to.Quarter); (y, q) = q == 4 ? (y + 1, 1) : (y, q + 1)) list.Add((y, q));
        return list;
    }

    public static string FileName((int Year, int Quarter) q) => $"{q.Year}q{q.Quarter}_form345.zip";

    /// <summary>Whether a kept zip ends with its central directory, read from its tail only (a quarter's zip is tens of MB).</summary>
    private static async Task<bool> IsWholeZipAsync(string path, CancellationToken cancellationToken)
    {
        var file = File.OpenRead(path);
        await using (file.ConfigureAwait(false))
        {
            var tail = new byte[(int)Math.Min(file.Length, 65_557)];
            file.Seek(-tail.Length, SeekOrigin.End);
            await file.ReadExactlyAsync(tail, cancellationToken).ConfigureAwait(false);
            return EdgarBody.Zip(tail) is null;
        }
    }

    /// <summary>A run of quarters whose signals are evaluated once every few (<see cref="DataSetRun"/>).</summary>
    public DataSetRun StartRun() => importer.StartRun();

    /// <summary>Downloads (unless already kept) and imports each quarter; a quarter that cannot be fetched is reported and skipped.</summary>
    public async Task<IReadOnlyList<DataSetImportSummary>> RunAsync(
        (int Year, int Quarter) from, (int Year, int Quarter) to, Func<string, IProgress<DataSetProgress>?> progressFor, CancellationToken cancellationToken)
    {
        var results = new List<DataSetImportSummary>();
        var run = importer.StartRun();
        foreach (var quarter in Between(from, to)) results.Add((await ImportQuarterAsync(quarter, progressFor, cancellationToken, run).ConfigureAwait(false)).Summary);
        run.End();
        return results;
    }

    /// <summary>
    /// Downloads (unless already kept) and imports one quarter, as part of <paramref name="run"/> when given (its signals
    /// then evaluated with the run's). <c>Unpublished</c> is true when EDGAR has no data set for it (404: the quarter is
    /// not published yet), so its days must come from the daily indexes.
    /// </summary>
    public async Task<(DataSetImportSummary Summary, bool Unpublished)> ImportQuarterAsync(
        (int Year, int Quarter) quarter, Func<string, IProgress<DataSetProgress>?> progressFor, CancellationToken cancellationToken, DataSetRun? run = null)
    {
        var folder = options.Value.DataSetFolder;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(quarter));
        if (!File.Exists(path) || !await IsWholeZipAsync(path, cancellationToken).ConfigureAwait(false))
        {
            var url = client.Www("/files/structureddata/data/insider-transactions-data-sets/" + FileName(quarter));
            var response = await client.GetAsync(url, EdgarBody.Zip, cancellationToken).ConfigureAwait(false);
            if (!response.IsOk)
            {
                logger.LogWarning("Backfill {Quarter}: {Problem}", FileName(quarter), response.Problem);
                var failed = new DataSetImportSummary(url.ToString(), new Import.ImportSummary(0, 0, 0, 0, [], []), 0, $"download failed: {response.Problem}", []);
                return (failed, response.Outcome == EdgarOutcome.NotFound);
            }

            var partial = path + ".part";
            await File.WriteAllBytesAsync(partial, response.Body, cancellationToken).ConfigureAwait(false);
            File.Move(partial, path, overwrite: true);
        }

        var progress = progressFor(FileName(quarter));
        return (run is null ? importer.Import(path, progress, cancellationToken) : run.Import(path, progress, cancellationToken), false);
    }
}
