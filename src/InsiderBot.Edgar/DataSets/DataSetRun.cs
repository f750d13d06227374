using InsiderBot.Store;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Data sets imported one after another (a backfill over quarters, a whole history): the companies each one touches stay
/// marked pending, and their signals are evaluated once every <see cref="DataSetsPerEvaluation"/> data sets and when
/// the run ends, where a lone data set evaluates its own. A company is evaluated from the earliest day it changed
/// either way, so the signals are the same; what is saved is reading each company's context (its insiders' ledger
/// entries, three years of prices) every quarter. Four rather than all: a company's window stays about a year, and
/// answers catch up during a long backfill. A run stopped early leaves its marks, which the next evaluation clears
/// (the bot's next command, or the next import).
/// </summary>
public sealed class DataSetRun
{
    /// <summary>A year of quarters. Four quarters evaluated once took 12.0 s where four evaluations took 22.1 s (docs/BENCHMARKS.md).</summary>
    public const int DataSetsPerEvaluation = 4;

    private readonly DataSetImporter importer;
    private readonly InsiderStore store;
    private int deferred;

    internal DataSetRun(DataSetImporter importer, InsiderStore store)
    {
        this.importer = importer;
        this.store = store;
    }

    /// <summary>Imports the next data set; every fourth one ends with the signals of the companies the run touched.</summary>
    public DataSetImportSummary Import(string path, IProgress<DataSetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var summary = importer.Import(path, progress, evaluateSignals: false, cancellationToken);
        if (++deferred == DataSetsPerEvaluation) Evaluate();
        return summary;
    }

    /// <summary>The run is over: evaluates what it left pending.</summary>
    public void End()
    {
        if (deferred > 0) Evaluate();
    }

    private void Evaluate()
    {
        store.EvaluatePendingSignals(static (_, _) => { }); // a run's changes are not kept, as a data set's are not
        deferred = 0;
    }
}
