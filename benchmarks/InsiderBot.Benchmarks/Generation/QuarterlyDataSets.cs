using System.Diagnostics;
using System.Globalization;
using InsiderBot.Benchmarks.Stores;
using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Benchmarks.Generation;

/// <summary>
/// Writes a synthetic history as the SEC publishes its insider data sets: one folder of data-set TSVs per calendar quarter
/// of filing dates, named as the SEC names them (<c>2006q1_form345</c>, which the importer reads the quarter from), one
/// filing at a time so the history never sits in memory; then a folder of filings that continue it. A marker written last
/// holds the shape and each quarter's counts: a folder generated for the same shape is reused (twenty years take long to
/// write), anything else (another shape, an interrupted run) is deleted and generated again.
/// </summary>
public static class QuarterlyDataSets
{
    /// <summary>Filings written after the history for the incremental-signal figures (the scenario takes the first of them).</summary>
    public const int ContinuationFilings = 1_000;

    private const string MarkerName = "history.complete";

    public static HistoryDataSets Ensure(string folder, HistoryShape shape)
    {
        var key = Key(shape);
        if (Read(folder, key) is { } reused) return reused;
        if (Directory.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: generated for another shape or interrupted; generating again");
            Directory.Delete(folder, recursive: true);
        }

        return Generate(folder, shape, key);
    }

    private static HistoryDataSets Generate(string folder, HistoryShape shape, string key)
    {
        var watch = Stopwatch.StartNew();
        var history = new SyntheticHistory(shape);
        var quarters = new List<DataSetQuarter>();
        var progress = new Progress("history-import generating");
        DataSetTables? tables = null;
        string? path = null;
        long filings = 0, transactions = 0, written = 0;
        foreach (var filing in history.Filings())
        {
            var name = Path.GetFileNameWithoutExtension(DataSetBackfill.FileName(DataSetQuarters.Of(filing.FiledOn ?? throw new InvalidOperationException("a filing without its filing date"))));
            if (path is null || Path.GetFileName(path) != name)
            {
                Close();
                path = Path.Combine(folder, name);
                tables = new DataSetTables(path);
            }

            tables!.Write(filing);
            filings++;
            transactions += filing.Transactions.Count;
            written += filing.Transactions.Count;
            progress.Report(written, "rows", name);
        }

        Close();
        using (var continuation = new DataSetTables(Path.Combine(folder, "continuation")))
        {
            foreach (var filing in history.Continuation(ContinuationFilings)) continuation.Write(filing);
        }

        progress.Done(written, "rows");
        var result = new HistoryDataSets(folder, quarters, watch.Elapsed.TotalSeconds, Reused: false);
        File.WriteAllLines(Path.Combine(folder, MarkerName), [key, result.GenerationSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            .. quarters.Select(q => string.Create(CultureInfo.InvariantCulture, $"{q.Name} {q.Filings} {q.Transactions}"))]);
        return result;

        void Close()
        {
            if (tables is null) return;
            tables.Dispose();
            quarters.Add(new DataSetQuarter(path!, filings, transactions));
            (filings, transactions) = (0, 0);
        }
    }

    private static HistoryDataSets? Read(string folder, string key)
    {
        var marker = Path.Combine(folder, MarkerName);
        if (!File.Exists(marker)) return null;
        var lines = File.ReadAllLines(marker);
        if (lines.Length < 3 || lines[0] != key) return null;
        var quarters = lines.Skip(2).Select(l => l.Split(' '))
            .Select(p => new DataSetQuarter(Path.Combine(folder, p[0]), long.Parse(p[1], CultureInfo.InvariantCulture), long.Parse(p[2], CultureInfo.InvariantCulture)))
            .ToList();
        if (!quarters.All(q => Directory.Exists(q.Path))) return null;
        return new HistoryDataSets(folder, quarters, double.Parse(lines[1], CultureInfo.InvariantCulture), Reused: true);
    }

    private static string Key(HistoryShape shape) => string.Create(CultureInfo.InvariantCulture,
        $"{shape.Transactions} transactions, {shape.Companies} companies, {shape.Start:yyyy-MM-dd} + {shape.Years} years, seed {shape.Seed}, {ContinuationFilings} continuing, generator {FilingShapes.Revision}");
}
