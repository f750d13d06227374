using System.IO.Compression;

namespace InsiderBot.Filings;

/// <summary>Walks import paths: files, directories (recursively) and zips of filings.</summary>
public static class FilingInputs
{
    private static readonly HashSet<string> FilingExtensions = new(StringComparer.OrdinalIgnoreCase) { ".xml", ".txt", ".nc", "" };

    public static bool IsFilingFile(string path) => FilingExtensions.Contains(Path.GetExtension(path));

    /// <summary>Every filing-shaped file under the path, in a stable order. Missing paths yield nothing.</summary>
    public static IEnumerable<FilingInput> Under(string path)
    {
        if (Directory.Exists(path))
        {
            foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                foreach (var input in FromFile(file)) yield return input;
            }
        }
        else if (File.Exists(path))
        {
            foreach (var input in FromFile(path)) yield return input;
        }
    }

    private static IEnumerable<FilingInput> FromFile(string file)
    {
        if (string.Equals(Path.GetExtension(file), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var input in FromZip(file)) yield return input;
        }
        else if (IsFilingFile(file))
        {
            yield return new FilingInput(file, () => File.ReadAllBytes(file));
        }
    }

    private static IEnumerable<FilingInput> FromZip(string zipPath)
    {
        List<string> names = [];
        string? unreadable = null;
        try
        {
            using var zip = ZipFile.OpenRead(zipPath);
            names = zip.Entries.Where(e => e.Length > 0 && IsFilingFile(e.FullName)).Select(e => e.FullName).Order(StringComparer.Ordinal).ToList();
        }
        catch (InvalidDataException ex)
        {
            unreadable = ex.Message;
        }

        if (unreadable is not null)
            yield return new FilingInput(zipPath, () => throw new InvalidDataException($"the zip file cannot be read: {unreadable}"));

        foreach (var name in names)
        {
            yield return new FilingInput($"{zipPath}!{name}", () =>
            {
                using var zip = ZipFile.OpenRead(zipPath);
                using var entry = zip.GetEntry(name)!.Open();
                using var buffer = new MemoryStream();
                entry.CopyTo(buffer);
                return buffer.ToArray();
            });
        }
    }
}
