namespace InsiderBot.Filings;

/// <summary>
/// Walks import paths: files, directories (recursively) and zips of filings, zips inside zips included. Nothing is read
/// whole before its size is known to be under <see cref="ImportOptions.MaxFileBytes"/>; what is not read is yielded
/// refused, with the reason.
/// </summary>
public static class FilingInputs
{
    private static readonly HashSet<string> FilingExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".txt", ".nc", "" };

    public static bool IsFilingFile(string path) => FilingExtensions.Contains(Path.GetExtension(path));

    public static bool IsZip(string path) => string.Equals(Path.GetExtension(path), ".zip", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Every filing-shaped file under the path, in the file system's order, read lazily (a folder's files, then its
    /// subfolders): memory does not grow with the number of files, however many a folder holds. Missing paths yield nothing.
    /// </summary>
    public static IEnumerable<FilingInput> Under(string path, ImportOptions limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (Directory.Exists(path))
        {
            foreach (var file in FilesUnder(path))
            {
                foreach (var input in FromFile(file, limits)) yield return input;
            }
        }
        else if (File.Exists(path))
        {
            foreach (var input in FromFile(path, limits)) yield return input;
        }
    }

    private static IEnumerable<string> FilesUnder(string root)
    {
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            foreach (var file in Directory.EnumerateFiles(folder)) yield return file;
            foreach (var sub in Directory.EnumerateDirectories(folder)) folders.Push(sub);
        }
    }

    /// <summary>"the file is 50 MB, larger than Import:MaxFileBytes (16 MB): …".</summary>
    public static string TooLarge(string what, long bytes, ImportOptions limits) =>
        $"{what} {ByteCount.Describe(bytes)}, larger than {ImportOptions.Section}:{nameof(ImportOptions.MaxFileBytes)} ({ByteCount.Describe(limits.MaxFileBytes)}): " +
        $"not read; raise {ImportOptions.Section}:{nameof(ImportOptions.MaxFileBytes)} to import it";

    /// <summary>
    /// Reads exactly <paramref name="length"/> bytes, the size the input had when it was found (already checked against
    /// the cap): an input that turns out longer is not read further.
    /// </summary>
    internal static byte[] ReadExactly(Stream stream, long length)
    {
        var content = new byte[length];
        stream.ReadExactly(content);
        if (stream.ReadByte() >= 0)
            throw new InvalidDataException($"it holds more than the {ByteCount.Describe(length)} its size gave when the import found it: not read further");
        return content;
    }

    private static IEnumerable<FilingInput> FromFile(string file, ImportOptions limits)
    {
        if (IsZip(file))
        {
            foreach (var input in ZipFilingInputs.Read(file, file, 1, new ZipBudget(limits.MaxZipBytes), limits)) yield return input;
        }
        else if (IsFilingFile(file))
        {
            yield return Loose(file, limits);
        }
    }

    private static FilingInput Loose(string file, ImportOptions limits)
    {
        long length;
        try
        {
            length = new FileInfo(file).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FilingInput.Refused(file, $"the file cannot be read: {ex.Message}");
        }

        if (length > limits.MaxFileBytes) return FilingInput.Refused(file, TooLarge("the file is", length, limits));
        return new FilingInput(file, () =>
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 14);
            return ReadExactly(stream, length);
        });
    }
}
