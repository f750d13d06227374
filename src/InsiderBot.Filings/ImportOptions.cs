using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Filings;

/// <summary>
/// The <c>Import</c> section: how much an import reads of any one input, so a hostile file or zip bomb is set aside
/// with the reason instead of being read into memory.
/// </summary>
public sealed class ImportOptions
{
    public const string Section = "Import";

    /// <summary>The largest filing read: a loose file or one zip entry, uncompressed. A larger one is quarantined unread.</summary>
    [Range(1024L, 1L << 30, ErrorMessage = "Import:MaxFileBytes must be between 1024 and 1073741824 bytes")]
    public long MaxFileBytes { get; set; } = 8L << 20;

    /// <summary>
    /// The most one zip (nested zips included) may expand to. Past it the rest of the zip is quarantined with one
    /// reason, so a bomb of many entries each under <see cref="MaxFileBytes"/> ends too.
    /// </summary>
    [Range(1024L, 1L << 40, ErrorMessage = "Import:MaxZipBytes must be between 1024 and 1099511627776 bytes")]
    public long MaxZipBytes { get; set; } = 4L << 30;

    /// <summary>The most entries a zip may list; a zip listing more is quarantined unopened.</summary>
    [Range(1, 10_000_000, ErrorMessage = "Import:MaxZipEntries must be between 1 and 10000000")]
    public int MaxZipEntries { get; set; } = 100_000;
}
