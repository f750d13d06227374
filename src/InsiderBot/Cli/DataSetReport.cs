using System.Globalization;
using InsiderBot.Edgar.DataSets;

namespace InsiderBot.Cli;

/// <summary>Runs one data-set import with progress on a terminal (silent when redirected) and prints its summary.</summary>
public static class DataSetReport
{
    /// <summary>False when the data set was refused.</summary>
    public static async Task<bool> RunAsync(DataSetImporter importer, string path, BotConsole console, CancellationToken cancellationToken)
    {
        var progress = TerminalProgress.For(console);
        var result = importer.Import(path, progress, cancellationToken);
        progress?.Done();
        var o = console.Out;
        if (result.Refused is { } reason)
        {
            await o.WriteLineAsync($"Data set {path} refused: {reason}");
            return false;
        }

        var s = result.Import;
        await o.WriteLineAsync($"Data set {path}: imported {N(s.FilingsImported)} filing(s) with {N(s.Transactions)} transaction(s) from {N(result.Rows)} rows");
        await o.WriteLineAsync($"Duplicates skipped: {N(s.Duplicates)}");
        await o.WriteLineAsync($"Quarantined: {N(s.QuarantinedCount)}");
        foreach (var entry in s.Quarantined.Take(20)) await o.WriteLineAsync($"  {entry.Source}: {entry.Reason}");
        if (s.QuarantinedCount > 20) await o.WriteLineAsync($"  … and {N(s.QuarantinedCount - Math.Min(20, s.Quarantined.Count))} more (see: quarantine)");
        foreach (var note in result.Notes) await o.WriteLineAsync($"Note: {note}");
        return true;
    }

    private static string N(long n) => n.ToString("#,0", CultureInfo.InvariantCulture);
}
