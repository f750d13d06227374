using System.Diagnostics;
using InsiderBot.Benchmarks.Generation;
using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Benchmarks.Stores;

/// <summary>
/// The rate of a long import over time. The importer reports after each committed batch how many of a data set's filings
/// are in; that share of the quarter's transactions (rows per filing do not drift within a quarter) gives a point of rows
/// against time, and the end of each data set (its signals evaluated) gives another. The rate of each tenth of the rows is
/// read off those points; progress goes to stderr every 15 s. The time from a data set's last committed batch to its end
/// is its quarter-end work (the signal evaluation and the coverage mark), summed in <see cref="EvaluationSeconds"/>.
/// </summary>
public sealed class ImportTimeline(string label) : IProgress<DataSetProgress>
{
    private readonly Stopwatch watch = new();
    private readonly List<(double Rows, double Seconds)> points = [(0, 0)];
    private readonly Progress progress = new(label);
    private DataSetQuarter? current;
    private double before;
    private double lastBatch;

    public double Seconds => watch.Elapsed.TotalSeconds;

    public double Rows => points[^1].Rows;

    /// <summary>The data sets' quarter-end work: from each one's last committed batch to its end.</summary>
    public double EvaluationSeconds { get; private set; }

    /// <summary>A data set begins; the clock starts with the first.</summary>
    public void Begin(DataSetQuarter quarter)
    {
        watch.Start();
        current = quarter;
        lastBatch = Seconds;
    }

    public void Report(DataSetProgress value)
    {
        var quarter = current ?? throw new InvalidOperationException("no data set begun");
        Add(before + (quarter.Transactions * (double)value.Filings / Math.Max(1, quarter.Filings)), $"{quarter.Name}: {value.Filings:N0} of {quarter.Filings:N0} filings");
        lastBatch = Seconds;
    }

    /// <summary>The data set is in, its signals evaluated: its transactions count as imported from now.</summary>
    public void End()
    {
        var quarter = current ?? throw new InvalidOperationException("no data set begun");
        before += quarter.Transactions;
        EvaluationSeconds += Seconds - lastBatch;
        Add(before, $"{quarter.Name} done");
        current = null;
    }

    /// <summary>Each tenth of the rows: how many and how long they took (a data set's signal evaluation counts in the tenth it ends).</summary>
    public IReadOnlyList<ImportTenth> Tenths()
    {
        var total = Rows;
        return Enumerable.Range(0, 10)
            .Select(k => new ImportTenth(total / 10, (k == 9 ? points[^1].Seconds : TimeAt(total * (k + 1) / 10)) - (k == 0 ? 0 : TimeAt(total * k / 10))))
            .ToList();
    }

    public void Done() => progress.Done((long)Rows, "rows");

    private void Add(double rows, string detail)
    {
        points.Add((rows, Seconds));
        progress.Report((long)rows, "rows", detail);
    }

    // When the import reached this many rows: the last point at or below them, interpolated towards the next one.
    private double TimeAt(double rows)
    {
        var next = points.FindIndex(p => p.Rows > rows);
        if (next < 0) return points[^1].Seconds;
        var (low, high) = (points[next - 1], points[next]);
        return low.Seconds + ((rows - low.Rows) / (high.Rows - low.Rows) * (high.Seconds - low.Seconds));
    }
}
