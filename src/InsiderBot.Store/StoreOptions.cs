using System.ComponentModel.DataAnnotations;

namespace InsiderBot.Store;

/// <summary>The <c>Store</c> section: where the LiteDB file lives.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>The LiteDB file; its folder is created when missing.</summary>
    [Required(ErrorMessage = "Store:Path must name the LiteDB file, e.g. data/insiderbot.db")]
    public string Path { get; set; } = "data/insiderbot.db";

    /// <summary>Seed an empty store with the bundled real filings on first use.</summary>
    public bool SeedSampleData { get; set; } = true;

    /// <summary>The folder of filings to seed from; empty means the <c>SampleData</c> folder shipped beside the program.</summary>
    public string SampleDataPath { get; set; } = "";
}
