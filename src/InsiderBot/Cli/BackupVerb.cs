using System.Globalization;
using InsiderBot.Store;

namespace InsiderBot.Cli;

/// <summary><c>backup PATH</c>: a consistent copy of the store, taken while the bot keeps serving.</summary>
public sealed class BackupVerb(StoreDatabase store, TimeProvider time, BotConsole console)
{
    public const string Usage = "backup needs the file to write, e.g. backup /data/backups/insiderbot-2026-12-05.db";

    public async Task<int> RunAsync(IReadOnlyList<string> operands, CancellationToken cancellationToken)
    {
        if (operands.Count != 1 || operands[0].StartsWith('-'))
        {
            await console.Out.WriteLineAsync(Usage);
            return 1;
        }

        var target = Path.GetFullPath(operands[0]);
        try
        {
            var at = time.GetUtcNow();
            var bytes = await Task.Run(() => StoreBackup.Write(store, target, cancellationToken), cancellationToken);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Backed up {store.FilePath} to {target} ({bytes / 1_048_576.0:0.0} MB, consistent as of {at:yyyy-MM-dd HH:mm:ss} UTC)."));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"Backup not written: {ex.Message}");
            return 1;
        }
    }
}
