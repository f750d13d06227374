using System.Globalization;
using InsiderBot.Store;

namespace InsiderBot.Cli;

/// <summary><c>import PATH...</c>: imports filings and prints what happened, including every quarantined file and why.</summary>
public sealed class ImportVerb(FilingImporter importer, InsiderStore store, BotConsole console)
{
    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (operands.Count == 0)
        {
            await console.Out.WriteLineAsync("import needs at least one path: a Form 4 XML file, a folder, an EDGAR .txt submission or a zip.");
            return 1;
        }

        var summary = importer.Import(operands, cancellationToken);
        var o = console.Out;
        await o.WriteLineAsync($"Imported {N(summary.FilingsImported)} filing(s) with {N(summary.Transactions)} transaction(s) into {store.FilePath}");
        await o.WriteLineAsync($"Duplicates skipped: {N(summary.Duplicates)}");
        if (summary.Skipped > 0) await o.WriteLineAsync($"Not Form 4 (skipped): {N(summary.Skipped)}");
        await o.WriteLineAsync($"Quarantined: {N(summary.Quarantined.Count)}");
        foreach (var entry in summary.Quarantined) await o.WriteLineAsync($"  {entry.Source}: {entry.Reason}");
        foreach (var path in summary.MissingPaths) await o.WriteLineAsync($"Not found: {path}");
        return summary.MissingPaths.Count > 0 ? 1 : 0;
    }

    private static string N(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
