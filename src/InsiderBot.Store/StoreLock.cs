namespace InsiderBot.Store;

/// <summary>
/// One writer per store: an exclusive OS lock on <c>STORE.lock</c> beside the LiteDB file, held for as long as the
/// store is open. LiteDB's direct mode takes no lock of its own on Linux, so without this two processes could both
/// write the file and lose each other's confirmed writes. The lock is advisory (<c>flock</c>) and dies with the
/// process, so a kill -9 never leaves a stale lock behind.
/// </summary>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream handle;

    private StoreLock(FileStream handle, string path)
    {
        this.handle = handle;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    /// <summary>The lock file that guards the store at <paramref name="storePath"/>.</summary>
    public static string PathFor(string storePath) => System.IO.Path.GetFullPath(storePath) + ".lock";

    /// <summary>Takes the store's lock, or throws <see cref="StoreInUseException"/> when another open store holds it.</summary>
    public static StoreLock Acquire(string storePath)
    {
        var path = PathFor(storePath);
        try
        {
            // FileShare.None is an exclusive, non-blocking flock on Unix and a sharing lock on Windows.
            var handle = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1, FileOptions.None);
            return new StoreLock(handle, path);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new StoreInUseException(System.IO.Path.GetFullPath(storePath), ex);
        }
    }

    public void Dispose() => handle.Dispose();
}
