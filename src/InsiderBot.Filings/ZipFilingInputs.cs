using System.Globalization;
using System.IO.Compression;

namespace InsiderBot.Filings;

/// <summary>
/// The filings in one zip, read entry by entry from the open archive: an entry is read only when its size is under
/// <see cref="ImportOptions.MaxFileBytes"/>, a zip inside is copied to a temporary file and read the same way (three
/// levels deep at most), and everything read counts against <see cref="ImportOptions.MaxZipBytes"/>.
/// </summary>
internal static class ZipFilingInputs
{
    /// <summary>A zip given to import is level 1; a zip inside it level 2.</summary>
    public const int MaxDepth = 3;

    private static readonly string ZipCap = $"{ImportOptions.Section}:{nameof(ImportOptions.MaxZipBytes)}";

    public static IEnumerable<FilingInput> Read(string zipPath, string source, int depth, ZipBudget budget, ImportOptions limits)
    {
        var (zip, refusal) = Open(zipPath, limits);
        if (zip is null)
        {
            yield return FilingInput.Refused(source, refusal!);
            yield break;
        }

        using (zip)
        {
            var entries = zip.Entries.Where(e => !e.FullName.EndsWith('/')).OrderBy(e => e.FullName, StringComparer.Ordinal).ToList();
            for (var i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                var name = $"{source}!{entry.FullName}";
                if (budget.Left <= 0)
                {
                    yield return FilingInput.Refused(source,
                        $"the zip expands past {ZipCap} ({ByteCount.Describe(limits.MaxZipBytes)}): its last {entries.Count - i} entries were not read; raise {ZipCap} to import them");
                    yield break;
                }

                if (FilingInputs.IsZip(entry.FullName))
                {
                    foreach (var input in Nested(entry, name, depth, budget, limits)) yield return input;
                }
                else if (!FilingInputs.IsFilingFile(entry.FullName))
                {
                    continue;
                }
                else if (entry.Length == 0)
                {
                    yield return FilingInput.Refused(name, "the entry is empty (0 bytes)");
                }
                else if (entry.Length > limits.MaxFileBytes)
                {
                    yield return FilingInput.Refused(name, FilingInputs.TooLarge("the entry expands to", entry.Length, limits));
                }
                else
                {
                    budget.Spend(entry.Length);
                    var length = entry.Length;
                    yield return new FilingInput(name, () =>
                    {
                        using var stream = entry.Open();
                        return FilingInputs.ReadExactly(stream, length);
                    });
                }
            }
        }
    }

    private static IEnumerable<FilingInput> Nested(ZipArchiveEntry entry, string name, int depth, ZipBudget budget, ImportOptions limits)
    {
        if (depth >= MaxDepth)
        {
            yield return FilingInput.Refused(name, $"a zip nested {depth + 1} deep: not opened (zips inside zips are read {MaxDepth} levels deep); unpack it and import its files");
            yield break;
        }

        var copy = Path.Combine(Path.GetTempPath(), $"insiderbot-import-{Guid.NewGuid():N}.zip");
        try
        {
            var problem = Extract(entry, copy, budget, limits);
            if (problem is not null)
            {
                yield return FilingInput.Refused(name, problem);
                yield break;
            }

            foreach (var input in Read(copy, name, depth + 1, budget, limits)) yield return input;
        }
        finally
        {
            File.Delete(copy);
        }
    }

    /// <summary>Copies a nested zip to <paramref name="target"/> as far as the budget allows; the reason when it cannot.</summary>
    private static string? Extract(ZipArchiveEntry entry, string target, ZipBudget budget, ImportOptions limits)
    {
        var tooLarge = $"the zip inside expands past what is left of {ZipCap} ({ByteCount.Describe(limits.MaxZipBytes)} for the outer zip): not read; raise {ZipCap} to import it";
        if (entry.Length == 0) return "the entry is empty (0 bytes)";
        if (entry.Length > budget.Left) return tooLarge;
        try
        {
            using var from = entry.Open();
            using var to = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            var buffer = new byte[1 << 16];
            for (int n; (n = from.Read(buffer)) > 0;)
            {
                budget.Spend(n);
                if (budget.Left < 0) return tooLarge;
                to.Write(buffer, 0, n);
            }

            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return $"the zip inside cannot be read: {ex.Message}";
        }
    }

    private static (ZipArchive? Zip, string? Refusal) Open(string path, ImportOptions limits)
    {
        const string EntriesCap = $"{ImportOptions.Section}:{nameof(ImportOptions.MaxZipEntries)}";
        try
        {
            if (ZipDirectory.ListedEntries(path) is { } listed && listed > limits.MaxZipEntries)
            {
                return (null, $"the zip lists {listed.ToString("#,0", CultureInfo.InvariantCulture)} entries, more than {EntriesCap} " +
                    $"({limits.MaxZipEntries.ToString("#,0", CultureInfo.InvariantCulture)}): not opened; raise {EntriesCap} to import it");
            }

            return (ZipFile.OpenRead(path), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return (null, $"the zip file cannot be read: {ex.Message}");
        }
    }
}
