using InsiderBot.Filings;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Signals;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InsiderBot.Import;

/// <summary>
/// Imports filings from files, directories and zips. A malformed file is quarantined with its reason and the rest
/// import; filings are committed in batches, so a crash loses at most the batch in flight, which a rerun picks up.
/// 13F-HR files go to the 13F importer when there is one (the bot always has one).
/// Signals are evaluated once per touched company at the end (deferred in the batches' transactions, so a crash
/// before that leaves them to the next import, live batch or command).
/// Memory stays bounded whatever the input: no file or zip entry is read past <see cref="ImportOptions.MaxFileBytes"/>
/// and no zip past <see cref="ImportOptions.MaxZipBytes"/>; what is not read is quarantined with the cap to raise.
/// </summary>
public sealed class FilingImporter(
    InsiderStore store, FilingDocumentReader reader, TimeProvider time, ILogger<FilingImporter> logger, ThirteenFImporter? thirteenF = null,
    IOptions<ImportOptions>? options = null)
{
    /// <summary>
    /// After an input this large its bytes, text and parse are collected at once rather than when the GC's large-object
    /// budget runs out, which lets several such inputs' garbage pile up (three 8 MB files: 290 MB instead of 170 MB).
    /// </summary>
    private const int LargeInputBytes = 1 << 20;
    private readonly ImportOptions limits = options?.Value ?? new ImportOptions();

    public ImportSummary Import(IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        var quarantined = new List<QuarantineEntry>();
        var missing = new List<string>();
        var signalChanges = new Dictionary<SignalChangeKind, int>();
        void Count(IReadOnlyList<SignalChange> changes)
        {
            foreach (var change in changes) signalChanges[change.Kind] = signalChanges.GetValueOrDefault(change.Kind) + 1;
        }

        var batch = new ImportBatch(store, signalChanges: Count);
        var reports = new List<ThirteenFImported>();
        int duplicates = 0, skipped = 0, quarantinedCount = 0;

        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
            {
                missing.Add(path);
                continue;
            }

            foreach (var input in FilingInputs.Under(path, limits))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (outcome, report) = Read(input, out var inputBytes);
                if (inputBytes >= LargeInputBytes) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
                if (outcome is null)
                {
                    if (report!.Result is HoldingsSaveResult.AlreadyStored) duplicates++;
                    else reports.Add(report);
                    continue;
                }

                switch (outcome.Status)
                {
                    case ParseStatus.Parsed:
                        if (batch.Holds(outcome.Filing!.Accession)) duplicates++;
                        else batch.Add(outcome.Filing!);
                        if (batch.IsFull) batch.Flush();
                        break;
                    case ParseStatus.Skipped:
                        skipped++;
                        break;
                    default:
                        store.Quarantine(outcome.Source, outcome.Reason!);
                        // The summary lists the first entries only, so a folder of a million bad files stays within memory.
                        if (quarantinedCount++ < ImportSummary.MaxListed) quarantined.Add(new QuarantineEntry(outcome.Source, outcome.Reason!, time.GetUtcNow()));
                        logger.LogWarning("Quarantined {Source}: {Reason}", outcome.Source, outcome.Reason);
                        break;
                }
            }
        }

        batch.Flush();
        store.EvaluatePendingSignals((_, changes) => Count(changes));
        duplicates += batch.Duplicates;
        logger.LogInformation("Imported {Filings} filings ({Transactions} transactions), {Reports} 13F reports, {Duplicates} duplicates, {Quarantined} quarantined",
            batch.Imported, batch.Transactions, reports.Count, duplicates, quarantinedCount);
        return new ImportSummary(batch.Imported, batch.Transactions, duplicates, skipped, quarantined, missing) { QuarantinedCount = quarantinedCount, SignalChanges = signalChanges, ThirteenFReports = reports };
    }

    /// <summary>A Form 4 outcome, or (outcome null) the 13F report stored; a refused 13F comes back as a quarantined outcome.</summary>
    private (ParseOutcome? Outcome, ThirteenFImported? Report) Read(FilingInput input, out int bytes)
    {
        bytes = 0;
        if (input.Refusal is { } refusal) return (ParseOutcome.Quarantined(input.Source, refusal), null);
        try
        {
            var content = input.ReadAllBytes();
            bytes = content.Length;
            if (thirteenF is null || !ThirteenFFiles.Looks(content)) return (reader.Read(content, input.Source), null);
            var result = thirteenF.Import(content, input.Source);
            return result.Imported is { } report ? (null, report) : (ParseOutcome.Quarantined(input.Source, result.Refusal!), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (ParseOutcome.Quarantined(input.Source, $"the file cannot be read: {ex.Message}"), null);
        }
    }
}
