using LiteDB;

namespace InsiderBot.Store;

/// <summary>
/// A consistent copy of a live store. LiteDB writes committed transactions to its log file and copies them into the
/// data file only at a checkpoint, so: stop automatic checkpoints, checkpoint once (which waits for every open
/// transaction), copy the data file — commits made meanwhile go to the log, not into the file being copied, so
/// writers are never held up — and restore the checkpoint size. The copy is written beside the target, checked to open, and then moved into place.
/// </summary>
public static class StoreBackup
{
    /// <summary>LiteDB's default: checkpoint when the log reaches 1,000 pages.</summary>
    public const int CheckpointPages = 1000;

    // Backups run one at a time: each turns automatic checkpoints off for the length of its copy.
    private static readonly Lock Gate = new();

    /// <summary>Copies the store to <paramref name="target"/>, which must not exist yet; returns the bytes written.</summary>
    public static long Write(StoreDatabase store, string target, CancellationToken cancellationToken = default)
    {
        target = Path.GetFullPath(target);
        if (string.Equals(target, store.FilePath, StringComparison.Ordinal)) throw new IOException("a backup cannot overwrite the store itself");
        if (File.Exists(target)) throw new IOException($"{target} already exists; choose a new file name");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var partial = target + ".partial";
        File.Delete(partial);

        var database = store.Database;
        lock (Gate)
        {
            var pages = database.CheckpointSize;
            database.CheckpointSize = 0;
            try
            {
                database.Checkpoint();
                using var source = new FileStream(store.FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                source.CopyToAsync(copy, cancellationToken).GetAwaiter().GetResult();
                copy.Flush(flushToDisk: true);
            }
            finally
            {
                database.CheckpointSize = pages > 0 ? pages : CheckpointPages;
            }
        }

        Verify(partial);
        File.Move(partial, target);
        return new FileInfo(target).Length;
    }

    // The copy must open as a LiteDB file with the store's collections; opening it leaves no log file behind.
    private static void Verify(string path)
    {
        try
        {
            using var copy = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            if (!copy.CollectionExists("meta") && copy.GetCollectionNames().Any()) throw new IOException("the copy has no meta collection");
        }
        catch (Exception ex) when (ex is LiteException or InvalidOperationException)
        {
            File.Delete(path);
            throw new IOException($"the copy did not open as a store: {ex.Message}", ex);
        }
    }
}
