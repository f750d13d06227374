using InsiderBot.Filings;
using InsiderBot.Import;
using InsiderBot.Store;
using InsiderBot.Store.Coverage;
using Microsoft.Extensions.Logging;

namespace InsiderBot.Edgar.DataSets;

/// <summary>
/// Imports a quarterly Insider Transactions Data Set (folder or zip) through <see cref="InsiderStore.IngestBatch"/>,
/// so its filings are classified exactly as XML filings are and an accession already stored is not stored again.
/// Batches of <see cref="DefaultBatchSize"/> filings, one transaction each; signals are evaluated once per
/// touched company when the data set is in (<see cref="InsiderStore.EvaluatePendingSignals"/>). A data set named after its
/// quarter (<c>2024q3_form345.zip</c>, as the SEC publishes it) records that quarter as covered once it is in.
/// </summary>
public sealed class DataSetImporter(InsiderStore store, TimeProvider time, ILogger<DataSetImporter> logger)
{
    /// <summary>
    /// Filings per transaction for a data set: four times <see cref="InsiderStore.BulkBatchSize"/>. The reader gives a
    /// quarter company by company, so a batch is a few companies' quarter and a larger one writes their months and the
    /// ledgers fewer times: the two-year history imports at 9,492 rows/s at 2,000 against 8,442 at 500, peaking at
    /// 213 MB against 182 (docs/BENCHMARKS.md). A crash loses no more than the batch, which a rerun reads again from the
    /// data set on disk (a downloaded quarter's zip is kept); imports of filings keep 500, as what the daily-index
    /// backfill loses must be fetched again.
    /// </summary>
    public const int DefaultBatchSize = 4 * InsiderStore.BulkBatchSize;

    /// <summary>Filings per transaction (a crash loses at most this many, which a rerun imports again).</summary>
    public int BatchSize { get; init; } = DefaultBatchSize;

    /// <summary>True when the path is a folder or zip holding data-set tables rather than filings.</summary>
    public static bool IsDataSet(string path) => DataSetSource.Looks(path);

    /// <summary>Several data sets one after another, their signals evaluated once every few (<see cref="DataSetRun"/>).</summary>
    public DataSetRun StartRun() => new(this, store);

    public DataSetImportSummary Import(string path, IProgress<DataSetProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Import(path, progress, evaluateSignals: true, cancellationToken);

    /// <summary>With <paramref name="evaluateSignals"/> false the touched companies stay marked pending for the run to evaluate.</summary>
    internal DataSetImportSummary Import(string path, IProgress<DataSetProgress>? progress, bool evaluateSignals, CancellationToken cancellationToken)
    {
        using var source = DataSetSource.TryOpen(path);
        if (source is null) return Refuse(path, "no data-set table (SUBMISSION.tsv, REPORTINGOWNER.tsv, NONDERIV_TRANS.tsv …) was found there");
        if (source.MissingRequired.Count > 0)
        {
            var missing = string.Join(", ", source.MissingRequired.Select(t => t + ".tsv"));
            return Refuse(path, $"the data set lacks {missing}, which a Form 4 cannot be rebuilt without");
        }

        var notes = source.MissingOptional.Select(t => $"{t}.tsv is absent: {Lacks(t)}").ToList();
        foreach (var note in notes) logger.LogWarning("Data set {Path}: {Note}", path, note);

        var started = time.GetTimestamp();
        var reader = new DataSetReader(source);
        var quarantined = new List<QuarantineEntry>();
        var batch = new ImportBatch(store, BatchSize);

        void Flush()
        {
            if (batch.Flush())
                progress?.Report(new DataSetProgress(reader.RowsRead, batch.Imported + batch.Duplicates + quarantined.Count, reader.Form4Count, time.GetElapsedTime(started)));
        }

        string? stopped = null;
        try
        {
            Read();
        }
        catch (InvalidDataException ex)
        {
            // A table that is not a data set's (a bomb, a mangled file) is set aside with the reason, never read whole.
            stopped = $"the data set cannot be read{(batch.Imported + batch.Duplicates + quarantined.Count > 0 ? " further" : "")}: {ex.Message}";
            store.Quarantine(path, stopped);
            quarantined.Add(new QuarantineEntry(path, stopped, time.GetUtcNow()));
            logger.LogWarning("Quarantined {Source}: {Reason}", path, stopped);
        }

        Flush();
        if (evaluateSignals) store.EvaluatePendingSignals(static (_, _) => { }); // a quarter's changes are not kept: ~70 MB of evidence trades
        logger.LogInformation("Imported data set {Path}: {Filings} filings ({Transactions} transactions), {Duplicates} duplicates, {Quarantined} quarantined",
            path, batch.Imported, batch.Transactions, batch.Duplicates, quarantined.Count);
        if (DataSetQuarters.OfPath(path) is { } quarter)
            store.MarkMarketCovered(DataSetQuarters.FirstDay(quarter), DataSetQuarters.LastDay(quarter), CoverageSources.DataSets);
        var summary = new ImportSummary(batch.Imported, batch.Transactions, batch.Duplicates, 0, quarantined, []);
        var refused = stopped is not null && batch.Imported + batch.Duplicates == 0 ? stopped : null;
        return new DataSetImportSummary(path, summary, reader.RowsRead, refused, notes);

        void Read()
        {
            foreach (var entry in reader.Filings(cancellationToken))
            {
                if (entry.Filing is null)
                {
                    var reason = $"the data set's rows for this Form 4 cannot be rebuilt into a filing: {entry.Problem}";
                    store.Quarantine(entry.Source, reason);
                    quarantined.Add(new QuarantineEntry(entry.Source, reason, time.GetUtcNow()));
                    logger.LogWarning("Quarantined {Source}: {Reason}", entry.Source, reason);
                    continue;
                }

                batch.Add(entry.Filing);
                if (batch.IsFull) Flush();
            }
        }
    }

    private DataSetImportSummary Refuse(string path, string reason)
    {
        logger.LogWarning("Data set {Path} refused: {Reason}", path, reason);
        return new DataSetImportSummary(path, new ImportSummary(0, 0, 0, 0, [], []), 0, reason, []);
    }

    private static string Lacks(string table) => table switch
    {
        DataSetTable.DerivativeTransactions => "derivative transactions (options, RSUs, warrants) are not imported",
        DataSetTable.Footnotes => "footnote texts are not imported, so plan and tax-sale evidence in footnotes is not seen",
        DataSetTable.NonDerivativeHoldings => "non-derivative holdings are not imported",
        _ => "derivative holdings are not imported",
    };
}
