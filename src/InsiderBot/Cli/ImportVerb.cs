using System.Globalization;
using InsiderBot.Chat.Formatting;
using InsiderBot.Edgar.DataSets;
using InsiderBot.Import;
using InsiderBot.Import.Superinvestors;
using InsiderBot.Insights.Superinvestors;
using InsiderBot.Store;
using InsiderBot.Store.Superinvestors;

namespace InsiderBot.Cli;

/// <summary><c>import PATH...</c>: imports filings and prints what happened, including every quarantined file and why.</summary>
public sealed class ImportVerb(FilingImporter importer, InsiderStore store, BotConsole console, DataSetImporter? dataSets = null)
{
    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (operands.Count == 0)
        {
            await console.Out.WriteLineAsync("import needs at least one path: a Form 4 XML file, a folder, an EDGAR .txt submission (Form 4 or 13F-HR), a zip, or a quarterly data set (folder or zip with SUBMISSION.tsv).");
            return 1;
        }

        var failed = false;
        if (dataSets is not null)
        {
            foreach (var path in operands.Where(DataSetImporter.IsDataSet))
                failed |= !await DataSetReport.RunAsync(dataSets, path, console, cancellationToken);
            operands = operands.Where(p => !DataSetImporter.IsDataSet(p)).ToList();
            if (operands.Count == 0) return failed ? 1 : 0;
        }

        var summary = importer.Import(operands, cancellationToken);
        var o = console.Out;
        await o.WriteLineAsync($"Imported {N(summary.FilingsImported)} filing(s) with {N(summary.Transactions)} transaction(s) into {store.FilePath}");
        await o.WriteLineAsync($"Duplicates skipped: {N(summary.Duplicates)}");
        if (summary.ThirteenFReports.Count > 0) await o.WriteLineAsync($"13F-HR reports: {N(summary.ThirteenFReports.Count)}");
        foreach (var line in summary.ThirteenFReports.Select(Describe)) await o.WriteLineAsync($"  {line}");
        if (summary.Skipped > 0) await o.WriteLineAsync($"Not Form 4 (skipped): {N(summary.Skipped)}");
        await o.WriteLineAsync($"Quarantined: {N(summary.QuarantinedCount)}");
        foreach (var entry in summary.Quarantined) await o.WriteLineAsync($"  {entry.Source}: {entry.Reason}");
        if (summary.QuarantinedCount > summary.Quarantined.Count)
            await o.WriteLineAsync($"  … and {N(summary.QuarantinedCount - summary.Quarantined.Count)} more (see the quarantine command)");
        foreach (var path in summary.MissingPaths) await o.WriteLineAsync($"Not found: {path}");
        return summary.MissingPaths.Count > 0 || failed ? 1 : 0;
    }

    /// <summary>"Berkshire Hathaway (CIK 1067983), Q3 2024: 41 holdings, $266B, stored".</summary>
    public static string Describe(ThirteenFImported r) =>
        $"{r.Manager.Name} (CIK {r.Manager.Cik}), {ThirteenFImporter.Quarter(r.Period)}: {N(r.Holdings)} holdings, {Amounts.Money(r.TotalValue)}, " + r.Result switch
        {
            HoldingsSaveResult.Replaced => "replaced the stored report for the quarter (an amendment)",
            HoldingsSaveResult.OlderThanStored => "not stored: a later report for the quarter is stored",
            _ => "stored",
        };

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
