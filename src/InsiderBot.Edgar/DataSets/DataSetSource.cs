using System.IO.Compression;
using InsiderBot.Filings;

namespace InsiderBot.Edgar.DataSets;

/// <summary>A quarterly data set on disk: a folder of its TSVs, or the SEC's <c>{YYYY}q{Q}_form345.zip</c>.</summary>
public sealed class DataSetSource : IDisposable
{
    /// <summary>The SEC's zip holds nine files; a zip listing more than this is a zip of filings, not a data set.</summary>
    public const int MaxEntries = 100;

    private readonly Dictionary<string, string> files = new(StringComparer.OrdinalIgnoreCase);
    private readonly ZipArchive? zip;

    private DataSetSource(string path, ZipArchive? zip)
    {
        Path = path;
        this.zip = zip;
    }

    public string Path { get; }

    public IReadOnlyCollection<string> Tables => files.Keys;

    public IReadOnlyList<string> MissingRequired => DataSetTable.Required.Where(t => !files.ContainsKey(t)).ToList();

    public IReadOnlyList<string> MissingOptional => DataSetTable.Optional.Where(t => !files.ContainsKey(t)).ToList();

    public bool Has(string table) => files.ContainsKey(table);

    /// <summary>True when the path is a folder or zip holding at least one data-set table.</summary>
    public static bool Looks(string path)
    {
        using var source = TryOpen(path);
        return source is not null;
    }

    /// <summary>The data set at the path, or null when the path holds no data-set table.</summary>
    public static DataSetSource? TryOpen(string path)
    {
        if (Directory.Exists(path))
        {
            var source = new DataSetSource(path, null);
            foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
            {
                if (DataSetTable.Of(System.IO.Path.GetFileName(file)) is { } table) source.files.TryAdd(table, file);
            }

            return source.files.Count > 0 ? source : null;
        }

        if (!File.Exists(path) || !path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)) return null;
        ZipArchive archive;
        try
        {
            // A data set is a handful of tables: a zip listing many entries is not one, and is not opened to find out.
            if (ZipDirectory.ListedEntries(path) is not { } listed || listed > MaxEntries) return null;
            archive = ZipFile.OpenRead(path);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        var zipped = new DataSetSource(path, archive);
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (DataSetTable.Of(entry.Name) is { } table) zipped.files.TryAdd(table, entry.FullName);
        }

        if (zipped.files.Count > 0) return zipped;
        zipped.Dispose();
        return null;
    }

    /// <summary>A forward-only reader over one table, decoded as UTF-8.</summary>
    public TextReader Open(string table)
    {
        var name = files[table];
        var stream = zip is null
            ? new FileStream(name, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan)
            : zip.GetEntry(name)!.Open();
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    public string Describe(string table) => zip is null ? files[table] : $"{Path}!{files[table]}";

    public void Dispose() => zip?.Dispose();
}
