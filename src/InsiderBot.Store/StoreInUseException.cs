namespace InsiderBot.Store;

/// <summary>Another open store (in this process or another) holds the store's lock: it is the one writer.</summary>
public sealed class StoreInUseException(string storePath, Exception? inner = null)
    : IOException($"The store {storePath} is in use by another InsiderBot process.", inner)
{
    public string StorePath { get; } = storePath;
}
