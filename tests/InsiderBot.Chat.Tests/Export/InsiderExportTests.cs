using System.Text;
using InsiderBot.Chat.Commands;
using InsiderBot.Chat.Replies;
using InsiderBot.Testing;

namespace InsiderBot.Chat.Tests.Export;

/// <summary><c>/insider NAME export:csv</c>: every stored transaction of the insider, across companies.</summary>
public sealed class InsiderExportTests : IDisposable
{
    private readonly TestStore store = new();

    public InsiderExportTests()
    {
        var files = Directory.EnumerateFiles(Path.Combine(RepoPaths.SampleData, "form4"), "*.xml")
            .Where(f => Path.GetFileName(f).Contains("HoffmanReid", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(store.Importer.Import(files).Quarantined);
    }

    public void Dispose() => store.Dispose();

    private ChatReply Ask(params string[] args) =>
        new InsiderCommand(store.Store, store.Seeder, store.Time).Execute(new CommandInput(args, ChatOrigin.Console));

    [Fact]
    public void Csv_HoldsEveryTransactionOfTheInsider_AcrossCompanies()
    {
        var reply = Ask("hoffman", "reid", "export:csv");

        Assert.False(reply.IsError, reply.Title);
        var listed = reply.Sections.OfType<ItemsSection>().Single();
        Assert.True(listed.Omitted > 0, "the insider must have more trades than the answer lists");
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(reply.Export!.Content));
        Assert.StartsWith($"{csv.Rows.Count} transactions", listed.Title, StringComparison.Ordinal);
        Assert.True(csv.Values("ticker").Distinct().Count() > 1);
        Assert.All(csv.Values("insider"), name => Assert.Contains("Hoffman", name, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AnUnknownFormat_IsRefusedInOneLine_AndTheNameIsReadWithoutTheOption()
    {
        var refused = Ask("hoffman", "export:xls");
        var discord = Ask("hoffman reid", "export:json");

        Assert.True(refused.IsError);
        Assert.Contains("use export:csv or export:json, e.g. /insider musk export:csv", refused.Title, StringComparison.Ordinal);
        Assert.False(discord.IsError, discord.Title);
        Assert.Equal("application/json", discord.Export!.ContentType);
    }
}
