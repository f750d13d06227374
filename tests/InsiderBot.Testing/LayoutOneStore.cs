using System.IO.Compression;

namespace InsiderBot.Testing;

/// <summary>
/// A store written by layout 1 (one BSON field per trade value; the layout up to the store's first upgrade), from the
/// seeded synthetic history in <c>tests/fixtures/store-layout1/history</c> (six yearly data sets, 2,510 filings,
/// 6,227 trades), with the answers and exports that version gave to <c>questions.txt</c> on <see cref="Now"/>.
/// </summary>
public static class LayoutOneStore
{
    public static readonly DateTimeOffset Now = new(2025, 1, 2, 15, 0, 0, TimeSpan.Zero);

    public static string Folder => RepoPaths.Fixture("store-layout1");

    /// <summary>The yearly data-set zips, oldest first.</summary>
    public static IReadOnlyList<string> History => Directory.GetFiles(Path.Combine(Folder, "history"), "*.zip").Order(StringComparer.Ordinal).ToList();

    public static string Questions => File.ReadAllText(Path.Combine(Folder, "questions.txt"));

    /// <summary>The console transcript layout 1 gave, with <c>{folder}</c> standing for the store's folder.</summary>
    public static string Answers(string storeFolder) => File.ReadAllText(Path.Combine(Folder, "answers.txt")).Replace("{folder}", storeFolder, StringComparison.Ordinal);

    /// <summary>The JSON exports layout 1 wrote (file name → text).</summary>
    public static IReadOnlyDictionary<string, string> Exports =>
        Directory.GetFiles(Path.Combine(Folder, "exports")).ToDictionary(f => Path.GetFileName(f), File.ReadAllText);

    /// <summary>Writes the layout-1 store file into the folder and returns its path.</summary>
    public static string Extract(TempDirectory into, string name = "store.db")
    {
        var path = into.File(name);
        using var packed = new GZipStream(File.OpenRead(Path.Combine(Folder, "store.db.gz")), CompressionMode.Decompress);
        using var file = File.Create(path);
        packed.CopyTo(file);
        return path;
    }
}
